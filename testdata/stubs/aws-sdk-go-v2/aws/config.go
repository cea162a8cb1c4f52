package aws

import (
	"net/http"
)

// HTTPClient provides the interface to provide custom HTTPClients.
type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

// A Config provides service configuration for service clients.
type Config struct {
	Region                      string
	Credentials                 CredentialsProvider
	HTTPClient                  HTTPClient
	RetryMaxAttempts            int
	RetryMode                   RetryMode
	Retryer                     func() Retryer
	ConfigSources               []interface{}
	AppID                       string
	BaseEndpoint                *string
	DisableRequestCompression   bool
	RequestMinCompressSizeBytes int64
	DisableClockSkewCorrection  bool
	AuthSchemePreference        []string
	ServiceOptions              []func(string, any)
}

// Copy will return a shallow copy of the Config object.
func (c Config) Copy() Config { return Config{} }
