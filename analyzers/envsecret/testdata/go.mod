module example.com/fixtures

go 1.26

require (
	github.com/aws/aws-sdk-go-v2 v1.48.0
	github.com/aws/aws-sdk-go-v2/credentials v1.21.0
	github.com/redis/go-redis/v9 v9.23.0
	github.com/aws/aws-lambda-go v1.55.1
	github.com/golang-jwt/jwt/v5 v5.3.1
	github.com/jackc/pgx/v5 v5.12.0
	github.com/jmoiron/sqlx v1.4.0
)

replace (
	github.com/aws/aws-sdk-go-v2 => ../../../testdata/stubs/aws-sdk-go-v2
	github.com/aws/aws-sdk-go-v2/credentials => ../../../testdata/stubs/aws-sdk-go-v2/credentials
	github.com/redis/go-redis/v9 => ../../../testdata/stubs/go-redis
	github.com/aws/aws-lambda-go => ../../../testdata/stubs/aws-lambda-go
	github.com/golang-jwt/jwt/v5 => ../../../testdata/stubs/jwt
	github.com/jackc/pgx/v5 => ../../../testdata/stubs/pgx
	github.com/jmoiron/sqlx => ../../../testdata/stubs/sqlx
)
