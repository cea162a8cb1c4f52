// Package tracedsql stands for an instrumented database/sql wrapper in a
// dependency (otelsql, dd-trace sqltrace): its body is not analysed, so it
// is known by its signature alone.
package tracedsql

import "database/sql"

// Open opens a traced database.
func Open(driverName, dataSourceName string) (*sql.DB, error) { return nil, nil }

// Shared returns the process's shared database.
func Shared() *sql.DB { return nil }
