package ssm

import (
	"github.com/aws/aws-sdk-go-v2/aws"
)

// Client provides the API client to make operations call for Amazon Simple
// Systems Manager (SSM).
type Client struct {
	_ struct{}
}

// New returns an initialized Client based on the functional options.
func New(options Options, optFns ...func(*Options)) *Client { return nil }

// NewFromConfig returns a new client from the provided config.
func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client { return nil }
