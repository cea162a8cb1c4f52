package aws

import (
	"context"
	"time"
)

// AnonymousCredentials provides a sentinel CredentialsProvider that should be
// used to instruct the SDK's signing middleware to not sign the request.
type AnonymousCredentials struct {
}

// CredentialSource is the source of the credential provider.
type CredentialSource int

// A Credentials is the AWS credentials value for individual credential
// fields.
type Credentials struct {
	AccessKeyID     string
	SecretAccessKey string
	SessionToken    string
	Source          string
	CanExpire       bool
	Expires         time.Time
	AccountID       string
}

// A CredentialsProvider is the interface for any component which will provide
// credentials Credentials.
type CredentialsProvider interface {
	Retrieve(ctx context.Context) (Credentials, error)
}

// CredentialsProviderFunc provides a helper wrapping a function value to
// satisfy the CredentialsProvider interface.
type CredentialsProviderFunc func(context.Context) (Credentials, error)

// Retrieve implements the CredentialsProvider interface, but will always
// return error, and cannot be used to sign a request.
func (AnonymousCredentials) Retrieve(context.Context) (Credentials, error) { return Credentials{}, nil }

// Expired returns if the credentials have expired.
func (v Credentials) Expired() bool { return false }

// HasKeys returns if the credentials keys are set.
func (v Credentials) HasKeys() bool { return false }

// Retrieve delegates to the function value the CredentialsProviderFunc wraps.
func (fn CredentialsProviderFunc) Retrieve(ctx context.Context) (Credentials, error) {
	return Credentials{}, nil
}
