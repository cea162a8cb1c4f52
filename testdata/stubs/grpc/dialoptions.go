package grpc

import (
	"google.golang.org/grpc/credentials"
)

type dialOptions struct {
	_ struct{}
}

// DialOption configures how we set up the connection.
type DialOption interface{ apply(*dialOptions) }

// WithBlock returns a DialOption which makes callers of Dial block until the
// underlying connection is up.
func WithBlock() DialOption { return nil }

// WithInsecure returns a DialOption which disables transport security for
// this ClientConn.
func WithInsecure() DialOption { return nil }

// WithTransportCredentials returns a DialOption which configures a connection
// level security credentials (e.g., TLS/SSL).
func WithTransportCredentials(creds credentials.TransportCredentials) DialOption { return nil }
