package s3

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/s3/types"
)

// DeleteObjectsInput is the input of DeleteObjects.
type DeleteObjectsInput struct {
	Bucket                    *string
	Delete                    *types.Delete
	BypassGovernanceRetention *bool
	ChecksumAlgorithm         types.ChecksumAlgorithm
	ExpectedBucketOwner       *string
	MFA                       *string
	RequestPayer              types.RequestPayer

	_ struct{}
}

// DeleteObjectsOutput is the output of DeleteObjects.
type DeleteObjectsOutput struct {
	Deleted        []types.DeletedObject
	Errors         []types.Error
	RequestCharged types.RequestCharged

	_ struct{}
}

// DeleteObjects this operation enables you to delete multiple objects from a
// bucket using a single HTTP request.
func (c *Client) DeleteObjects(ctx context.Context, params *DeleteObjectsInput, optFns ...func(*Options)) (*DeleteObjectsOutput, error) {
	return nil, nil
}
