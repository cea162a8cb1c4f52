// Package dynamodb is a fixture stub of
// github.com/aws/aws-sdk-go-v2/service/dynamodb v1.74.0: the client and the
// operations fnlint checks.
package dynamodb
