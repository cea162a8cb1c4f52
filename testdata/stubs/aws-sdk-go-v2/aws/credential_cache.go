package aws

import (
	"context"
	"time"
)

// CredentialsCacheOptions are the options
type CredentialsCacheOptions struct {
	ExpiryWindow           time.Duration
	ExpiryWindowJitterFrac float64
}

// CredentialsCache provides caching and concurrency safe credentials
// retrieval via the provider's retrieve method.
type CredentialsCache struct {
	_ struct{}
}

// NewCredentialsCache returns a CredentialsCache that wraps provider.
func NewCredentialsCache(provider CredentialsProvider, optFns ...func(options *CredentialsCacheOptions)) *CredentialsCache {
	return nil
}

// Retrieve returns the credentials.
func (p *CredentialsCache) Retrieve(ctx context.Context) (Credentials, error) {
	return Credentials{}, nil
}

// Invalidate will invalidate the cached credentials.
func (p *CredentialsCache) Invalidate() {}
