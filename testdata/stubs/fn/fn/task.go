package fn

import (
	"context"
	"errors"
	"time"
)

// ErrInProgress is returned for work whose key another caller holds.
var ErrInProgress = errors.New("work with the same idempotency key is in progress")

// Backoff configures retries with capped exponential backoff and jitter.
type Backoff struct {
	Initial    time.Duration
	Max        time.Duration
	Multiplier float64
	Attempts   int
}

// Delay returns the wait before retry n.
func (b Backoff) Delay(n int) time.Duration { return 0 }

// MaxAttempts returns the number of attempts.
func (b Backoff) MaxAttempts() int { return 0 }

// Retry calls op until it succeeds or the attempts are used up.
func Retry(ctx context.Context, b Backoff, op func(ctx context.Context) error) error {
	return nil
}

// Sleep waits for d or until ctx is done.
func Sleep(ctx context.Context, d time.Duration) error { return nil }

// Permanent marks err as not worth retrying.
func Permanent(err error) error { return nil }

// IsPermanent tells whether err was marked by Permanent.
func IsPermanent(err error) bool { return false }

// ClaimState tells what a Claim allows.
type ClaimState uint8

// The claim states.
const (
	Claimed ClaimState = iota + 1
	Completed
	InProgress
)

// Claim is the result of IdempotencyStore.Claim.
type Claim struct {
	State ClaimState
	Token string
}

// IdempotencyStore remembers the keys of completed work.
type IdempotencyStore interface {
	Claim(ctx context.Context, key string, lease time.Duration) (Claim, error)
	Complete(ctx context.Context, key, token string, retain time.Duration) error
	Release(ctx context.Context, key, token string) error
}

// IdempotencyOptions configures WithIdempotency and RunOnce.
type IdempotencyOptions struct {
	Lease  time.Duration
	Retain time.Duration
	Key    func(*Task) string
}

// RunOnce runs op unless the work named by key was completed before.
func RunOnce(ctx context.Context, store IdempotencyStore, key string, opts IdempotencyOptions, op func(ctx context.Context) error) (ran bool, err error) {
	return false, nil
}

// WithIdempotency runs h at most once per idempotency key.
func WithIdempotency(store IdempotencyStore, opts IdempotencyOptions, h TaskFunc) TaskFunc { return h }

// WithRetry retries h with backoff.
func WithRetry(b Backoff, h TaskFunc) TaskFunc { return h }

// FailureHook is called when a task fails for the last time.
type FailureHook func(ctx context.Context, task *Task, err error)

// OnFinalFailure calls hook when h fails on its last attempt.
func OnFinalFailure(maxAttempts int, hook FailureHook, h TaskFunc) TaskFunc { return h }

// LoadEnv fills the struct dst points to from environment variables.
func LoadEnv(dst any) error { return nil }
