package zap

// A Logger provides fast, leveled, structured logging.
type Logger struct {
	_ struct{}
}

// NewNop returns a no-op Logger.
func NewNop() *Logger { return nil }

// NewProduction builds a sensible production Logger that writes InfoLevel and
// above logs to standard error as JSON.
func NewProduction(options ...Option) (*Logger, error) { return nil, nil }

// NewDevelopment builds a development Logger that writes DebugLevel and above
// logs to standard error in a human-friendly format.
func NewDevelopment(options ...Option) (*Logger, error) { return nil, nil }

// NewExample builds a Logger that's designed for use in zap's testable
// examples.
func NewExample(options ...Option) *Logger { return nil }

// Sugar wraps the Logger to provide a more ergonomic, but slightly slower,
// API.
func (log *Logger) Sugar() *SugaredLogger { return nil }

// Named adds a new path segment to the logger's name.
func (log *Logger) Named(s string) *Logger { return nil }

// With creates a child logger and adds structured context to it.
func (log *Logger) With(fields ...Field) *Logger { return nil }

// Debug logs a message at DebugLevel.
func (log *Logger) Debug(msg string, fields ...Field) {}

// Info logs a message at InfoLevel.
func (log *Logger) Info(msg string, fields ...Field) {}

// Warn logs a message at WarnLevel.
func (log *Logger) Warn(msg string, fields ...Field) {}

// Error logs a message at ErrorLevel.
func (log *Logger) Error(msg string, fields ...Field) {}

// DPanic logs a message at DPanicLevel.
func (log *Logger) DPanic(msg string, fields ...Field) {}

// Panic logs a message at PanicLevel.
func (log *Logger) Panic(msg string, fields ...Field) {}

// Fatal logs a message at FatalLevel.
func (log *Logger) Fatal(msg string, fields ...Field) {}

// Sync calls the underlying Core's Sync method, flushing any buffered log
// entries.
func (log *Logger) Sync() error { return nil }
