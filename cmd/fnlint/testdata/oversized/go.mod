module example.com/oversized

go 1.26
