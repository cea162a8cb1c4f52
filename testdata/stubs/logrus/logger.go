package logrus

import (
	"context"
	"io"
)

// Logger is a logger; its zero value is not usable, use New.
type Logger struct {
	Out          io.Writer
	Hooks        LevelHooks
	Formatter    Formatter
	ReportCaller bool
	Level        Level
	ExitFunc     func(int)
	BufferPool   BufferPool

	_ struct{}
}

// New Creates a new logger.
func New() *Logger { return nil }

// WithField allocates a new entry and adds a field to it.
func (logger *Logger) WithField(key string, value any) *Entry { return nil }

// WithFields adds a struct of fields to the log entry.
func (logger *Logger) WithFields(fields Fields) *Entry { return nil }

// WithError adds an error as single field to the log entry.
func (logger *Logger) WithError(err error) *Entry { return nil }

// WithContext add a context to the log entry.
func (logger *Logger) WithContext(ctx context.Context) *Entry { return nil }

// Tracef logs a message at the Trace level.
func (logger *Logger) Tracef(format string, args ...any) {}

// Debugf logs a message at the Debug level.
func (logger *Logger) Debugf(format string, args ...any) {}

// Infof logs a message at the Info level.
func (logger *Logger) Infof(format string, args ...any) {}

// Printf logs a message at the Print level.
func (logger *Logger) Printf(format string, args ...any) {}

// Warnf logs a message at the Warn level.
func (logger *Logger) Warnf(format string, args ...any) {}

// Warningf logs a message at the Warning level.
func (logger *Logger) Warningf(format string, args ...any) {}

// Errorf logs a message at the Error level.
func (logger *Logger) Errorf(format string, args ...any) {}

// Fatalf logs a message at the Fatal level, then exits.
func (logger *Logger) Fatalf(format string, args ...any) {}

// Panicf logs a message at the Panic level, then panics.
func (logger *Logger) Panicf(format string, args ...any) {}

// Trace logs a message at the Trace level.
func (logger *Logger) Trace(args ...any) {}

// Debug logs a message at the Debug level.
func (logger *Logger) Debug(args ...any) {}

// Info logs a message at the Info level.
func (logger *Logger) Info(args ...any) {}

// Print logs a message at the Print level.
func (logger *Logger) Print(args ...any) {}

// Warn logs a message at the Warn level.
func (logger *Logger) Warn(args ...any) {}

// Warning logs a message at the Warning level.
func (logger *Logger) Warning(args ...any) {}

// Error logs a message at the Error level.
func (logger *Logger) Error(args ...any) {}

// Fatal logs a message at the Fatal level, then exits.
func (logger *Logger) Fatal(args ...any) {}

// Panic logs a message at the Panic level, then panics.
func (logger *Logger) Panic(args ...any) {}

// Traceln logs a message at the Trace level.
func (logger *Logger) Traceln(args ...any) {}

// Debugln logs a message at the Debug level.
func (logger *Logger) Debugln(args ...any) {}

// Infoln logs a message at the Info level.
func (logger *Logger) Infoln(args ...any) {}

// Println logs a message at the Print level.
func (logger *Logger) Println(args ...any) {}

// Warnln logs a message at the Warn level.
func (logger *Logger) Warnln(args ...any) {}

// Warningln logs a message at the Warning level.
func (logger *Logger) Warningln(args ...any) {}

// Errorln logs a message at the Error level.
func (logger *Logger) Errorln(args ...any) {}

// Fatalln logs a message at the Fatal level, then exits.
func (logger *Logger) Fatalln(args ...any) {}

// Panicln logs a message at the Panic level, then panics.
func (logger *Logger) Panicln(args ...any) {}

// Exit runs the exit handlers and calls ExitFunc with code.
func (logger *Logger) Exit(code int) {}

// SetLevel sets the logger level.
func (logger *Logger) SetLevel(level Level) {}

// GetLevel returns the logger level.
func (logger *Logger) GetLevel() Level { return 0 }

// SetFormatter sets the logger formatter.
func (logger *Logger) SetFormatter(formatter Formatter) {}

// SetOutput sets the logger output.
func (logger *Logger) SetOutput(output io.Writer) {}
