package aws

import (
	"context"
	"time"
)

// RetryMode provides the mode the API client will use to create a retryer
// based on.
type RetryMode string

// Retryer is an interface to determine if a given error from a attempt should
// be retried, and if so what backoff delay to apply.
type Retryer interface {
	IsErrorRetryable(error) bool
	MaxAttempts() int
	RetryDelay(attempt int, opErr error) (time.Duration, error)
	GetRetryToken(ctx context.Context, opErr error) (releaseToken func(error) error, err error)
	GetInitialToken() (releaseToken func(error) error)
}
