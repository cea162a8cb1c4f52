// Package types is a fixture stub of
// github.com/aws/aws-sdk-go-v2/service/s3/types v1.114.10: the types of the
// stubbed operations.
package types
