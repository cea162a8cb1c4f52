package sns

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/sns/types"
)

// PublishInput is the input of Publish.
type PublishInput struct {
	Message                *string
	MessageAttributes      map[string]types.MessageAttributeValue
	MessageDeduplicationId *string
	MessageGroupId         *string
	MessageStructure       *string
	PhoneNumber            *string
	Subject                *string
	TargetArn              *string
	TopicArn               *string

	_ struct{}
}

// PublishOutput is the output of Publish.
type PublishOutput struct {
	MessageId      *string
	SequenceNumber *string

	_ struct{}
}

// Sends a message to an Amazon SNS topic, a text message (SMS message)
// directly
func (c *Client) Publish(ctx context.Context, params *PublishInput, optFns ...func(*Options)) (*PublishOutput, error) {
	return nil, nil
}
