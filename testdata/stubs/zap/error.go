package zap

// Error is shorthand for the common idiom NamedError("error", err).
func Error(err error) Field { return Field{} }

// NamedError constructs a field that lazily stores err.Error() under the
// provided key.
func NamedError(key string, err error) Field { return Field{} }
