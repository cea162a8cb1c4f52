// Package orders processes order messages for handlers of other packages.
package orders

import (
	"context"
	"encoding/json"
	"errors"

	"github.com/aws/aws-lambda-go/events"
)

type order struct {
	ID    string `json:"id"`
	Total int64  `json:"total"`
}

// ErrEmpty is returned for an order without a total.
var ErrEmpty = errors.New("order has no total")

// Process processes one message.
func Process(ctx context.Context, msg events.SQSMessage) error {
	var o order
	if err := json.Unmarshal([]byte(msg.Body), &o); err != nil {
		return err
	}
	if o.Total == 0 {
		return ErrEmpty
	}
	return nil
}

// ProcessAll processes a batch and fails it at the first failed message.
func ProcessAll(ctx context.Context, msgs []events.SQSMessage) error {
	for _, msg := range msgs {
		if err := Process(ctx, msg); err != nil {
			return err // want `an error returned for one record makes Lambda redeliver the whole batch`
		}
	}
	return nil
}

// Failures processes a batch and returns the failed messages.
func Failures(ctx context.Context, msgs []events.SQSMessage) []events.SQSBatchItemFailure {
	var failed []events.SQSBatchItemFailure
	for _, msg := range msgs {
		if err := Process(ctx, msg); err != nil {
			failed = append(failed, events.SQSBatchItemFailure{ItemIdentifier: msg.ReceiptHandle}) // want `SQS item failures are identified by SQSMessage.MessageId, not SQSMessage.ReceiptHandle`
		}
	}
	return failed
}
