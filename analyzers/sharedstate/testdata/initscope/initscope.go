// Package initscope writes package variables at init, from main and from
// constructors called by main: once per cold start.
package main

import (
	"context"
	"os"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

var (
	table   string
	allowed = map[string]bool{}
	stages  []string
	handler *api
)

type api struct{ table string }

func init() {
	table = os.Getenv("TABLE")
	for _, o := range strings.Split(os.Getenv("ORIGINS"), ",") {
		allowed[o] = true
	}
}

func newAPI() *api {
	stages = append(stages, "prod")
	return &api{table: table}
}

func (a *api) handle(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	if !allowed[req.Headers["origin"]] {
		return events.APIGatewayV2HTTPResponse{StatusCode: 403}, nil
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: 200, Body: a.table}, nil
}

func main() {
	handler = newAPI()
	lambda.Start(handler.handle)
}
