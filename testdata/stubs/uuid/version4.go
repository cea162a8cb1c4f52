package uuid

// New creates a new random UUID or panics.
func New() UUID { return UUID{} }

// NewString creates a new random UUID and returns it as a string or panics.
func NewString() string { return "" }

// NewRandom returns a Random (Version 4) UUID.
func NewRandom() (UUID, error) { return UUID{}, nil }
