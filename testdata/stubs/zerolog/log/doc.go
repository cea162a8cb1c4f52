// Package log is a fixture stub of github.com/rs/zerolog/log v1.35.1: the
// global logger.
package log
