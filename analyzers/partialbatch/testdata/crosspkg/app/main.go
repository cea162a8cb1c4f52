// Package main consumes orders with the processing of another package,
// reporting failures itself.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/fixtures/crosspkg/orders"
)

func handle(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	var resp events.SQSEventResponse
	for _, msg := range ev.Records {
		if err := orders.Process(ctx, msg); err != nil {
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: msg.MessageId})
		}
	}
	return resp, nil
}

// handleAll fails the whole batch through the other package's loop: that
// package reports it.
func handleAll(ctx context.Context, ev events.SQSEvent) error {
	return orders.ProcessAll(ctx, ev.Records)
}

func main() {
	lambda.Start(handle)
	lambda.Start(handleAll)
}
