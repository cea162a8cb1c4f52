module github.com/go-jose/go-jose/v4

go 1.26
