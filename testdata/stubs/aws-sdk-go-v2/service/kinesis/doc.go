// Package kinesis is a fixture stub of
// github.com/aws/aws-sdk-go-v2/service/kinesis v1.56.13: the client and the
// operations fnlint checks.
package kinesis
