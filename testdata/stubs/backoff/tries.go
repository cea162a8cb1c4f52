package backoff

// WithMaxRetries creates a wrapper around another BackOff, which will
func WithMaxRetries(b BackOff, max uint64) BackOff { return nil }
