// Package main holds SQS consumers that fail the whole batch for one
// message, and one that fails it after trying every message.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type payment struct {
	ID     string `json:"id"`
	Amount int64  `json:"amount"`
}

type ledger interface {
	Record(ctx context.Context, p payment) error
}

var book ledger

// settle returns the first error: SQS delivers the ten messages again.
func settle(ctx context.Context, ev events.SQSEvent) error {
	for _, msg := range ev.Records {
		var p payment
		if err := json.Unmarshal([]byte(msg.Body), &p); err != nil {
			return fmt.Errorf("decode %s: %w", msg.MessageId, err) // want `an error returned for one record makes Lambda redeliver the whole batch; report the record in events.SQSEventResponse BatchItemFailures`
		}
		if err := book.Record(ctx, p); err != nil {
			return err // want `an error returned for one record makes Lambda redeliver the whole batch`
		}
	}
	return nil
}

// refund has a batch response but still fails the batch with an error.
func refund(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	var resp events.SQSEventResponse
	for i := range ev.Records {
		p, err := decode(ev.Records[i])
		if err != nil {
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: ev.Records[i].MessageId})
			continue
		}
		if err := book.Record(ctx, p); err != nil {
			return resp, err // want `an error returned for one record makes Lambda redeliver the whole batch`
		}
	}
	return resp, nil
}

// audit processes every message, then fails the batch on purpose: every
// message was tried, and the errors say which failed.
func audit(ctx context.Context, ev events.SQSEvent) error {
	var errs []error
	for _, msg := range ev.Records {
		p, err := decode(msg)
		if err == nil {
			err = book.Record(ctx, p)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("message %s: %w", msg.MessageId, err))
		}
	}
	return errors.Join(errs...)
}

// drain stops when the deadline is near: the invocation would time out
// and fail as a whole anyway.
func drain(ctx context.Context, ev events.SQSEvent) error {
	for _, msg := range ev.Records {
		if err := ctx.Err(); err != nil {
			return ctx.Err()
		}
		p, _ := decode(msg)
		_ = book.Record(ctx, p) // want `the error of a call on the record is ignored`
	}
	return nil
}

// count answers with a summary: any response with an error last fails
// the batch on the error.
func count(ctx context.Context, ev events.SQSEvent) (*string, error) {
	n := 0
	for _, msg := range ev.Records {
		p, err := decode(msg)
		if err != nil {
			return nil, err // want `an error returned for one record makes Lambda redeliver the whole batch`
		}
		if err := book.Record(ctx, p); err == nil {
			n++
		}
	}
	summary := fmt.Sprintf("%d recorded", n)
	return &summary, nil
}

func decode(msg events.SQSMessage) (payment, error) {
	var p payment
	err := json.Unmarshal([]byte(msg.Body), &p)
	return p, err
}

func main() {
	lambda.Start(settle)
	lambda.Start(refund)
	lambda.Start(audit)
	lambda.Start(drain)
	lambda.Start(count)
}
