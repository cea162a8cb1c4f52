package s3

import (
	"context"
	"io"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/s3/types"
)

// GetObjectInput is the input of GetObject.
type GetObjectInput struct {
	Bucket                     *string
	Key                        *string
	ChecksumMode               types.ChecksumMode
	ExpectedBucketOwner        *string
	IfMatch                    *string
	IfModifiedSince            *time.Time
	IfNoneMatch                *string
	IfUnmodifiedSince          *time.Time
	PartNumber                 *int32
	Range                      *string
	RequestPayer               types.RequestPayer
	ResponseCacheControl       *string
	ResponseContentDisposition *string
	ResponseContentEncoding    *string
	ResponseContentLanguage    *string
	ResponseContentType        *string
	ResponseExpires            *time.Time
	SSECustomerAlgorithm       *string
	SSECustomerKey             *string
	SSECustomerKeyMD5          *string
	VersionId                  *string

	_ struct{}
}

// GetObjectOutput is the output of GetObject.
type GetObjectOutput struct {
	AcceptRanges                     *string
	Body                             io.ReadCloser
	BucketKeyEnabled                 *bool
	CacheControl                     *string
	ChecksumCRC32                    *string
	ChecksumCRC32C                   *string
	ChecksumCRC64NVME                *string
	ChecksumMD5                      *string
	ChecksumSHA1                     *string
	ChecksumSHA256                   *string
	ChecksumSHA512                   *string
	ChecksumType                     types.ChecksumType
	ChecksumXXHASH128                *string
	ChecksumXXHASH3                  *string
	ChecksumXXHASH64                 *string
	ContentDisposition               *string
	ContentEncoding                  *string
	ContentLanguage                  *string
	ContentLength                    *int64
	ContentRange                     *string
	ContentType                      *string
	DeleteMarker                     *bool
	ETag                             *string
	Expiration                       *string
	Expires                          *time.Time
	ExpiresString                    *string
	LastModified                     *time.Time
	Metadata                         map[string]string
	MissingMeta                      *int32
	ObjectLockEventHold              types.ObjectLockEventHold
	ObjectLockEventHoldDurationDays  *int32
	ObjectLockEventHoldDurationYears *int32
	ObjectLockLegalHoldStatus        types.ObjectLockLegalHoldStatus
	ObjectLockMode                   types.ObjectLockMode
	ObjectLockRetainUntilDate        *time.Time
	PartsCount                       *int32
	ReplicationStatus                types.ReplicationStatus
	RequestCharged                   types.RequestCharged
	Restore                          *string
	SSECustomerAlgorithm             *string
	SSECustomerKeyMD5                *string
	SSEKMSKeyId                      *string
	ServerSideEncryption             types.ServerSideEncryption
	StorageClass                     types.StorageClass
	TagCount                         *int32
	VersionId                        *string
	WebsiteRedirectLocation          *string

	_ struct{}
}

// GetObject retrieves an object from Amazon S3.
func (c *Client) GetObject(ctx context.Context, params *GetObjectInput, optFns ...func(*Options)) (*GetObjectOutput, error) {
	return nil, nil
}
