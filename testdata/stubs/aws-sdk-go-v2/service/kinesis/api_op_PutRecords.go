package kinesis

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/kinesis/types"
)

// PutRecordsInput is the input of PutRecords.
type PutRecordsInput struct {
	Records    []types.PutRecordsRequestEntry
	DryRun     *bool
	StreamARN  *string
	StreamId   *string
	StreamName *string

	_ struct{}
}

// PutRecordsOutput is the output of PutRecords.
type PutRecordsOutput struct {
	Records           []types.PutRecordsResultEntry
	EncryptionType    types.EncryptionType
	FailedRecordCount *int32

	_ struct{}
}

// PutRecords writes multiple data records into a Kinesis data stream in a
// single call (also referred to as a PutRecords request).
func (c *Client) PutRecords(ctx context.Context, params *PutRecordsInput, optFns ...func(*Options)) (*PutRecordsOutput, error) {
	return nil, nil
}
