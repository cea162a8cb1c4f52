// Package reflectx is a fixture stub of github.com/jmoiron/sqlx/reflectx
// v1.4.0: only the Mapper type the sqlx wrappers carry.
package reflectx

// Mapper is a general Mapper for mapping struct field names to columns.
type Mapper struct {
	_ struct{}
}
