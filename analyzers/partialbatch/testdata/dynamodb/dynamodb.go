// Package main holds DynamoDB stream consumers: a filter written with
// return, failures identified by EventID, and correct ones.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type search interface {
	Index(ctx context.Context, id string, doc map[string]events.DynamoDBAttributeValue) error
	Delete(ctx context.Context, id string) error
}

var idx search

// project stops at the first REMOVE: the records after it are
// acknowledged without being indexed.
func project(ctx context.Context, ev events.DynamoDBEvent) (events.DynamoDBEventResponse, error) {
	var resp events.DynamoDBEventResponse
	for _, rec := range ev.Records {
		if rec.EventName == string(events.DynamoDBOperationTypeRemove) {
			return resp, nil // want `returning from inside the record loop acknowledges the rest of the batch unprocessed; continue instead`
		}
		id := rec.Change.Keys["pk"].String()
		if err := idx.Index(ctx, id, rec.Change.NewImage); err != nil {
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.DynamoDBBatchItemFailure{ItemIdentifier: rec.EventID}) // want `DynamoDB stream item failures are identified by DynamoDBStreamRecord.SequenceNumber, not DynamoDBEventRecord.EventID`
		}
	}
	return resp, nil
}

// purge has no response: its early return still skips records.
func purge(ctx context.Context, ev events.DynamoDBEvent) {
	for _, rec := range ev.Records {
		if rec.EventName != string(events.DynamoDBOperationTypeRemove) {
			return // want `returning from inside the record loop acknowledges the rest of the batch unprocessed`
		}
		_ = idx.Delete(ctx, rec.Change.Keys["pk"].String()) // want `the error of a call on the record is ignored: a failed record is acknowledged, never retried; report it in events.DynamoDBEventResponse BatchItemFailures`
	}
}

// mirror filters with continue and reports by sequence number.
func mirror(ctx context.Context, ev events.DynamoDBEvent) (events.DynamoDBEventResponse, error) {
	var resp events.DynamoDBEventResponse
	for _, rec := range ev.Records {
		if rec.EventName == string(events.DynamoDBOperationTypeRemove) {
			continue
		}
		id := rec.Change.Keys["pk"].String()
		if err := idx.Index(ctx, id, rec.Change.NewImage); err != nil {
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.DynamoDBBatchItemFailure{ItemIdentifier: rec.Change.SequenceNumber})
		}
	}
	return resp, nil
}

func main() {
	lambda.Start(project)
	lambda.Start(purge)
	lambda.Start(mirror)
}
