module example.com/tracedsql

go 1.26
