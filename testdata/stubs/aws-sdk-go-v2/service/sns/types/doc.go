// Package types is a fixture stub of
// github.com/aws/aws-sdk-go-v2/service/sns/types v1.48.0: the types of the
// stubbed operations.
package types
