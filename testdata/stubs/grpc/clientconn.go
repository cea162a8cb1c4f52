package grpc

import (
	"context"
)

// ClientConn represents a virtual connection to a conceptual endpoint, to
// perform RPCs.
type ClientConn struct {
	_ struct{}
}

// NewClient creates a new gRPC "channel" for the target URI provided.
func NewClient(target string, opts ...DialOption) (conn *ClientConn, err error) { return nil, nil }

// Dial calls DialContext(context.Background(), target, opts...).
func Dial(target string, opts ...DialOption) (*ClientConn, error) { return nil, nil }

// DialContext calls NewClient and then exits idle mode.
func DialContext(ctx context.Context, target string, opts ...DialOption) (conn *ClientConn, err error) {
	return nil, nil
}

// Target returns the target string of the ClientConn.
func (cc *ClientConn) Target() string { return "" }

// Close tears down the ClientConn and all underlying connections.
func (cc *ClientConn) Close() error { return nil }
