package fn

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// ClaimState is the outcome of claiming an idempotency key.
type ClaimState uint8

const (
	// Claimed means the caller holds the key and must run the work, then
	// complete or release the key.
	Claimed ClaimState = iota + 1
	// Completed means the work already ran to completion: skip it.
	Completed
	// InProgress means another caller holds the key and its lease has not
	// expired: try again later.
	InProgress
)

// String returns the name of the state.
func (s ClaimState) String() string {
	switch s {
	case Claimed:
		return "claimed"
	case Completed:
		return "completed"
	case InProgress:
		return "in progress"
	}
	return fmt.Sprintf("ClaimState(%d)", s)
}

// A Claim is the outcome of [IdempotencyStore.Claim].
type Claim struct {
	// State tells what to do.
	State ClaimState
	// Token proves the claim when State is Claimed; pass it to Complete
	// or Release.
	Token string
}

// ErrInProgress is returned for work whose key another caller holds.
var ErrInProgress = errors.New("work with the same idempotency key is in progress")

// ErrLeaseLost is returned by Complete and Release when the claim's lease
// expired and another caller took the key.
var ErrLeaseLost = errors.New("idempotency lease lost")

// An IdempotencyStore remembers which units of work, named by keys, were
// completed, so that work delivered twice runs once. Implementations must
// be safe for concurrent use, across processes when they are shared.
type IdempotencyStore interface {
	// Claim takes key for lease, unless it is completed or held by an
	// unexpired claim.
	Claim(ctx context.Context, key string, lease time.Duration) (Claim, error)
	// Complete marks the claimed key completed and remembers it for
	// retain.
	Complete(ctx context.Context, key, token string, retain time.Duration) error
	// Release gives up the claim so that the work can be retried.
	Release(ctx context.Context, key, token string) error
}

// IdempotencyOptions configures [RunOnce] and [WithIdempotency].
type IdempotencyOptions struct {
	// Lease is how long a claim holds a key before another caller may
	// take it over, as when a function times out; 0 means 5 minutes. Make
	// it longer than the function's timeout.
	Lease time.Duration
	// Retain is how long a completed key is remembered; 0 means 24 hours.
	// Make it longer than the platform retries duplicates (SQS keeps
	// messages up to 14 days).
	Retain time.Duration
	// Key returns the idempotency key of a task; nil means its ID.
	Key func(*Task) string
}

func (o IdempotencyOptions) lease() time.Duration {
	if o.Lease <= 0 {
		return 5 * time.Minute
	}
	return o.Lease
}

func (o IdempotencyOptions) retain() time.Duration {
	if o.Retain <= 0 {
		return 24 * time.Hour
	}
	return o.Retain
}

// RunOnce runs op unless the work named by key was completed before. It
// returns ran false and a nil error for completed work, and
// [ErrInProgress] when another caller holds the key. When op fails the
// key is released, so that a retry runs op again.
func RunOnce(ctx context.Context, store IdempotencyStore, key string, opts IdempotencyOptions, op func(ctx context.Context) error) (ran bool, err error) {
	if key == "" {
		return false, Permanent(errors.New("run once: empty idempotency key"))
	}
	claim, err := store.Claim(ctx, key, opts.lease())
	if err != nil {
		return false, fmt.Errorf("claim idempotency key %q: %w", key, err)
	}
	switch claim.State {
	case Completed:
		return false, nil
	case InProgress:
		return false, fmt.Errorf("key %q: %w", key, ErrInProgress)
	}
	err = op(ctx)
	// Releasing and completing must happen even when ctx is canceled.
	after, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err != nil {
		if rerr := store.Release(after, key, claim.Token); rerr != nil {
			slog.WarnContext(ctx, "release idempotency key", "key", key, "error", rerr)
		}
		return true, err
	}
	if err := store.Complete(after, key, claim.Token, opts.retain()); err != nil {
		return true, fmt.Errorf("complete idempotency key %q: %w", key, err)
	}
	return true, nil
}

// WithIdempotency returns a task function that runs h at most once to
// completion per idempotency key (the task's ID unless opts.Key says
// otherwise). Duplicates of completed tasks succeed without running h; a
// duplicate of a task in progress fails with [ErrInProgress] so that the
// platform delivers it again later.
func WithIdempotency(store IdempotencyStore, opts IdempotencyOptions, h TaskFunc) TaskFunc {
	return func(ctx context.Context, task *Task) error {
		key := task.ID
		if opts.Key != nil {
			key = opts.Key(task)
		}
		ran, err := RunOnce(ctx, store, key, opts, func(ctx context.Context) error {
			return h(ctx, task)
		})
		if !ran && err == nil {
			slog.InfoContext(ctx, "duplicate task skipped", "task", task.Name, "id", task.ID, "key", key)
		}
		return err
	}
}

// MemoryIdempotencyStore is an IdempotencyStore in memory, for tests and
// for local runs: it forgets everything when the process ends and is not
// shared between function instances. Use fn/pgstore in production.
type MemoryIdempotencyStore struct {
	mu      sync.Mutex
	entries map[string]memoryClaim
	claims  int
	now     func() time.Time
}

type memoryClaim struct {
	token     string
	completed bool
	until     time.Time // lease end, or end of retention once completed
}

// NewMemoryIdempotencyStore returns an empty store.
func NewMemoryIdempotencyStore() *MemoryIdempotencyStore {
	return &MemoryIdempotencyStore{entries: map[string]memoryClaim{}, now: time.Now}
}

// Claim implements IdempotencyStore.
func (s *MemoryIdempotencyStore) Claim(_ context.Context, key string, lease time.Duration) (Claim, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	s.claims++
	if s.claims%1024 == 0 {
		s.sweep(now)
	}
	if e, ok := s.entries[key]; ok && now.Before(e.until) {
		if e.completed {
			return Claim{State: Completed}, nil
		}
		return Claim{State: InProgress}, nil
	}
	token := rand.Text()
	s.entries[key] = memoryClaim{token: token, until: now.Add(lease)}
	return Claim{State: Claimed, Token: token}, nil
}

// Complete implements IdempotencyStore.
func (s *MemoryIdempotencyStore) Complete(_ context.Context, key, token string, retain time.Duration) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.entries[key]
	if !ok || e.token != token || e.completed {
		return ErrLeaseLost
	}
	s.entries[key] = memoryClaim{token: token, completed: true, until: s.now().Add(retain)}
	return nil
}

// Release implements IdempotencyStore.
func (s *MemoryIdempotencyStore) Release(_ context.Context, key, token string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.entries[key]
	if !ok || e.token != token || e.completed {
		return ErrLeaseLost
	}
	delete(s.entries, key)
	return nil
}

// sweep drops expired entries, so that the map does not grow forever.
func (s *MemoryIdempotencyStore) sweep(now time.Time) {
	for k, e := range s.entries {
		if !now.Before(e.until) {
			delete(s.entries, k)
		}
	}
}
