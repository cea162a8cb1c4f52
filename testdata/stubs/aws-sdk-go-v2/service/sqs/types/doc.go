// Package types is a fixture stub of
// github.com/aws/aws-sdk-go-v2/service/sqs/types v1.53.0: the types of the
// stubbed operations.
package types
