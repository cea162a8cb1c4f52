// Package ssm is a fixture stub of github.com/aws/aws-sdk-go-v2/service/ssm
// v1.82.1: the client and the operations fnlint checks.
package ssm
