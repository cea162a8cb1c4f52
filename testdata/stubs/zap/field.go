package zap

import (
	"fmt"
	"time"

	"go.uber.org/zap/zapcore"
)

// Field is an alias for Field.
type Field = zapcore.Field

// Bool constructs a field that carries a bool.
func Bool(key string, val bool) Field { return Field{} }

// Int constructs a field with the given key and value.
func Int(key string, val int) Field { return Field{} }

// Int64 constructs a field with the given key and value.
func Int64(key string, val int64) Field { return Field{} }

// String constructs a field with the given key and value.
func String(key string, val string) Field { return Field{} }

// Stringer constructs a field with the given key and the output of the
// value's String method.
func Stringer(key string, val fmt.Stringer) Field { return Field{} }

// Time constructs a Field with the given key and value.
func Time(key string, val time.Time) Field { return Field{} }

// Duration constructs a field with the given key and value.
func Duration(key string, val time.Duration) Field { return Field{} }

// Any takes a key and an arbitrary value and chooses the best way to
// represent them as a field, falling back to a reflection-based approach only
// if necessary.
func Any(key string, value interface{}) Field { return Field{} }
