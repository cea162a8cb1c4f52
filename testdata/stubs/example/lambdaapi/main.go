// Package main is a template fixture: an API Gateway v2 handler and an SQS
// handler on aws-lambda-go.
package main

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type order struct {
	ID string `json:"id"`
}

func handle(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	var o order
	if err := json.Unmarshal([]byte(req.Body), &o); err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 400, Body: `{"error":"Invalid JSON"}`}, nil
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: 200, Headers: map[string]string{"content-type": "application/json"}}, nil
}

func consume(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	var resp events.SQSEventResponse
	for _, m := range ev.Records {
		if m.Body == "" {
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: m.MessageId})
		}
	}
	return resp, nil
}

func main() {
	lambda.Start(handle)
	lambda.StartHandlerFunc(consume)
}
