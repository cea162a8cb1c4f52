package validator

import (
	"reflect"
)

// FieldLevel contains all the information and helper functions to validate a
// field
type FieldLevel interface {
	Top() reflect.Value
	Parent() reflect.Value
	Field() reflect.Value
	FieldName() string
	StructFieldName() string
	Param() string
	GetTag() string
	ExtractType(field reflect.Value) (value reflect.Value, kind reflect.Kind, nullable bool)
	GetStructFieldOK() (reflect.Value, reflect.Kind, bool)
	GetStructFieldOKAdvanced(val reflect.Value, namespace string) (reflect.Value, reflect.Kind, bool)
	GetStructFieldOK2() (reflect.Value, reflect.Kind, bool, bool)
	GetStructFieldOKAdvanced2(val reflect.Value, namespace string) (reflect.Value, reflect.Kind, bool, bool)
}
