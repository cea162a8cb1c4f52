package validator

import (
	"context"
)

// Validate contains the validator settings and cache
type Validate struct {
	_ struct{}
}

// New returns a new instance of 'validate' with sane defaults.
func New(options ...Option) *Validate { return nil }

// RegisterValidation adds a validation with the given tag
func (v *Validate) RegisterValidation(tag string, fn Func, callValidationEvenIfNull ...bool) error {
	return nil
}

// Struct validates a structs exposed fields, and automatically validates
// nested structs, unless otherwise specified.
func (v *Validate) Struct(s interface{}) error { return nil }

// StructCtx validates a structs exposed fields, and automatically validates
// nested structs, unless otherwise specified
func (v *Validate) StructCtx(ctx context.Context, s interface{}) (err error) { return nil }

// StructPartial validates the fields passed in only, ignoring all others.
func (v *Validate) StructPartial(s interface{}, fields ...string) error { return nil }

// Var validates a single variable using tag style validation.
func (v *Validate) Var(field interface{}, tag string) error { return nil }

// VarCtx validates a single variable using tag style validation and allows
// passing of contextual validation information via context.Context.
func (v *Validate) VarCtx(ctx context.Context, field interface{}, tag string) (err error) { return nil }
