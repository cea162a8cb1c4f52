module example.com/fixtures

go 1.26

require (
	github.com/aws/aws-lambda-go v1.55.1
	github.com/fnlint/fnlint v0.0.0
	github.com/gin-gonic/gin v1.12.0
	github.com/jmoiron/sqlx v1.4.0
)

replace (
	github.com/aws/aws-lambda-go => ../../../testdata/stubs/aws-lambda-go
	github.com/fnlint/fnlint => ../../../testdata/stubs/fn
	github.com/gin-gonic/gin => ../../../testdata/stubs/gin
	github.com/jmoiron/sqlx => ../../../testdata/stubs/sqlx
)
