// Package main validates through a library that compiles per call.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/fixtures/crosspkg/valid"
)

func handle(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	if !valid.SKU(req.PathParameters["sku"]) {
		return events.APIGatewayV2HTTPResponse{StatusCode: 400}, nil
	}
	if !checkSlug(req.PathParameters["slug"]) {
		return events.APIGatewayV2HTTPResponse{StatusCode: 400}, nil
	}
	// A pattern from the request is compiled per request by necessity.
	if valid.Matcher(req.QueryStringParameters["q"]) == nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 400}, nil
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: 200}, nil
}

func checkSlug(s string) bool {
	return valid.Slug(s) // want `regexp.MustCompile of a constant runs on every invocation \(handle → checkSlug → valid.Slug → slugRE\)`
}

func main() {
	_ = valid.Slug("warm-up") // init scope: once per cold start
	lambda.Start(handle)
}
