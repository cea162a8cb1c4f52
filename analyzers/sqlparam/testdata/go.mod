module example.com/fixtures

go 1.26

require (
	github.com/aws/aws-lambda-go v1.55.1
	github.com/jackc/pgx/v5 v5.12.0
	github.com/jmoiron/sqlx v1.4.0
	gorm.io/gorm v1.31.2
)

replace (
	github.com/aws/aws-lambda-go => ../../../testdata/stubs/aws-lambda-go
	github.com/jackc/pgx/v5 => ../../../testdata/stubs/pgx
	github.com/jmoiron/sqlx => ../../../testdata/stubs/sqlx
	gorm.io/gorm => ../../../testdata/stubs/gorm
)
