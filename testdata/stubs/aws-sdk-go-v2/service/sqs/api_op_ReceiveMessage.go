package sqs

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/sqs/types"
)

// ReceiveMessageInput is the input of ReceiveMessage.
type ReceiveMessageInput struct {
	QueueUrl                    *string
	AttributeNames              []types.QueueAttributeName
	MaxNumberOfMessages         int32
	MessageAttributeNames       []string
	MessageSystemAttributeNames []types.MessageSystemAttributeName
	ReceiveRequestAttemptId     *string
	VisibilityTimeout           int32
	WaitTimeSeconds             int32

	_ struct{}
}

// ReceiveMessageOutput is the output of ReceiveMessage.
type ReceiveMessageOutput struct {
	Messages []types.Message

	_ struct{}
}

// ReceiveMessage retrieves one or more messages (up to 10), from the
// specified queue.
func (c *Client) ReceiveMessage(ctx context.Context, params *ReceiveMessageInput, optFns ...func(*Options)) (*ReceiveMessageOutput, error) {
	return nil, nil
}
