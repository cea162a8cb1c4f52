package logrus

import (
	"runtime"
)

// TextFormatter formats logs into text.
type TextFormatter struct {
	ForceColors               bool
	DisableColors             bool
	ForceQuote                bool
	DisableQuote              bool
	EnvironmentOverrideColors bool
	DisableTimestamp          bool
	FullTimestamp             bool
	TimestampFormat           string
	DisableSorting            bool
	SortingFunc               func([]string)
	DisableLevelTruncation    bool
	PadLevelText              bool
	QuoteEmptyFields          bool
	FieldMap                  FieldMap
	CallerPrettyfier          func(*runtime.Frame) (function string, file string)

	_ struct{}
}

// Format renders a single log entry
func (f *TextFormatter) Format(entry *Entry) ([]byte, error) { return nil, nil }
