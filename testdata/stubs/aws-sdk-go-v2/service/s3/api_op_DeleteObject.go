package s3

import (
	"context"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/s3/types"
)

// DeleteObjectInput is the input of DeleteObject.
type DeleteObjectInput struct {
	Bucket                    *string
	Key                       *string
	BypassGovernanceRetention *bool
	ExpectedBucketOwner       *string
	IfMatch                   *string
	IfMatchLastModifiedTime   *time.Time
	IfMatchSize               *int64
	MFA                       *string
	RequestPayer              types.RequestPayer
	VersionId                 *string

	_ struct{}
}

// DeleteObjectOutput is the output of DeleteObject.
type DeleteObjectOutput struct {
	DeleteMarker   *bool
	RequestCharged types.RequestCharged
	VersionId      *string

	_ struct{}
}

// DeleteObject removes an object from a bucket.
func (c *Client) DeleteObject(ctx context.Context, params *DeleteObjectInput, optFns ...func(*Options)) (*DeleteObjectOutput, error) {
	return nil, nil
}
