module example.com/fixtures

go 1.26

require (
	github.com/aws/aws-lambda-go v1.55.1
	github.com/cenkalti/backoff/v4 v4.3.0
	github.com/fnlint/fnlint v0.0.0
)

replace (
	github.com/aws/aws-lambda-go => ../../../testdata/stubs/aws-lambda-go
	github.com/cenkalti/backoff/v4 => ../../../testdata/stubs/backoff
	github.com/fnlint/fnlint => ../../../testdata/stubs/fn
)
