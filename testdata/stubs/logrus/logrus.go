package logrus

// Fields type, used to pass to [WithFields].
type Fields map[string]any

// Level type
type Level uint32

// The logging levels, from the most to the least severe.
const (
	PanicLevel Level = iota
	FatalLevel
	ErrorLevel
	WarnLevel
	InfoLevel
	DebugLevel
	TraceLevel
)
