// Package main is a Lambda function whose handler exits and panics
// directly and through helpers.
package main

import (
	"context"
	"errors"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type order struct {
	ID    string
	Total int
}

func handle(ctx context.Context, ev events.SQSEvent) error {
	for _, rec := range ev.Records {
		o, err := parse(rec.Body)
		if err != nil {
			log.Fatalf("parse %s: %v", rec.MessageId, err) // want `log.Fatalf exits the process in invocation scope \(handle\); return an error instead`
		}
		if o.Total < 0 {
			panic("negative total") // want `panic panics in invocation scope \(handle\); return an error instead`
		}
		if err := save(ctx, o); err != nil {
			return err
		}
	}
	return nil
}

func parse(body string) (order, error) {
	if body == "" {
		return order{}, errors.New("empty body")
	}
	return order{ID: body}, nil
}

func save(ctx context.Context, o order) error {
	if o.ID == "poison" {
		abort() // the exit is reported where it happens, with the path
	}
	if ctx.Err() != nil {
		log.Panicf("context done: %v", ctx.Err()) // want `log.Panicf panics in invocation scope \(handle → save\); return an error instead`
	}
	return nil
}

func abort() {
	logger := log.New(os.Stderr, "orders: ", 0)
	logger.Println("poison message")
	os.Exit(3) // want `os.Exit exits the process in invocation scope \(handle → save → abort\); return an error instead`
}

func main() {
	lambda.Start(handle)
}
