module github.com/fnlint/fnlint

go 1.26
