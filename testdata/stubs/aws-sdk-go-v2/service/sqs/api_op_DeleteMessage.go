package sqs

import (
	"context"
)

// DeleteMessageInput is the input of DeleteMessage.
type DeleteMessageInput struct {
	QueueUrl      *string
	ReceiptHandle *string

	_ struct{}
}

// DeleteMessageOutput is the output of DeleteMessage.
type DeleteMessageOutput struct {
	_ struct{}
}

// DeleteMessage deletes the specified message from the specified queue.
func (c *Client) DeleteMessage(ctx context.Context, params *DeleteMessageInput, optFns ...func(*Options)) (*DeleteMessageOutput, error) {
	return nil, nil
}
