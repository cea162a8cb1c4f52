// Package crosspkg reaches the writes of package store from a Kinesis
// handler.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/fixtures/store"
)

type consumer struct{ st *store.Store }

func (c *consumer) handle(ctx context.Context, ev events.KinesisEvent) error {
	for _, r := range ev.Records {
		if err := c.st.Record(ctx, r.EventID, string(r.Kinesis.Data)); err != nil { // want `INSERT INTO events has no conflict handling and runs again on redelivery \(\(\*consumer\).handle → store.\(\*Store\).Record → \(\*Store\).insert\)`
			return err
		}
		if err := c.st.Upsert(ctx, r.EventID, string(r.Kinesis.Data)); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	c := &consumer{st: &store.Store{}}
	lambda.Start(c.handle)
}
