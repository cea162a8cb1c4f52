// Package main holds a FIFO consumer that stops at the first failure and
// reports it and every message after it: the documented pattern.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type orders interface {
	Apply(ctx context.Context, body string) error
}

var store orders

func apply(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	var resp events.SQSEventResponse
	for i, msg := range ev.Records {
		if err := store.Apply(ctx, msg.Body); err != nil {
			for _, rest := range ev.Records[i:] {
				resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: rest.MessageId})
			}
			return resp, nil
		}
	}
	return resp, nil
}

// applyLabeled does the same with a labeled loop and break.
func applyLabeled(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	var resp events.SQSEventResponse
records:
	for i, msg := range ev.Records {
		if err := store.Apply(ctx, msg.Body); err != nil {
			for _, rest := range ev.Records[i:] {
				resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: rest.MessageId})
			}
			break records
		}
	}
	return resp, nil
}

func main() {
	lambda.Start(apply)
	lambda.Start(applyLabeled)
}
