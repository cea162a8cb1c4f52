// Package main reads items with an aws-sdk-go v1 style client.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/fixtures/legacysdk/dynamo"
)

var svc = &dynamo.DynamoDB{}

func handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	out, err := svc.GetItem(&dynamo.GetItemInput{Key: req.PathParameters["id"]}) // want `\(\*dynamo.DynamoDB\).GetItem ignores the handler's deadline \(handle\); use GetItemWithContext\(ctx, ...\)`
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, nil
	}
	_, _ = svc.GetItemRequest(&dynamo.GetItemInput{Key: "x"})
	if _, err := svc.GetItemWithContext(ctx, &dynamo.GetItemInput{Key: "y"}); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, nil
	}
	return events.APIGatewayProxyResponse{StatusCode: 200, Body: out.Item["name"]}, nil
}

func main() {
	lambda.Start(handle)
}
