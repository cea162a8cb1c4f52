module example.com/fixtures

go 1.26

require (
	example.com/tracedsql v1.0.0
	github.com/aws/aws-lambda-go v1.55.1
	github.com/aws/aws-sdk-go-v2 v1.48.0
	github.com/aws/aws-sdk-go-v2/config v1.33.18
	github.com/aws/aws-sdk-go-v2/service/dynamodb v1.74.0
	github.com/aws/aws-sdk-go-v2/service/s3 v1.114.10
	github.com/fnlint/fnlint v0.0.0
	github.com/jackc/pgx/v5 v5.12.0
	github.com/jmoiron/sqlx v1.4.0
	github.com/redis/go-redis/v9 v9.23.0
	go.mongodb.org/mongo-driver/v2 v2.10.0
	google.golang.org/grpc v1.85.0
	gorm.io/gorm v1.31.2
)

replace (
	example.com/tracedsql => ./thirdparty/tracedsql
	github.com/aws/aws-lambda-go => ../../../testdata/stubs/aws-lambda-go
	github.com/aws/aws-sdk-go-v2 => ../../../testdata/stubs/aws-sdk-go-v2
	github.com/aws/aws-sdk-go-v2/config => ../../../testdata/stubs/aws-sdk-go-v2/config
	github.com/aws/aws-sdk-go-v2/service/dynamodb => ../../../testdata/stubs/aws-sdk-go-v2/service/dynamodb
	github.com/aws/aws-sdk-go-v2/service/s3 => ../../../testdata/stubs/aws-sdk-go-v2/service/s3
	github.com/fnlint/fnlint => ../../../testdata/stubs/fn
	github.com/jackc/pgx/v5 => ../../../testdata/stubs/pgx
	github.com/jmoiron/sqlx => ../../../testdata/stubs/sqlx
	github.com/redis/go-redis/v9 => ../../../testdata/stubs/go-redis
	go.mongodb.org/mongo-driver/v2 => ../../../testdata/stubs/mongo
	google.golang.org/grpc => ../../../testdata/stubs/grpc
	gorm.io/gorm => ../../../testdata/stubs/gorm
)
