module example.com/fixtures

go 1.26

require (
	github.com/GoogleCloudPlatform/functions-framework-go v1.9.2
	github.com/aws/aws-lambda-go v1.55.1
	github.com/cloudevents/sdk-go/v2 v2.15.2
	github.com/fnlint/fnlint v0.0.0
	github.com/golang-jwt/jwt/v5 v5.3.1
	github.com/jackc/pgx/v5 v5.12.0
)

replace (
	github.com/GoogleCloudPlatform/functions-framework-go => ../functions-framework-go
	github.com/aws/aws-lambda-go => ../aws-lambda-go
	github.com/cloudevents/sdk-go/v2 => ../cloudevents
	github.com/fnlint/fnlint => ../fn
	github.com/golang-jwt/jwt/v5 => ../jwt
	github.com/jackc/pgx/v5 => ../pgx
)
