package pq

import (
	"database/sql"
	"database/sql/driver"
)

// GenericArray implements the driver.Valuer and sql.Scanner interfaces for an
// array or slice of any dimension.
type GenericArray struct {
	A any
}

// Int64Array represents a one-dimensional array of the PostgreSQL integer
// types.
type Int64Array []int64

// StringArray represents a one-dimensional array of the PostgreSQL character
// types.
type StringArray []string

// Array returns the optimal driver.Valuer and sql.Scanner for an array or
// slice of any dimension.
func Array(a any) interface {
	driver.Valuer
	sql.Scanner
} {
	return nil
}

// Scan implements the sql.Scanner interface.
func (a GenericArray) Scan(src any) error { return nil }

// Value implements the driver.Valuer interface.
func (a GenericArray) Value() (driver.Value, error) { return nil, nil }

// Scan implements the sql.Scanner interface.
func (a *Int64Array) Scan(src any) error { return nil }

// Value implements the driver.Valuer interface.
func (a Int64Array) Value() (driver.Value, error) { return nil, nil }

// Scan implements the sql.Scanner interface.
func (a *StringArray) Scan(src any) error { return nil }

// Value implements the driver.Valuer interface.
func (a StringArray) Value() (driver.Value, error) { return nil, nil }
