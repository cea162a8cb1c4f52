package fn

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"time"
)

// Backoff configures retries with capped exponential backoff and jitter.
// Its zero value retries twice (three attempts), waiting about 100ms then
// 200ms.
type Backoff struct {
	// Initial is the delay before the first retry, before jitter; 0 means
	// 100ms.
	Initial time.Duration
	// Max caps every delay; 0 means 10s.
	Max time.Duration
	// Multiplier grows the delay from one retry to the next; 0 means 2.
	Multiplier float64
	// Attempts is the number of attempts, the first one included; 0
	// means 3.
	Attempts int
}

func (b Backoff) initial() time.Duration {
	if b.Initial <= 0 {
		return 100 * time.Millisecond
	}
	return b.Initial
}

func (b Backoff) max() time.Duration {
	if b.Max <= 0 {
		return 10 * time.Second
	}
	return b.Max
}

func (b Backoff) multiplier() float64 {
	if b.Multiplier < 1 {
		return 2
	}
	return b.Multiplier
}

// MaxAttempts returns the number of attempts, the first one included.
func (b Backoff) MaxAttempts() int {
	if b.Attempts <= 0 {
		return 3
	}
	return b.Attempts
}

// Ceiling returns the delay before retry n (1 for the first retry) before
// jitter: Initial × Multiplier^(n-1), capped at Max.
func (b Backoff) Ceiling(n int) time.Duration {
	d := float64(b.initial()) * math.Pow(b.multiplier(), float64(max(n, 1)-1))
	if d >= float64(b.max()) || math.IsInf(d, 0) || math.IsNaN(d) {
		return b.max()
	}
	return time.Duration(d)
}

// Delay returns the wait before retry n (1 for the first retry): a random
// duration between half of [Backoff.Ceiling] and all of it, so that
// clients failing together do not retry together.
func (b Backoff) Delay(n int) time.Duration {
	c := b.Ceiling(n)
	half := c / 2
	return half + rand.N(c-half+1)
}

// Sleep waits for d or until ctx is done, whichever comes first, and
// returns ctx's error in the second case. Use it instead of time.Sleep in
// functions.
func Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// permanentError marks an error that retrying cannot fix.
type permanentError struct{ err error }

// Error returns the text of the marked error.
func (e *permanentError) Error() string { return e.err.Error() }

// Unwrap returns the marked error.
func (e *permanentError) Unwrap() error { return e.err }

// Permanent marks err as permanent: [Retry] stops at once and returns it,
// and task adapters report it without asking for redelivery where the
// platform allows. Permanent(nil) is nil.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return &permanentError{err: err}
}

// IsPermanent tells whether err, or an error it wraps, was marked by
// [Permanent].
func IsPermanent(err error) bool {
	var p *permanentError
	return errors.As(err, &p)
}

// Retry calls op until it succeeds, returns a [Permanent] error, the
// attempts of b are used up or ctx is done, waiting [Backoff.Delay]
// between attempts. It returns nil or the last error of op.
func Retry(ctx context.Context, b Backoff, op func(ctx context.Context) error) error {
	attempts := b.MaxAttempts()
	var err error
	for n := 1; n <= attempts; n++ {
		if n > 1 {
			if werr := Sleep(ctx, b.Delay(n-1)); werr != nil {
				return fmt.Errorf("retry stopped after %d attempts: %w", n-1, errors.Join(werr, err))
			}
		}
		if err = op(ctx); err == nil || IsPermanent(err) {
			return err
		}
	}
	return fmt.Errorf("after %d attempts: %w", attempts, err)
}
