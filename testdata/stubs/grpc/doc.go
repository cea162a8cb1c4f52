// Package grpc is a fixture stub of google.golang.org/grpc v1.85.0:
// ClientConn, the dial functions and a few dial options.
package grpc
