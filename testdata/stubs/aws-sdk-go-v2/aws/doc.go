// Package aws is a fixture stub of github.com/aws/aws-sdk-go-v2/aws v1.48.0:
// Config, credentials and the pointer helpers.
package aws
