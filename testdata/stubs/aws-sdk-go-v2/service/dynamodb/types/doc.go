// Package types is a fixture stub of
// github.com/aws/aws-sdk-go-v2/service/dynamodb/types v1.74.0: AttributeValue
// and the types of the stubbed operations.
package types
