module example.com/fixtures

go 1.26

require (
	github.com/aws/aws-lambda-go v1.55.1
	github.com/aws/aws-sdk-go-v2 v1.48.0
	github.com/aws/aws-sdk-go-v2/service/dynamodb v1.74.0
	github.com/aws/aws-sdk-go-v2/service/s3 v1.114.10
	github.com/aws/aws-sdk-go-v2/service/sqs v1.53.0
	github.com/fnlint/fnlint v0.0.0
	github.com/jackc/pgx/v5 v5.12.0
)

replace (
	github.com/aws/aws-lambda-go => ../../../testdata/stubs/aws-lambda-go
	github.com/aws/aws-sdk-go-v2 => ../../../testdata/stubs/aws-sdk-go-v2
	github.com/aws/aws-sdk-go-v2/service/dynamodb => ../../../testdata/stubs/aws-sdk-go-v2/service/dynamodb
	github.com/aws/aws-sdk-go-v2/service/s3 => ../../../testdata/stubs/aws-sdk-go-v2/service/s3
	github.com/aws/aws-sdk-go-v2/service/sqs => ../../../testdata/stubs/aws-sdk-go-v2/service/sqs
	github.com/fnlint/fnlint => ../../../testdata/stubs/fn
	github.com/jackc/pgx/v5 => ../../../testdata/stubs/pgx
)
