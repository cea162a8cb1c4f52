// Package credentials is a fixture stub of google.golang.org/grpc/credentials
// v1.85.0: TransportCredentials.
package credentials
