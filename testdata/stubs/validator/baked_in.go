package validator

// Func accepts a FieldLevel interface for all validation needs.
type Func func(fl FieldLevel) bool
