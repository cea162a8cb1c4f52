package sns

import (
	"net/http"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// HTTPClient sends the HTTP requests of a client.
type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

// Options configures a Client.
type Options struct {
	AppID                      string
	BaseEndpoint               *string
	Credentials                aws.CredentialsProvider
	DisableClockSkewCorrection bool
	Region                     string
	RetryMaxAttempts           int
	RetryMode                  aws.RetryMode
	Retryer                    aws.Retryer
	HTTPClient                 HTTPClient
	AuthSchemePreference       []string

	_ struct{}
}
