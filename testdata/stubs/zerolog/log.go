package zerolog

import (
	"io"
)

// Level defines log levels.
type Level int8

// A Logger represents an active logging object that generates lines of JSON
// output to an io.Writer.
type Logger struct {
	_ struct{}
}

// New creates a root logger with given output writer.
func New(w io.Writer) Logger { return Logger{} }

// Nop returns a disabled logger for which all operation are no-op.
func Nop() Logger { return Logger{} }

// Output duplicates the current logger and sets w as its output.
func (l Logger) Output(w io.Writer) Logger { return Logger{} }

// With creates a child logger with the field added to its context.
func (l Logger) With() Context { return Context{} }

// Level creates a child logger with the minimum accepted level set to level.
func (l Logger) Level(lvl Level) Logger { return Logger{} }

// GetLevel returns the current Level of l.
func (l Logger) GetLevel() Level { return 0 }

// Trace starts a new message with trace level.
func (l *Logger) Trace() *Event { return nil }

// Debug starts a new message with debug level.
func (l *Logger) Debug() *Event { return nil }

// Info starts a new message with info level.
func (l *Logger) Info() *Event { return nil }

// Warn starts a new message with warn level.
func (l *Logger) Warn() *Event { return nil }

// Error starts a new message with error level.
func (l *Logger) Error() *Event { return nil }

// Err starts a new message with error level with err as a field if not nil or
// with info level if err is nil.
func (l *Logger) Err(err error) *Event { return nil }

// Fatal starts a new message with fatal level.
func (l *Logger) Fatal() *Event { return nil }

// Panic starts a new message with panic level.
func (l *Logger) Panic() *Event { return nil }

// WithLevel starts a new message with level.
func (l *Logger) WithLevel(level Level) *Event { return nil }

// Log starts a new message with no level.
func (l *Logger) Log() *Event { return nil }

// Print sends a log event using debug level and no extra field.
func (l *Logger) Print(v ...interface{}) {}

// Printf sends a log event using debug level and no extra field.
func (l *Logger) Printf(format string, v ...interface{}) {}

// The levels of the logger.
const (
	DebugLevel Level = iota
	InfoLevel
	WarnLevel
	ErrorLevel
	FatalLevel
	PanicLevel
	NoLevel
	Disabled

	TraceLevel Level = -1
)
