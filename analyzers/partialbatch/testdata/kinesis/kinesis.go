// Package main holds Kinesis consumers: item failures identified by the
// event id instead of the sequence number, and correct ones.
package main

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type click struct {
	UserID string `json:"userId"`
	URL    string `json:"url"`
}

type sink interface {
	Put(ctx context.Context, c click) error
}

var clicks sink

// ingest reports failures by EventID: Lambda cannot match them.
func ingest(ctx context.Context, ev events.KinesisEvent) (events.KinesisEventResponse, error) {
	var resp events.KinesisEventResponse
	for _, rec := range ev.Records {
		var c click
		if err := json.Unmarshal(rec.Kinesis.Data, &c); err != nil {
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.KinesisBatchItemFailure{ItemIdentifier: rec.EventID}) // want `Kinesis item failures are identified by KinesisRecord.SequenceNumber, not KinesisEventRecord.EventID; Lambda cannot match this id to a record`
			continue
		}
		if err := clicks.Put(ctx, c); err != nil {
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.KinesisBatchItemFailure{
				ItemIdentifier: rec.Kinesis.PartitionKey, // want `Kinesis item failures are identified by KinesisRecord.SequenceNumber, not KinesisRecord.PartitionKey`
			})
		}
	}
	return resp, nil
}

// count fails the whole batch: the shard is blocked by one record.
func count(ctx context.Context, ev *events.KinesisEvent) error {
	for _, rec := range ev.Records {
		var c click
		if err := json.Unmarshal(rec.Kinesis.Data, &c); err != nil {
			continue
		}
		if err := clicks.Put(ctx, c); err != nil {
			return err // want `report the record in events.KinesisEventResponse BatchItemFailures`
		}
	}
	return nil
}

// index reports by sequence number, through the record and through a
// variable holding the Kinesis record.
func index(ctx context.Context, ev events.KinesisEvent) (events.KinesisEventResponse, error) {
	var resp events.KinesisEventResponse
	for _, rec := range ev.Records {
		k := rec.Kinesis
		var c click
		if err := json.Unmarshal(k.Data, &c); err != nil {
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.KinesisBatchItemFailure{ItemIdentifier: k.SequenceNumber})
			continue
		}
		if err := clicks.Put(ctx, c); err != nil {
			var f events.KinesisBatchItemFailure
			f.ItemIdentifier = rec.Kinesis.SequenceNumber
			resp.BatchItemFailures = append(resp.BatchItemFailures, f)
		}
	}
	return resp, nil
}

func main() {
	lambda.Start(ingest)
	lambda.Start(count)
	lambda.Start(index)
}
