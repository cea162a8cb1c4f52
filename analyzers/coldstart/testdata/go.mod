module example.com/fixtures

go 1.26

require (
	github.com/aws/aws-lambda-go v1.55.1
	github.com/fnlint/fnlint v0.0.0
	github.com/golang-jwt/jwt/v5 v5.3.1
)

replace (
	github.com/aws/aws-lambda-go => ../../../testdata/stubs/aws-lambda-go
	github.com/fnlint/fnlint => ../../../testdata/stubs/fn
	github.com/golang-jwt/jwt/v5 => ../../../testdata/stubs/jwt
)
