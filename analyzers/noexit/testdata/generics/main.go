// Package main has a generic must helper, called from main and from the
// handler.
package main

import (
	"context"
	"encoding/json"
	"os"
	"strconv"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func must[T any](v T, err error) T {
	if err != nil {
		panic(err) // want `panic panics in invocation scope \(handle → must\); return an error instead`
	}
	return v
}

type payload struct{ Count int }

var limit = must(strconv.Atoi(os.Getenv("LIMIT"))) // init scope: fine

func handle(ctx context.Context, ev events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	var p payload
	if err := json.Unmarshal([]byte(ev.Body), &p); err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 400}, nil
	}
	n := must(strconv.Atoi(ev.PathParameters["n"]))
	if n+p.Count > limit {
		return events.APIGatewayV2HTTPResponse{StatusCode: 413}, nil
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: 204}, ctx.Err()
}

func main() {
	lambda.Start(handle)
}
