package zap

// L returns the global Logger, which can be reconfigured with ReplaceGlobals.
func L() *Logger { return nil }

// S returns the global SugaredLogger, which can be reconfigured with
// ReplaceGlobals.
func S() *SugaredLogger { return nil }

// ReplaceGlobals replaces the global Logger and SugaredLogger, and returns a
// function to restore the original values.
func ReplaceGlobals(logger *Logger) func() { return nil }
