package zap

// A SugaredLogger wraps the base Logger functionality in a slower, but less
// verbose, API.
type SugaredLogger struct {
	_ struct{}
}

// Desugar unwraps a SugaredLogger, exposing the original Logger.
func (s *SugaredLogger) Desugar() *Logger { return nil }

// With adds a variadic number of fields to the logging context.
func (s *SugaredLogger) With(args ...interface{}) *SugaredLogger { return nil }

// Debug logs the provided arguments at [DebugLevel].
func (s *SugaredLogger) Debug(args ...interface{}) {}

// Info logs the provided arguments at [InfoLevel].
func (s *SugaredLogger) Info(args ...interface{}) {}

// Warn logs the provided arguments at [WarnLevel].
func (s *SugaredLogger) Warn(args ...interface{}) {}

// Error logs the provided arguments at [ErrorLevel].
func (s *SugaredLogger) Error(args ...interface{}) {}

// DPanic logs the provided arguments at [DPanicLevel].
func (s *SugaredLogger) DPanic(args ...interface{}) {}

// Panic constructs a message with the provided arguments and panics.
func (s *SugaredLogger) Panic(args ...interface{}) {}

// Fatal constructs a message with the provided arguments and calls os.Exit.
func (s *SugaredLogger) Fatal(args ...interface{}) {}

// Debugf formats the message according to the format specifier and logs it at
// [DebugLevel].
func (s *SugaredLogger) Debugf(template string, args ...interface{}) {}

// Infof formats the message according to the format specifier and logs it at
// [InfoLevel].
func (s *SugaredLogger) Infof(template string, args ...interface{}) {}

// Warnf formats the message according to the format specifier and logs it at
// [WarnLevel].
func (s *SugaredLogger) Warnf(template string, args ...interface{}) {}

// Errorf formats the message according to the format specifier and logs it at
// [ErrorLevel].
func (s *SugaredLogger) Errorf(template string, args ...interface{}) {}

// DPanicf formats the message according to the format specifier and logs it
// at [DPanicLevel].
func (s *SugaredLogger) DPanicf(template string, args ...interface{}) {}

// Panicf formats the message according to the format specifier and panics.
func (s *SugaredLogger) Panicf(template string, args ...interface{}) {}

// Fatalf formats the message according to the format specifier and calls
// os.Exit.
func (s *SugaredLogger) Fatalf(template string, args ...interface{}) {}

// Debugw logs a message with some additional context.
func (s *SugaredLogger) Debugw(msg string, keysAndValues ...interface{}) {}

// Infow logs a message with some additional context.
func (s *SugaredLogger) Infow(msg string, keysAndValues ...interface{}) {}

// Warnw logs a message with some additional context.
func (s *SugaredLogger) Warnw(msg string, keysAndValues ...interface{}) {}

// Errorw logs a message with some additional context.
func (s *SugaredLogger) Errorw(msg string, keysAndValues ...interface{}) {}

// DPanicw logs a message with some additional context.
func (s *SugaredLogger) DPanicw(msg string, keysAndValues ...interface{}) {}

// Panicw logs a message with some additional context, then panics.
func (s *SugaredLogger) Panicw(msg string, keysAndValues ...interface{}) {}

// Fatalw logs a message with some additional context, then calls os.Exit.
func (s *SugaredLogger) Fatalw(msg string, keysAndValues ...interface{}) {}

// Debugln logs a message at [DebugLevel].
func (s *SugaredLogger) Debugln(args ...interface{}) {}

// Infoln logs a message at [InfoLevel].
func (s *SugaredLogger) Infoln(args ...interface{}) {}

// Warnln logs a message at [WarnLevel].
func (s *SugaredLogger) Warnln(args ...interface{}) {}

// Errorln logs a message at [ErrorLevel].
func (s *SugaredLogger) Errorln(args ...interface{}) {}

// DPanicln logs a message at [DPanicLevel].
func (s *SugaredLogger) DPanicln(args ...interface{}) {}

// Panicln logs a message at [PanicLevel] and panics.
func (s *SugaredLogger) Panicln(args ...interface{}) {}

// Fatalln logs a message at [FatalLevel] and calls os.Exit.
func (s *SugaredLogger) Fatalln(args ...interface{}) {}

// Sync flushes any buffered log entries.
func (s *SugaredLogger) Sync() error { return nil }
