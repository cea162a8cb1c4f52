package backoff

import (
	"time"
)

// DefaultInitialInterval is a default of NewExponentialBackOff.
const DefaultInitialInterval = 500 * time.Millisecond

// DefaultRandomizationFactor is a default of NewExponentialBackOff.
const DefaultRandomizationFactor = 0.5

// DefaultMultiplier is a default of NewExponentialBackOff.
const DefaultMultiplier = 1.5

// DefaultMaxInterval is a default of NewExponentialBackOff.
const DefaultMaxInterval = 60 * time.Second

// DefaultMaxElapsedTime is a default of NewExponentialBackOff.
const DefaultMaxElapsedTime = 15 * time.Minute

// ExponentialBackOff is a backoff implementation that increases the backoff
// period for each retry attempt using a randomization function that grows
// exponentially.
type ExponentialBackOff struct {
	InitialInterval     time.Duration
	RandomizationFactor float64
	Multiplier          float64
	MaxInterval         time.Duration
	MaxElapsedTime      time.Duration
	Stop                time.Duration
	Clock               Clock

	_ struct{}
}

// Clock is an interface that returns current time for BackOff.
type Clock interface{ Now() time.Time }

// ExponentialBackOffOpts is a function type used to configure
// ExponentialBackOff options.
type ExponentialBackOffOpts func(*ExponentialBackOff)

// NewExponentialBackOff creates an instance of ExponentialBackOff using
// default values.
func NewExponentialBackOff(opts ...ExponentialBackOffOpts) *ExponentialBackOff { return nil }

// WithInitialInterval sets the initial interval between retries.
func WithInitialInterval(duration time.Duration) ExponentialBackOffOpts { return nil }

// WithRandomizationFactor sets the randomization factor to add jitter to
// intervals.
func WithRandomizationFactor(randomizationFactor float64) ExponentialBackOffOpts { return nil }

// WithMultiplier sets the multiplier for increasing the interval after each
// retry.
func WithMultiplier(multiplier float64) ExponentialBackOffOpts { return nil }

// WithMaxInterval sets the maximum interval between retries.
func WithMaxInterval(duration time.Duration) ExponentialBackOffOpts { return nil }

// WithMaxElapsedTime sets the maximum total time for retries.
func WithMaxElapsedTime(duration time.Duration) ExponentialBackOffOpts { return nil }

// Reset the interval back to the initial retry interval and restarts the
// timer.
func (b *ExponentialBackOff) Reset() {}

// NextBackOff calculates the next backoff interval using the formula:
// Randomized interval = RetryInterval * (1 ± RandomizationFactor)
func (b *ExponentialBackOff) NextBackOff() time.Duration { return 0 }

// GetElapsedTime returns the elapsed time since an ExponentialBackOff
// instance is created and is reset when Reset() is called.
func (b *ExponentialBackOff) GetElapsedTime() time.Duration { return 0 }
