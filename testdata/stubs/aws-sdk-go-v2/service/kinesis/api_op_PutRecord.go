package kinesis

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/kinesis/types"
)

// PutRecordInput is the input of PutRecord.
type PutRecordInput struct {
	Data                      []byte
	DryRun                    *bool
	ExplicitHashKey           *string
	PartitionKey              *string
	SequenceNumberForOrdering *string
	StreamARN                 *string
	StreamId                  *string
	StreamName                *string

	_ struct{}
}

// PutRecordOutput is the output of PutRecord.
type PutRecordOutput struct {
	SequenceNumber *string
	ShardId        *string
	EncryptionType types.EncryptionType

	_ struct{}
}

// PutRecord writes a single data record into an Amazon Kinesis data stream.
func (c *Client) PutRecord(ctx context.Context, params *PutRecordInput, optFns ...func(*Options)) (*PutRecordOutput, error) {
	return nil, nil
}
