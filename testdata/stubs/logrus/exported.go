package logrus

import (
	"context"
	"io"
)

// StandardLogger returns the package-level standard logger used by the
// top-level logging functions.
func StandardLogger() *Logger { return nil }

// SetOutput sets the standard logger output.
func SetOutput(out io.Writer) {}

// SetFormatter sets the standard logger formatter.
func SetFormatter(formatter Formatter) {}

// SetReportCaller sets whether the standard logger will include the calling
// method as a field.
func SetReportCaller(include bool) {}

// SetLevel sets the standard logger level.
func SetLevel(level Level) {}

// GetLevel returns the standard logger level.
func GetLevel() Level { return 0 }

// WithError creates an entry from the standard logger and adds an error to
// it, using the value defined in [ErrorKey] as key.
func WithError(err error) *Entry { return nil }

// WithContext creates an entry from the standard logger and adds a context to
// it.
func WithContext(ctx context.Context) *Entry { return nil }

// WithField creates an entry from the standard logger and adds a single
// field.
func WithField(key string, value any) *Entry { return nil }

// WithFields creates an entry from the standard logger and adds the fields to
// it.
func WithFields(fields Fields) *Entry { return nil }

// Trace logs a message at level [TraceLevel] on the standard logger.
func Trace(args ...any) {}

// Debug logs a message at level [DebugLevel] on the standard logger.
func Debug(args ...any) {}

// Print logs a message at level [InfoLevel] on the standard logger.
func Print(args ...any) {}

// Info logs a message at level [InfoLevel] on the standard logger.
func Info(args ...any) {}

// Warn logs a message at level [WarnLevel] on the standard logger.
func Warn(args ...any) {}

// Warning logs a message at level [WarnLevel] on the standard logger.
func Warning(args ...any) {}

// Error logs a message at level [ErrorLevel] on the standard logger.
func Error(args ...any) {}

// Panic logs a message at level [PanicLevel] on the standard logger.
func Panic(args ...any) {}

// Fatal logs a message at level [FatalLevel] on the standard logger, then
// exits the process with status 1.
func Fatal(args ...any) {}

// Tracef logs a message at level [TraceLevel] on the standard logger.
func Tracef(format string, args ...any) {}

// Debugf logs a message at level [DebugLevel] on the standard logger.
func Debugf(format string, args ...any) {}

// Printf logs a message at level [InfoLevel] on the standard logger.
func Printf(format string, args ...any) {}

// Infof logs a message at level [InfoLevel] on the standard logger.
func Infof(format string, args ...any) {}

// Warnf logs a message at level [WarnLevel] on the standard logger.
func Warnf(format string, args ...any) {}

// Warningf logs a message at level [WarnLevel] on the standard logger.
func Warningf(format string, args ...any) {}

// Errorf logs a message at level [ErrorLevel] on the standard logger.
func Errorf(format string, args ...any) {}

// Panicf logs a message at level [PanicLevel] on the standard logger.
func Panicf(format string, args ...any) {}

// Fatalf logs a message at level [FatalLevel] on the standard logger, then
// exits the process with status 1.
func Fatalf(format string, args ...any) {}

// Traceln logs a message at level [TraceLevel] on the standard logger.
func Traceln(args ...any) {}

// Debugln logs a message at level [DebugLevel] on the standard logger.
func Debugln(args ...any) {}

// Println logs a message at level [InfoLevel] on the standard logger.
func Println(args ...any) {}

// Infoln logs a message at level [InfoLevel] on the standard logger.
func Infoln(args ...any) {}

// Warnln logs a message at level [WarnLevel] on the standard logger.
func Warnln(args ...any) {}

// Warningln logs a message at level [WarnLevel] on the standard logger.
func Warningln(args ...any) {}

// Errorln logs a message at level [ErrorLevel] on the standard logger.
func Errorln(args ...any) {}

// Panicln logs a message at level [PanicLevel] on the standard logger.
func Panicln(args ...any) {}

// Fatalln logs a message at level [FatalLevel] on the standard logger, then
// exits the process with status 1.
func Fatalln(args ...any) {}
