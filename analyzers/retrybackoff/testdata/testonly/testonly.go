// Package testonly has a test that polls a server it started, busily.
package testonly

import "net"

// Listen starts a server.
func Listen() (net.Listener, error) { return net.Listen("tcp", "127.0.0.1:0") }
