// Command lambda serves an API whose responses are enhanced, on AWS Lambda
// behind an API Gateway HTTP API.
package main

import (
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/fnlint/fnlint/examples/enhancer"
	"github.com/fnlint/fnlint/fn"
	"github.com/fnlint/fnlint/fn/lambdafn"
)

func main() {
	slog.SetDefault(slog.New(slog.NewJSONHandler(os.Stdout, nil)))
	r := fn.NewRouter()
	r.Handle("GET /api/version", enhancer.Version)
	lambda.Start(lambdafn.APIGatewayV2(enhancer.Wrap(r.Serve)))
}
