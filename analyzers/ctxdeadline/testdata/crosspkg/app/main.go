// Package main serves orders from the store package.
package main

import (
	"context"
	"database/sql"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/fixtures/crosspkg/store"
)

func getOrder(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	o, err := store.Load(req.PathParameters["id"]) // want `\(\*sql.DB\).QueryRow ignores the handler's deadline \(getOrder → store.Load → loadRow\); use QueryRowContext\(ctx, ...\)`
	if err != nil {
		return retry(ctx, req, 1)
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: 200, Body: o.Status}, nil
}

func retry(ctx context.Context, req events.APIGatewayV2HTTPRequest, attempt int) (events.APIGatewayV2HTTPResponse, error) {
	store.Backoff(attempt) // want `time.Sleep ignores the handler's deadline \(getOrder → retry → store.Backoff\); wait in a select on ctx.Done\(\) and time.After`
	o, err := store.Find(ctx, req.PathParameters["id"])
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 404}, nil
	}
	// A function of another package with a context form is reported as
	// such, with the fix.
	if o.Status, err = store.Status(o.ID); err != nil { // want `store.Status ignores the handler's deadline \(getOrder → retry\); use store.StatusContext\(ctx, ...\)`
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, nil
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: 200, Body: o.Status}, nil
}

func main() {
	var err error
	store.DB, err = sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		panic(err)
	}
	if err := store.Migrate(); err != nil {
		panic(err)
	}
	lambda.Start(getOrder)
}
