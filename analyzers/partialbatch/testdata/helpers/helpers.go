// Package main holds handlers whose record loop is in a helper, and whose
// loop returns a helper's error.
package main

import (
	"context"
	"fmt"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type warehouse interface {
	Reserve(ctx context.Context, sku string) error
}

var stock warehouse

// reserve hands the records to a helper, which fails them all.
func reserve(ctx context.Context, ev events.SQSEvent) error {
	if err := reserveAll(ctx, ev.Records); err != nil {
		return fmt.Errorf("reserve: %w", err)
	}
	return nil
}

func reserveAll(ctx context.Context, msgs []events.SQSMessage) error {
	for _, m := range msgs {
		if err := reserveOne(ctx, m); err != nil {
			return err // want `an error returned for one record makes Lambda redeliver the whole batch`
		}
	}
	return nil
}

func reserveOne(ctx context.Context, m events.SQSMessage) error {
	return stock.Reserve(ctx, m.Body)
}

// release processes only the first message.
func release(ctx context.Context, ev events.SQSEvent) error {
	for _, m := range ev.Records {
		return reserveOne(ctx, m) // want `an error returned for one record makes Lambda redeliver the whole batch`
	}
	return nil
}

// restock reports failures from a closure run per record.
func restock(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	var resp events.SQSEventResponse
	each := func(m events.SQSMessage) error {
		if m.Body == "" {
			return fmt.Errorf("empty message %s", m.MessageId)
		}
		return stock.Reserve(ctx, m.Body)
	}
	for _, m := range ev.Records {
		if err := each(m); err != nil {
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: m.MessageId})
		}
	}
	return resp, nil
}

func main() {
	lambda.Start(reserve)
	lambda.Start(release)
	lambda.Start(restock)
}
