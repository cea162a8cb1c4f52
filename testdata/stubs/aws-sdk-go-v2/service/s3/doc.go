// Package s3 is a fixture stub of github.com/aws/aws-sdk-go-v2/service/s3
// v1.114.10: the client and the operations fnlint checks.
package s3
