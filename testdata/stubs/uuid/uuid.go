package uuid

// A UUID is a 128 bit (16 byte) Universal Unique IDentifier as defined in RFC
// 4122.
type UUID [16]byte

// Parse decodes s into a UUID or returns an error if it cannot be parsed.
func Parse(s string) (UUID, error) { return UUID{}, nil }

// MustParse is like Parse but panics if the string cannot be parsed.
func MustParse(s string) UUID { return UUID{} }

// Must returns uuid if err is nil and panics otherwise.
func Must(uuid UUID, err error) UUID { return UUID{} }

// String returns the string form of uuid,
// xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx , or "" if uuid is invalid.
func (uuid UUID) String() string { return "" }

// Nil is the empty UUID, all zeros.
var Nil UUID
