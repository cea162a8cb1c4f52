package backoff

import (
	"time"
)

// An OperationWithData is executing by RetryWithData() or
// RetryNotifyWithData().
type OperationWithData[T any] func() (T, error)

// An Operation is executing by Retry() or RetryNotify().
type Operation func() error

// Notify is a notify-on-error function.
type Notify func(error, time.Duration)

// PermanentError signals that the operation should not be retried.
type PermanentError struct {
	Err error
}

// Retry the operation o until it does not return error or BackOff stops.
func Retry(o Operation, b BackOff) error { return nil }

// RetryWithData is like Retry but returns data in the response too.
func RetryWithData[T any](o OperationWithData[T], b BackOff) (T, error) { return *new(T), nil }

// RetryNotify calls notify function with the error and wait duration for each
// failed attempt before sleep.
func RetryNotify(operation Operation, b BackOff, notify Notify) error { return nil }

// RetryNotifyWithData is like RetryNotify but returns data in the response
// too.
func RetryNotifyWithData[T any](operation OperationWithData[T], b BackOff, notify Notify) (T, error) {
	return *new(T), nil
}

// Error returns the message of the wrapped error.
func (e *PermanentError) Error() string { return "" }

// Unwrap returns the wrapped error.
func (e *PermanentError) Unwrap() error { return nil }

// Is reports whether target is a PermanentError.
func (e *PermanentError) Is(target error) bool { return false }

// Permanent wraps the given err in a *PermanentError.
func Permanent(err error) error { return nil }
