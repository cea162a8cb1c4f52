package config

import (
	"io"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// LoadOptionsFunc is a type alias for LoadOptions functional option
type LoadOptionsFunc func(*LoadOptions) error

// LoadOptions are discrete set of options that are valid for loading the
// configuration
type LoadOptions struct {
	Region                  string
	Credentials             aws.CredentialsProvider
	HTTPClient              HTTPClient
	RetryMaxAttempts        int
	RetryMode               aws.RetryMode
	Retryer                 func() aws.Retryer
	SharedConfigProfile     string
	SharedConfigFiles       []string
	SharedCredentialsFiles  []string
	CustomCABundle          io.Reader
	DefaultRegion           string
	CredentialsCacheOptions func(*aws.CredentialsCacheOptions)
	AppID                   string
	BaseEndpoint            string
	AuthSchemePreference    []string
	ServiceOptions          []func(string, any)
}

// WithRegion is a helper function to construct functional options that sets
// Region on config's LoadOptions.
func WithRegion(v string) LoadOptionsFunc { return nil }

// WithAppID is a helper function to construct functional options that sets
// AppID on config's LoadOptions.
func WithAppID(ID string) LoadOptionsFunc { return nil }

// WithSharedConfigProfile is a helper function to construct functional
// options that sets SharedConfigProfile on config's LoadOptions.
func WithSharedConfigProfile(v string) LoadOptionsFunc { return nil }

// WithSharedConfigFiles is a helper function to construct functional options
// that sets slice of SharedConfigFiles on config's LoadOptions.
func WithSharedConfigFiles(v []string) LoadOptionsFunc { return nil }

// WithSharedCredentialsFiles is a helper function to construct functional
// options that sets slice of SharedCredentialsFiles on config's LoadOptions.
func WithSharedCredentialsFiles(v []string) LoadOptionsFunc { return nil }

// WithCredentialsProvider is a helper function to construct functional
// options that sets Credential provider value on config's LoadOptions.
func WithCredentialsProvider(v aws.CredentialsProvider) LoadOptionsFunc { return nil }

// WithHTTPClient is a helper function to construct functional options that
// sets HTTPClient on LoadOptions.
func WithHTTPClient(v HTTPClient) LoadOptionsFunc { return nil }

// WithRetryMaxAttempts is a helper function to construct functional options
// that sets RetryMaxAttempts on LoadOptions.
func WithRetryMaxAttempts(v int) LoadOptionsFunc { return nil }

// WithRetryMode is a helper function to construct functional options that
// sets RetryMode on LoadOptions.
func WithRetryMode(v aws.RetryMode) LoadOptionsFunc { return nil }

// WithRetryer is a helper function to construct functional options that sets
// Retryer on LoadOptions.
func WithRetryer(v func() aws.Retryer) LoadOptionsFunc { return nil }

// WithBaseEndpoint is a helper function to construct functional options that
// sets BaseEndpoint on config's LoadOptions.
func WithBaseEndpoint(v string) LoadOptionsFunc { return nil }
