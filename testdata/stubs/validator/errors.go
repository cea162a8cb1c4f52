package validator

import (
	"reflect"
)

// InvalidValidationError describes an invalid argument passed to `Struct`,
// `StructExcept`, StructPartial` or `Field`
type InvalidValidationError struct {
	Type reflect.Type
}

// ValidationErrors is an array of FieldError's for use in custom error
// messages post validation.
type ValidationErrors []FieldError

// FieldError contains all functions to get error details
type FieldError interface {
	Tag() string
	ActualTag() string
	Namespace() string
	StructNamespace() string
	Field() string
	StructField() string
	Value() interface{}
	Param() string
	Kind() reflect.Kind
	Type() reflect.Type
	Error() string
}

// Error returns InvalidValidationError message
func (e *InvalidValidationError) Error() string { return "" }

// Error is intended for use in development + debugging and not intended to be
// a production error message.
func (ve ValidationErrors) Error() string { return "" }
