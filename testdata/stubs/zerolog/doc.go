// Package zerolog is a fixture stub of github.com/rs/zerolog v1.35.1: Logger,
// Context, Event and Level.
package zerolog
