package zap

// Strings constructs a field that carries a slice of strings.
func Strings(key string, ss []string) Field { return Field{} }
