// Package credentials is a fixture stub of
// github.com/aws/aws-sdk-go-v2/credentials v1.21.0: the static credentials
// provider.
package credentials
