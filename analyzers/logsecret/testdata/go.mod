module example.com/fixtures

go 1.26

require (
	github.com/aws/aws-lambda-go v1.55.1
	github.com/aws/aws-sdk-go-v2 v1.48.0
	github.com/aws/aws-sdk-go-v2/service/secretsmanager v1.50.12
	github.com/aws/aws-sdk-go-v2/service/ssm v1.82.1
	github.com/golang-jwt/jwt/v5 v5.3.1
	github.com/rs/zerolog v1.35.1
	github.com/sirupsen/logrus v1.10.2
	go.uber.org/zap v1.28.0
)

replace (
	github.com/aws/aws-lambda-go => ../../../testdata/stubs/aws-lambda-go
	github.com/aws/aws-sdk-go-v2 => ../../../testdata/stubs/aws-sdk-go-v2
	github.com/aws/aws-sdk-go-v2/service/secretsmanager => ../../../testdata/stubs/aws-sdk-go-v2/service/secretsmanager
	github.com/aws/aws-sdk-go-v2/service/ssm => ../../../testdata/stubs/aws-sdk-go-v2/service/ssm
	github.com/golang-jwt/jwt/v5 => ../../../testdata/stubs/jwt
	github.com/rs/zerolog => ../../../testdata/stubs/zerolog
	github.com/sirupsen/logrus => ../../../testdata/stubs/logrus
	go.uber.org/zap => ../../../testdata/stubs/zap
)
