package zerolog

import (
	"context"
	"time"
)

// Event represents a log event.
type Event struct {
	_ struct{}
}

// Enabled return false if the *Event is going to be filtered out by log level
// or sampling.
func (e *Event) Enabled() bool { return false }

// Discard disables the event so Msg(f) won't print it.
func (e *Event) Discard() *Event { return nil }

// Msg sends the *Event with msg added as the message field if not empty.
func (e *Event) Msg(msg string) {}

// Send is equivalent to calling Msg("").
func (e *Event) Send() {}

// Msgf sends the event with formatted msg added as the message field if not
// empty.
func (e *Event) Msgf(format string, v ...interface{}) {}

// Fields is a helper function to use a map or slice to set fields using type
// assertion.
func (e *Event) Fields(fields interface{}) *Event { return nil }

// Str adds the field key with val as a string to the *Event context.
func (e *Event) Str(key, val string) *Event { return nil }

// Strs adds the field key with vals as a []string to the *Event context.
func (e *Event) Strs(key string, vals []string) *Event { return nil }

// Bytes adds the field key with val as a string to the *Event context.
func (e *Event) Bytes(key string, val []byte) *Event { return nil }

// RawJSON adds already encoded JSON to the log line under key.
func (e *Event) RawJSON(key string, b []byte) *Event { return nil }

// AnErr adds the field key with serialized err to the *Event context.
func (e *Event) AnErr(key string, err error) *Event { return nil }

// Err adds the field "error" with serialized err to the *Event context.
func (e *Event) Err(err error) *Event { return nil }

// Stack enables stack trace printing for the error passed to Err().
func (e *Event) Stack() *Event { return nil }

// Ctx adds the Go Context to the *Event context.
func (e *Event) Ctx(ctx context.Context) *Event { return nil }

// Bool adds the field key with val as a bool to the *Event context.
func (e *Event) Bool(key string, b bool) *Event { return nil }

// Int adds the field key with i as a int to the *Event context.
func (e *Event) Int(key string, i int) *Event { return nil }

// Int64 adds the field key with i as a int64 to the *Event context.
func (e *Event) Int64(key string, i int64) *Event { return nil }

// Float64 adds the field key with f as a float64 to the *Event context.
func (e *Event) Float64(key string, f float64) *Event { return nil }

// Timestamp adds the current local time as UNIX timestamp to the *Event
// context with the "time" key.
func (e *Event) Timestamp() *Event { return nil }

// Time adds the field key with t formatted as string using
// zerolog.TimeFieldFormat.
func (e *Event) Time(key string, t time.Time) *Event { return nil }

// Dur adds the field key with duration d stored as zerolog.DurationFieldUnit.
func (e *Event) Dur(key string, d time.Duration) *Event { return nil }

// Any is a wrapper around Event.Interface.
func (e *Event) Any(key string, i interface{}) *Event { return nil }

// Interface adds the field key with i marshaled using reflection.
func (e *Event) Interface(key string, i interface{}) *Event { return nil }

// Caller adds the file:line of the caller with the zerolog.CallerFieldName
// key.
func (e *Event) Caller(skip ...int) *Event { return nil }
