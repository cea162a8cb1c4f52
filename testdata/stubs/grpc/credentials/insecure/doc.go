// Package insecure is a fixture stub of
// google.golang.org/grpc/credentials/insecure v1.85.0: NewCredentials.
package insecure
