// Package main registers a method value whose method compiles a pattern.
package main

import (
	"context"
	"regexp"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type service struct{ table string }

func (s *service) handle(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	if !regexp.MustCompile(`^[a-z]+$`).MatchString(req.PathParameters["name"]) { // want `regexp.MustCompile of a constant runs on every invocation \(\(\*service\).handle\)`
		return events.APIGatewayV2HTTPResponse{StatusCode: 400}, nil
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: 200}, nil
}

func main() {
	s := &service{table: "users"}
	lambda.Start(s.handle)
}
