package logrus

// Formatter is implemented by types that format log entries.
type Formatter interface{ Format(*Entry) ([]byte, error) }
