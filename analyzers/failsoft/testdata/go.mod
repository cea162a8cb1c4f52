module example.com/fixtures

go 1.26

require github.com/fnlint/fnlint v0.0.0

replace github.com/fnlint/fnlint => ../../../testdata/stubs/fn
