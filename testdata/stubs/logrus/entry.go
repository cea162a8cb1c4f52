package logrus

import (
	"bytes"
	"context"
	"runtime"
	"time"
)

// Entry represents a single log event.
type Entry struct {
	Logger  *Logger
	Data    Fields
	Time    time.Time
	Level   Level
	Caller  *runtime.Frame
	Message string
	Buffer  *bytes.Buffer
	Context context.Context

	_ struct{}
}

// String returns the string representation from the reader and ultimately the
// formatter.
func (entry *Entry) String() (string, error) { return "", nil }

// WithError adds an error as single field (using the key defined in
// [ErrorKey]) to the Entry.
func (entry *Entry) WithError(err error) *Entry { return nil }

// WithContext adds a context to the Entry.
func (entry *Entry) WithContext(ctx context.Context) *Entry { return nil }

// WithField adds a single field to the Entry.
func (entry *Entry) WithField(key string, value any) *Entry { return nil }

// WithFields adds a map of fields to the Entry.
func (entry *Entry) WithFields(fields Fields) *Entry { return nil }

// Trace logs a message at the Trace level.
func (entry *Entry) Trace(args ...any) {}

// Debug logs a message at the Debug level.
func (entry *Entry) Debug(args ...any) {}

// Print logs a message at the Print level.
func (entry *Entry) Print(args ...any) {}

// Info logs a message at the Info level.
func (entry *Entry) Info(args ...any) {}

// Warn logs a message at the Warn level.
func (entry *Entry) Warn(args ...any) {}

// Warning logs a message at the Warning level.
func (entry *Entry) Warning(args ...any) {}

// Error logs a message at the Error level.
func (entry *Entry) Error(args ...any) {}

// Fatal logs a message at the Fatal level, then exits.
func (entry *Entry) Fatal(args ...any) {}

// Panic logs a message at the Panic level, then panics.
func (entry *Entry) Panic(args ...any) {}

// Tracef logs a message at the Trace level.
func (entry *Entry) Tracef(format string, args ...any) {}

// Debugf logs a message at the Debug level.
func (entry *Entry) Debugf(format string, args ...any) {}

// Infof logs a message at the Info level.
func (entry *Entry) Infof(format string, args ...any) {}

// Printf logs a message at the Print level.
func (entry *Entry) Printf(format string, args ...any) {}

// Warnf logs a message at the Warn level.
func (entry *Entry) Warnf(format string, args ...any) {}

// Warningf logs a message at the Warning level.
func (entry *Entry) Warningf(format string, args ...any) {}

// Errorf logs a message at the Error level.
func (entry *Entry) Errorf(format string, args ...any) {}

// Fatalf logs a message at the Fatal level, then exits.
func (entry *Entry) Fatalf(format string, args ...any) {}

// Panicf logs a message at the Panic level, then panics.
func (entry *Entry) Panicf(format string, args ...any) {}

// Traceln logs a message at the Trace level.
func (entry *Entry) Traceln(args ...any) {}

// Debugln logs a message at the Debug level.
func (entry *Entry) Debugln(args ...any) {}

// Infoln logs a message at the Info level.
func (entry *Entry) Infoln(args ...any) {}

// Println logs a message at the Print level.
func (entry *Entry) Println(args ...any) {}

// Warnln logs a message at the Warn level.
func (entry *Entry) Warnln(args ...any) {}

// Warningln logs a message at the Warning level.
func (entry *Entry) Warningln(args ...any) {}

// Errorln logs a message at the Error level.
func (entry *Entry) Errorln(args ...any) {}

// Fatalln logs a message at the Fatal level, then exits.
func (entry *Entry) Fatalln(args ...any) {}

// Panicln logs a message at the Panic level, then panics.
func (entry *Entry) Panicln(args ...any) {}
