// Package uuid is a fixture stub of github.com/google/uuid v1.6.0: UUID and
// its constructors.
package uuid
