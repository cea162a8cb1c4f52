package backoff

import (
	"time"
)

// Stop indicates that no more retries should be made for use in
// NextBackOff().
const Stop time.Duration = -1

// BackOff is a backoff policy for retrying an operation.
type BackOff interface {
	NextBackOff() time.Duration
	Reset()
}

// ZeroBackOff is a fixed backoff policy whose backoff time is always zero,
// meaning that the operation is retried immediately without waiting,
// indefinitely.
type ZeroBackOff struct {
}

// StopBackOff is a fixed backoff policy that always returns backoff.Stop for
// NextBackOff(), meaning that the operation should never be retried.
type StopBackOff struct {
}

// ConstantBackOff is a backoff policy that always returns the same backoff
// delay.
type ConstantBackOff struct {
	Interval time.Duration
}

// Reset does nothing: the policy keeps no state.
func (b *ZeroBackOff) Reset() {}

// NextBackOff returns the wait before the next retry.
func (b *ZeroBackOff) NextBackOff() time.Duration { return 0 }

// Reset does nothing: the policy keeps no state.
func (b *StopBackOff) Reset() {}

// NextBackOff returns the wait before the next retry.
func (b *StopBackOff) NextBackOff() time.Duration { return 0 }

// Reset does nothing: the policy keeps no state.
func (b *ConstantBackOff) Reset() {}

// NextBackOff returns the wait before the next retry.
func (b *ConstantBackOff) NextBackOff() time.Duration { return 0 }

// NewConstantBackOff returns a policy that always waits d.
func NewConstantBackOff(d time.Duration) *ConstantBackOff { return nil }
