package aws

import (
	"time"
)

// ToBool returns bool value dereferenced if the passed in pointer was not
// nil.
func ToBool(p *bool) (v bool) { return false }

// ToString returns string value dereferenced if the passed in pointer was not
// nil.
func ToString(p *string) (v string) { return "" }

// ToStringSlice returns a slice of string values, that are dereferenced if
// the passed in pointer was not nil.
func ToStringSlice(vs []*string) []string { return nil }

// ToStringMap returns a map of string values, that are dereferenced if the
// passed in pointer was not nil.
func ToStringMap(vs map[string]*string) map[string]string { return nil }

// ToInt returns int value dereferenced if the passed in pointer was not nil.
func ToInt(p *int) (v int) { return 0 }

// ToInt32 returns int32 value dereferenced if the passed in pointer was not
// nil.
func ToInt32(p *int32) (v int32) { return 0 }

// ToInt64 returns int64 value dereferenced if the passed in pointer was not
// nil.
func ToInt64(p *int64) (v int64) { return 0 }

// ToFloat64 returns float64 value dereferenced if the passed in pointer was
// not nil.
func ToFloat64(p *float64) (v float64) { return 0 }

// ToTime returns time.Time value dereferenced if the passed in pointer was
// not nil.
func ToTime(p *time.Time) (v time.Time) { return time.Time{} }

// ToDuration returns time.Duration value dereferenced if the passed in
// pointer was not nil.
func ToDuration(p *time.Duration) (v time.Duration) { return 0 }
