package fn_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/fn"
)

func TestBackoffBounds(t *testing.T) {
	tests := []struct {
		name string
		b    fn.Backoff
		want []time.Duration // ceilings of retries 1, 2, …
	}{
		{"defaults", fn.Backoff{}, []time.Duration{100 * time.Millisecond, 200 * time.Millisecond, 400 * time.Millisecond, 800 * time.Millisecond}},
		{"capped", fn.Backoff{Initial: time.Second, Max: 5 * time.Second}, []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 5 * time.Second, 5 * time.Second}},
		{"multiplier", fn.Backoff{Initial: 10 * time.Millisecond, Multiplier: 3, Max: time.Second}, []time.Duration{10 * time.Millisecond, 30 * time.Millisecond, 90 * time.Millisecond, 270 * time.Millisecond, 810 * time.Millisecond, time.Second}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i, want := range tt.want {
				n := i + 1
				assert.Equal(t, want, tt.b.Ceiling(n), "ceiling of retry %d", n)
				seen := map[time.Duration]bool{}
				for range 200 {
					d := tt.b.Delay(n)
					require.GreaterOrEqual(t, d, want/2, "retry %d", n)
					require.LessOrEqual(t, d, want, "retry %d", n)
					seen[d] = true
				}
				assert.Greater(t, len(seen), 1, "delays of retry %d are jittered", n)
			}
		})
	}
	huge := fn.Backoff{Initial: time.Hour, Max: 2 * time.Hour}
	assert.Equal(t, 2*time.Hour, huge.Ceiling(1000), "no overflow")
	assert.Equal(t, 3, fn.Backoff{}.MaxAttempts())
}

var fast = fn.Backoff{Initial: time.Millisecond, Max: 2 * time.Millisecond, Attempts: 4}

func TestRetry(t *testing.T) {
	t.Run("succeeds after failures", func(t *testing.T) {
		calls := 0
		err := fn.Retry(t.Context(), fast, func(ctx context.Context) error {
			calls++
			if calls < 3 {
				return errors.New("flaky")
			}
			return nil
		})
		require.NoError(t, err)
		assert.Equal(t, 3, calls)
	})
	t.Run("gives up", func(t *testing.T) {
		calls := 0
		cause := errors.New("down")
		err := fn.Retry(t.Context(), fast, func(ctx context.Context) error { calls++; return cause })
		assert.ErrorIs(t, err, cause)
		assert.EqualError(t, err, "after 4 attempts: down")
		assert.Equal(t, 4, calls)
	})
	t.Run("permanent", func(t *testing.T) {
		calls := 0
		cause := errors.New("bad input")
		err := fn.Retry(t.Context(), fast, func(ctx context.Context) error { calls++; return fn.Permanent(cause) })
		assert.ErrorIs(t, err, cause)
		assert.True(t, fn.IsPermanent(err))
		assert.Equal(t, 1, calls)
	})
	t.Run("context", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		slow := fn.Backoff{Initial: time.Hour, Max: time.Hour, Attempts: 5}
		calls := 0
		start := time.Now()
		err := fn.Retry(ctx, slow, func(ctx context.Context) error {
			calls++
			time.AfterFunc(10*time.Millisecond, cancel)
			return errors.New("down")
		})
		assert.ErrorIs(t, err, context.Canceled)
		assert.ErrorContains(t, err, "down")
		assert.Equal(t, 1, calls)
		assert.Less(t, time.Since(start), time.Minute)
	})
	assert.NoError(t, fn.Permanent(nil))
}

func TestSleep(t *testing.T) {
	require.NoError(t, fn.Sleep(t.Context(), time.Millisecond))
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	assert.ErrorIs(t, fn.Sleep(ctx, time.Hour), context.Canceled)
	assert.ErrorIs(t, fn.Sleep(ctx, 0), context.Canceled)
	assert.NoError(t, fn.Sleep(t.Context(), -time.Second))
}
