// Package main registers a method value whose loop fails the batch.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type indexer struct {
	put func(ctx context.Context, data []byte) error
}

func (ix *indexer) handle(ctx context.Context, ev events.KinesisEvent) (events.KinesisEventResponse, error) {
	for _, rec := range ev.Records {
		if err := ix.put(ctx, rec.Kinesis.Data); err != nil {
			return events.KinesisEventResponse{}, err // want `an error returned for one record makes Lambda redeliver the whole batch`
		}
	}
	return events.KinesisEventResponse{}, nil
}

func main() {
	ix := &indexer{put: func(context.Context, []byte) error { return nil }}
	lambda.Start(ix.handle)
}
