// Package pgtype is a fixture stub of github.com/jackc/pgx/v5/pgtype
// v5.12.0: only the type map connections expose.
package pgtype

// Map is the set of types a connection knows. The stub is opaque.
type Map struct {
	oidToFormatCode map[uint32]int16
}

// NewMap returns a map of the built-in types.
func NewMap() *Map { return &Map{} }
