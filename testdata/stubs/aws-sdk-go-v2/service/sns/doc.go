// Package sns is a fixture stub of github.com/aws/aws-sdk-go-v2/service/sns
// v1.48.0: the client and the operations fnlint checks.
package sns
