package credentials

import (
	"context"
	"net"
)

// ProtocolInfo provides static information regarding transport credentials.
type ProtocolInfo struct {
	ProtocolVersion  string
	SecurityProtocol string
	SecurityVersion  string
	ServerName       string
}

// AuthInfo defines the common interface for the auth information the users
// are interested in.
type AuthInfo interface{ AuthType() string }

// TransportCredentials defines the common interface for all the live gRPC
// wire protocols and supported transport security protocols (e.g., TLS, SSL).
type TransportCredentials interface {
	ClientHandshake(context.Context, string, net.Conn) (net.Conn, AuthInfo, error)
	ServerHandshake(net.Conn) (net.Conn, AuthInfo, error)
	Info() ProtocolInfo
	Clone() TransportCredentials
	OverrideServerName(string) error
}
