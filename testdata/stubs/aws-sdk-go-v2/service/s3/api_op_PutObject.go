package s3

import (
	"context"
	"io"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/s3/types"
)

// PutObjectInput is the input of PutObject.
type PutObjectInput struct {
	Bucket                           *string
	Key                              *string
	ACL                              types.ObjectCannedACL
	Body                             io.Reader
	BucketKeyEnabled                 *bool
	CacheControl                     *string
	ChecksumAlgorithm                types.ChecksumAlgorithm
	ChecksumCRC32                    *string
	ChecksumCRC32C                   *string
	ChecksumCRC64NVME                *string
	ChecksumMD5                      *string
	ChecksumSHA1                     *string
	ChecksumSHA256                   *string
	ChecksumSHA512                   *string
	ChecksumXXHASH128                *string
	ChecksumXXHASH3                  *string
	ChecksumXXHASH64                 *string
	ContentDisposition               *string
	ContentEncoding                  *string
	ContentLanguage                  *string
	ContentLength                    *int64
	ContentMD5                       *string
	ContentType                      *string
	ExpectedBucketOwner              *string
	Expires                          *time.Time
	GrantFullControl                 *string
	GrantRead                        *string
	GrantReadACP                     *string
	GrantWriteACP                    *string
	IfMatch                          *string
	IfNoneMatch                      *string
	Metadata                         map[string]string
	ObjectLockEventHold              types.ObjectLockEventHold
	ObjectLockEventHoldDurationDays  *int32
	ObjectLockEventHoldDurationYears *int32
	ObjectLockLegalHoldStatus        types.ObjectLockLegalHoldStatus
	ObjectLockMode                   types.ObjectLockMode
	ObjectLockRetainUntilDate        *time.Time
	RequestPayer                     types.RequestPayer
	SSECustomerAlgorithm             *string
	SSECustomerKey                   *string
	SSECustomerKeyMD5                *string
	SSEKMSEncryptionContext          *string
	SSEKMSKeyId                      *string
	ServerSideEncryption             types.ServerSideEncryption
	StorageClass                     types.StorageClass
	Tagging                          *string
	WebsiteRedirectLocation          *string
	WriteOffsetBytes                 *int64

	_ struct{}
}

// PutObjectOutput is the output of PutObject.
type PutObjectOutput struct {
	BucketKeyEnabled        *bool
	ChecksumCRC32           *string
	ChecksumCRC32C          *string
	ChecksumCRC64NVME       *string
	ChecksumMD5             *string
	ChecksumSHA1            *string
	ChecksumSHA256          *string
	ChecksumSHA512          *string
	ChecksumType            types.ChecksumType
	ChecksumXXHASH128       *string
	ChecksumXXHASH3         *string
	ChecksumXXHASH64        *string
	ETag                    *string
	Expiration              *string
	RequestCharged          types.RequestCharged
	SSECustomerAlgorithm    *string
	SSECustomerKeyMD5       *string
	SSEKMSEncryptionContext *string
	SSEKMSKeyId             *string
	ServerSideEncryption    types.ServerSideEncryption
	Size                    *int64
	VersionId               *string

	_ struct{}
}

// PutObject calls the PutObject API operation.
func (c *Client) PutObject(ctx context.Context, params *PutObjectInput, optFns ...func(*Options)) (*PutObjectOutput, error) {
	return nil, nil
}
