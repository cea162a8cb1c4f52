// Package types is a fixture stub of
// github.com/aws/aws-sdk-go-v2/service/kinesis/types v1.56.13: the types of
// the stubbed operations.
package types
