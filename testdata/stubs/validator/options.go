package validator

// Option represents a configurations option to be applied to validator during
// initialization.
type Option func(*Validate)

// WithRequiredStructEnabled enables required tag on non-pointer structs to be
// applied instead of ignored.
func WithRequiredStructEnabled() Option { return nil }
