// Package types is a fixture stub of
// github.com/aws/aws-sdk-go-v2/service/ssm/types v1.82.1: the types of the
// stubbed operations.
package types
