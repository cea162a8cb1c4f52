package fn

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/fn/internal/fakeclock"
)

func newTestStore() (*MemoryIdempotencyStore, *fakeclock.Clock) {
	clock := fakeclock.New()
	s := NewMemoryIdempotencyStore()
	s.now = clock.Now
	return s, clock
}

func TestMemoryIdempotencyStore(t *testing.T) {
	ctx := t.Context()
	s, clock := newTestStore()

	c1, err := s.Claim(ctx, "k", time.Minute)
	require.NoError(t, err)
	assert.Equal(t, Claimed, c1.State)
	assert.NotEmpty(t, c1.Token)

	c2, err := s.Claim(ctx, "k", time.Minute)
	require.NoError(t, err)
	assert.Equal(t, InProgress, c2.State)

	// The lease expires: another caller takes the key over, and the first
	// caller can no longer complete it.
	clock.Advance(2 * time.Minute)
	c3, err := s.Claim(ctx, "k", time.Minute)
	require.NoError(t, err)
	assert.Equal(t, Claimed, c3.State)
	assert.NotEqual(t, c1.Token, c3.Token)
	assert.ErrorIs(t, s.Complete(ctx, "k", c1.Token, time.Hour), ErrLeaseLost)
	assert.ErrorIs(t, s.Release(ctx, "k", c1.Token), ErrLeaseLost)

	require.NoError(t, s.Complete(ctx, "k", c3.Token, time.Hour))
	c4, err := s.Claim(ctx, "k", time.Minute)
	require.NoError(t, err)
	assert.Equal(t, Completed, c4.State)
	assert.ErrorIs(t, s.Release(ctx, "k", c3.Token), ErrLeaseLost, "a completed key cannot be released")

	// Retention ends: the key may run again.
	clock.Advance(time.Hour)
	c5, err := s.Claim(ctx, "k", time.Minute)
	require.NoError(t, err)
	assert.Equal(t, Claimed, c5.State)

	// Release lets a retry claim at once.
	require.NoError(t, s.Release(ctx, "k", c5.Token))
	c6, err := s.Claim(ctx, "k", time.Minute)
	require.NoError(t, err)
	assert.Equal(t, Claimed, c6.State)
	assert.ErrorIs(t, s.Complete(ctx, "other", "x", time.Hour), ErrLeaseLost)
}

func TestMemoryIdempotencyStoreSweeps(t *testing.T) {
	ctx := t.Context()
	s, clock := newTestStore()
	for i := range 1000 {
		_, err := s.Claim(ctx, time.Duration(i).String(), time.Second)
		require.NoError(t, err)
	}
	clock.Advance(time.Minute)
	for i := range 100 {
		_, err := s.Claim(ctx, "new"+time.Duration(i).String(), time.Second)
		require.NoError(t, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	assert.Less(t, len(s.entries), 200, "expired entries are dropped")
}

func TestRunOnce(t *testing.T) {
	ctx := t.Context()
	s, _ := newTestStore()
	runs := 0
	op := func(ctx context.Context) error { runs++; return nil }

	ran, err := RunOnce(ctx, s, "order-1", IdempotencyOptions{}, op)
	require.NoError(t, err)
	assert.True(t, ran)
	ran, err = RunOnce(ctx, s, "order-1", IdempotencyOptions{}, op)
	require.NoError(t, err)
	assert.False(t, ran)
	assert.Equal(t, 1, runs)

	cause := errors.New("payment API down")
	ran, err = RunOnce(ctx, s, "order-2", IdempotencyOptions{}, func(ctx context.Context) error { return cause })
	assert.True(t, ran)
	assert.ErrorIs(t, err, cause)
	ran, err = RunOnce(ctx, s, "order-2", IdempotencyOptions{}, op)
	require.NoError(t, err, "a failed run releases its key")
	assert.True(t, ran)

	_, err = RunOnce(ctx, s, "", IdempotencyOptions{}, op)
	assert.True(t, IsPermanent(err))
}

func TestRunOnceCompletesAfterCancel(t *testing.T) {
	s, _ := newTestStore()
	ctx, cancel := context.WithCancel(t.Context())
	ran, err := RunOnce(ctx, s, "k", IdempotencyOptions{}, func(ctx context.Context) error {
		cancel() // the function's deadline arrives as the work ends
		return nil
	})
	require.NoError(t, err)
	assert.True(t, ran)
	c, err := s.Claim(t.Context(), "k", time.Minute)
	require.NoError(t, err)
	assert.Equal(t, Completed, c.State)
}

// failingStore fails every call.
type failingStore struct{}

func (failingStore) Claim(context.Context, string, time.Duration) (Claim, error) {
	return Claim{}, errors.New("store down")
}
func (failingStore) Complete(context.Context, string, string, time.Duration) error { return nil }
func (failingStore) Release(context.Context, string, string) error                 { return nil }

func TestWithIdempotency(t *testing.T) {
	s, _ := newTestStore()
	var runs atomic.Int32
	started := make(chan struct{})
	release := make(chan struct{})
	h := WithIdempotency(s, IdempotencyOptions{}, func(ctx context.Context, task *Task) error {
		if runs.Add(1) == 1 {
			close(started)
			<-release
		}
		return nil
	})
	task := &Task{ID: "msg-1", Name: "orders", Attempt: 1}

	// Concurrent deliveries of the same message: one runs, the others are
	// told to come back later.
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	wg.Go(func() { errs <- h(t.Context(), task) })
	<-started
	for range 9 {
		wg.Go(func() { errs <- h(t.Context(), task) })
	}
	time.Sleep(10 * time.Millisecond)
	close(release)
	wg.Wait()
	close(errs)
	var ok, busy int
	for err := range errs {
		switch {
		case err == nil:
			ok++
		case errors.Is(err, ErrInProgress):
			busy++
		default:
			t.Fatalf("unexpected error %v", err)
		}
	}
	assert.Equal(t, int32(1), runs.Load())
	assert.Equal(t, 10, ok+busy)

	// Later duplicates are skipped.
	require.NoError(t, h(t.Context(), task))
	assert.Equal(t, int32(1), runs.Load())

	keyed := WithIdempotency(s, IdempotencyOptions{Key: func(t *Task) string { return t.Name + "/" + string(t.Payload) }},
		func(ctx context.Context, task *Task) error { runs.Add(1); return nil })
	require.NoError(t, keyed(t.Context(), &Task{ID: "a", Name: "n", Payload: []byte(`1`)}))
	require.NoError(t, keyed(t.Context(), &Task{ID: "b", Name: "n", Payload: []byte(`1`)}))
	assert.Equal(t, int32(2), runs.Load())

	err := WithIdempotency(failingStore{}, IdempotencyOptions{}, func(ctx context.Context, task *Task) error { return nil })(t.Context(), task)
	assert.ErrorContains(t, err, `claim idempotency key "msg-1": store down`)
}

func TestClaimStateString(t *testing.T) {
	assert.Equal(t, "claimed", Claimed.String())
	assert.Equal(t, "completed", Completed.String())
	assert.Equal(t, "in progress", InProgress.String())
	assert.Equal(t, "ClaimState(9)", ClaimState(9).String())
}
