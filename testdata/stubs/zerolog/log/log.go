package log

import (
	"context"
	"io"

	"github.com/rs/zerolog"
)

// Output duplicates the global logger and sets w as its output.
func Output(w io.Writer) zerolog.Logger { return zerolog.Logger{} }

// With creates a child logger with the field added to its context.
func With() zerolog.Context { return zerolog.Context{} }

// Level creates a child logger with the minimum accepted level set to level.
func Level(level zerolog.Level) zerolog.Logger { return zerolog.Logger{} }

// Err starts a new message with error level with err as a field if not nil or
// with info level if err is nil.
func Err(err error) *zerolog.Event { return nil }

// Trace starts a new message with trace level.
func Trace() *zerolog.Event { return nil }

// Debug starts a new message with debug level.
func Debug() *zerolog.Event { return nil }

// Info starts a new message with info level.
func Info() *zerolog.Event { return nil }

// Warn starts a new message with warn level.
func Warn() *zerolog.Event { return nil }

// Error starts a new message with error level.
func Error() *zerolog.Event { return nil }

// Fatal starts a new message with fatal level.
func Fatal() *zerolog.Event { return nil }

// Panic starts a new message with panic level.
func Panic() *zerolog.Event { return nil }

// WithLevel starts a new message with level.
func WithLevel(level zerolog.Level) *zerolog.Event { return nil }

// Log starts a new message with no level.
func Log() *zerolog.Event { return nil }

// Print sends a log event using debug level and no extra field.
func Print(v ...interface{}) {}

// Printf sends a log event using debug level and no extra field.
func Printf(format string, v ...interface{}) {}

// Ctx returns the Logger associated with the ctx.
func Ctx(ctx context.Context) *zerolog.Logger { return nil }
