// Package config is a fixture stub of github.com/aws/aws-sdk-go-v2/config
// v1.33.18: LoadDefaultConfig and its options.
package config
