package aws

import (
	"time"
)

// Bool returns a pointer value for the bool value passed in.
func Bool(v bool) *bool { return nil }

// String returns a pointer value for the string value passed in.
func String(v string) *string { return nil }

// StringSlice returns a slice of string pointers from the values passed in.
func StringSlice(vs []string) []*string { return nil }

// StringMap returns a map of string pointers from the values passed in.
func StringMap(vs map[string]string) map[string]*string { return nil }

// Int returns a pointer value for the int value passed in.
func Int(v int) *int { return nil }

// Int32 returns a pointer value for the int32 value passed in.
func Int32(v int32) *int32 { return nil }

// Int64 returns a pointer value for the int64 value passed in.
func Int64(v int64) *int64 { return nil }

// Float64 returns a pointer value for the float64 value passed in.
func Float64(v float64) *float64 { return nil }

// Time returns a pointer value for the time.Time value passed in.
func Time(v time.Time) *time.Time { return nil }

// Duration returns a pointer value for the time.Duration value passed in.
func Duration(v time.Duration) *time.Duration { return nil }
