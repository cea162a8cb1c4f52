// Package main opens its database through an instrumented wrapper.
package main

import (
	"context"
	"database/sql"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/tracedsql"
)

func handle(ctx context.Context, ev events.SQSEvent) error {
	db, err := tracedsql.Open("postgres", os.Getenv("DATABASE_URL")) // want `tracedsql.Open runs on every invocation \(handle\); open the pool once at init`
	if err != nil {
		return err
	}
	defer db.Close()
	if err := ping(ctx, tracedsql.Shared()); err != nil { // a getter: no creation
		return err
	}
	return ping(ctx, db)
}

var db = func() *sql.DB {
	d, _ := tracedsql.Open("postgres", os.Getenv("DATABASE_URL")) // package initialisation: once
	return d
}()

func ping(ctx context.Context, d *sql.DB) error { return d.PingContext(ctx) }

func main() {
	lambda.Start(handle)
}
