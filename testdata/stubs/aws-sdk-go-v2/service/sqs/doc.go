// Package sqs is a fixture stub of github.com/aws/aws-sdk-go-v2/service/sqs
// v1.53.0: the client and the operations fnlint checks.
package sqs
