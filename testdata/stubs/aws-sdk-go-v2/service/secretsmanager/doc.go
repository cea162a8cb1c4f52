// Package secretsmanager is a fixture stub of
// github.com/aws/aws-sdk-go-v2/service/secretsmanager v1.50.12: the client
// and the operations fnlint checks.
package secretsmanager
