// Package main reaches the exits of package store from its handler.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/fixtures/crosspkg/store"
)

var db = store.MustOpen(context.Background(), os.Getenv("DSN")) // init scope: fine

func handle(ctx context.Context, ev events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	other := store.MustOpen(ctx, ev.QueryStringParameters["db"]) // want `log.Fatalf exits the process in invocation scope \(handle → store.MustOpen\); return an error instead`
	v := db.Get(ev.Path)                                         // want `panic panics in invocation scope \(handle → store.\(\*DB\).Get\); return an error instead`
	w := other.GetSafe(ev.Path)                                  // recovered inside GetSafe
	if _, err := store.Open(ctx, v+w); err != nil {              // returns its error
		return events.APIGatewayProxyResponse{StatusCode: 500}, nil
	}
	return events.APIGatewayProxyResponse{StatusCode: 200, Body: v}, nil
}

func main() {
	if len(os.Args) > 1 {
		store.MustOpen(context.Background(), os.Args[1]) // main before the registration: fine
	}
	lambda.Start(handle)
}
