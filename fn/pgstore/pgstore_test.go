package pgstore_test

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/fn"
	"github.com/fnlint/fnlint/fn/pgstore"
	"github.com/fnlint/fnlint/fn/pgstore/pgtest"
)

func migrated(t *testing.T) *pgstore.IdempotencyStore {
	t.Helper()
	pool := pgtest.Pool(t)
	require.NoError(t, pgstore.Migrate(t.Context(), pool))
	return pgstore.NewIdempotencyStore(pool)
}

func TestMigrateConcurrently(t *testing.T) {
	pool := pgtest.Pool(t)
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Go(func() { errs[i] = pgstore.Migrate(t.Context(), pool) })
	}
	wg.Wait()
	for _, err := range errs {
		require.NoError(t, err)
	}
	require.NoError(t, pgstore.Migrate(t.Context(), pool), "again")
}

func TestIdempotencyStore(t *testing.T) {
	ctx := t.Context()
	s := migrated(t)

	c1, err := s.Claim(ctx, "order-1", time.Hour)
	require.NoError(t, err)
	assert.Equal(t, fn.Claimed, c1.State)
	require.NotEmpty(t, c1.Token)

	c2, err := s.Claim(ctx, "order-1", time.Hour)
	require.NoError(t, err)
	assert.Equal(t, fn.InProgress, c2.State)

	assert.ErrorIs(t, s.Complete(ctx, "order-1", "not-the-token", time.Hour), fn.ErrLeaseLost)
	require.NoError(t, s.Complete(ctx, "order-1", c1.Token, time.Hour))
	assert.ErrorIs(t, s.Complete(ctx, "order-1", c1.Token, time.Hour), fn.ErrLeaseLost, "completed once")

	c3, err := s.Claim(ctx, "order-1", time.Hour)
	require.NoError(t, err)
	assert.Equal(t, fn.Completed, c3.State)

	// A released key is claimed again at once.
	c4, err := s.Claim(ctx, "order-2", time.Hour)
	require.NoError(t, err)
	require.NoError(t, s.Release(ctx, "order-2", c4.Token))
	assert.ErrorIs(t, s.Release(ctx, "order-2", c4.Token), fn.ErrLeaseLost)
	c5, err := s.Claim(ctx, "order-2", time.Hour)
	require.NoError(t, err)
	assert.Equal(t, fn.Claimed, c5.State)
	assert.NotEqual(t, c4.Token, c5.Token)
}

func TestIdempotencyStoreExpiry(t *testing.T) {
	ctx := t.Context()
	s := migrated(t)

	// An expired lease is taken over; the old holder lost it.
	old, err := s.Claim(ctx, "k", time.Millisecond)
	require.NoError(t, err)
	time.Sleep(20 * time.Millisecond)
	taken, err := s.Claim(ctx, "k", time.Hour)
	require.NoError(t, err)
	assert.Equal(t, fn.Claimed, taken.State)
	assert.ErrorIs(t, s.Complete(ctx, "k", old.Token, time.Hour), fn.ErrLeaseLost)

	// An expired retention lets the work run again.
	require.NoError(t, s.Complete(ctx, "k", taken.Token, time.Millisecond))
	time.Sleep(20 * time.Millisecond)
	again, err := s.Claim(ctx, "k", time.Hour)
	require.NoError(t, err)
	assert.Equal(t, fn.Claimed, again.State)

	// Purge deletes expired keys only, up to the limit.
	for _, k := range []string{"e1", "e2", "e3"} {
		c, err := s.Claim(ctx, k, time.Millisecond)
		require.NoError(t, err)
		require.Equal(t, fn.Claimed, c.State)
	}
	time.Sleep(20 * time.Millisecond)
	n, err := s.PurgeExpired(ctx, 2)
	require.NoError(t, err)
	assert.Equal(t, int64(2), n)
	n, err = s.PurgeExpired(ctx, 10)
	require.NoError(t, err)
	assert.Equal(t, int64(1), n)
	c, err := s.Claim(ctx, "k", time.Hour)
	require.NoError(t, err)
	assert.Equal(t, fn.InProgress, c.State, "live keys are kept")
}

func TestWithIdempotencyConcurrent(t *testing.T) {
	s := migrated(t)
	var runs atomic.Int32
	h := fn.WithIdempotency(s, fn.IdempotencyOptions{}, func(ctx context.Context, task *fn.Task) error {
		runs.Add(1)
		time.Sleep(50 * time.Millisecond)
		return nil
	})
	task := &fn.Task{ID: "msg-1", Name: "orders", Attempt: 1}
	var wg sync.WaitGroup
	var ok, busy atomic.Int32
	for range 8 {
		wg.Go(func() {
			err := h(t.Context(), task)
			switch {
			case err == nil:
				ok.Add(1)
			case errors.Is(err, fn.ErrInProgress):
				busy.Add(1)
			default:
				t.Errorf("unexpected error: %v", err)
			}
		})
	}
	wg.Wait()
	assert.Equal(t, int32(1), runs.Load())
	assert.Equal(t, int32(8), ok.Load()+busy.Load())
	require.NoError(t, h(t.Context(), task))
	assert.Equal(t, int32(1), runs.Load(), "a later duplicate is skipped")
}

func TestFailedStore(t *testing.T) {
	ctx := t.Context()
	pool := pgtest.Pool(t)
	require.NoError(t, pgstore.Migrate(ctx, pool))
	s := pgstore.NewFailedStore(pool)

	t0 := time.Date(2024, 3, 15, 3, 0, 0, 0, time.UTC)
	require.NoError(t, s.SaveFailed(ctx, nil))
	require.NoError(t, s.SaveFailed(ctx, []fn.FailedItem{
		{Task: "cleanup", Key: "2", Payload: []byte(`{"id":2}`), Error: "locked", FailedAt: t0.Add(time.Minute)},
		{Task: "cleanup", Key: "1", Payload: []byte(`{"id":1}`), Error: "first", FailedAt: t0},
		{Task: "cleanup", Key: "1", Payload: []byte(`{"id":1}`), Error: "second", FailedAt: t0},
		{Task: "export", Key: "a", Payload: []byte(`not json`), Error: "bad", FailedAt: t0.Add(time.Hour)},
		{Task: "export", Key: "b", Error: "no payload", FailedAt: t0.Add(2 * time.Hour)},
	}))
	require.NoError(t, s.SaveFailed(ctx, []fn.FailedItem{
		{Task: "cleanup", Key: "2", Payload: []byte(`{"id":2,"retry":true}`), Error: "locked again", FailedAt: t0.Add(30 * time.Minute)},
	}))

	got, err := s.ListFailed(ctx, "cleanup", 10)
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "1", got[0].Key)
	assert.Equal(t, "second", got[0].Error, "the last of duplicate items wins")
	assert.JSONEq(t, `{"id":1}`, string(got[0].Payload))
	assert.True(t, t0.Equal(got[0].FailedAt))
	assert.Equal(t, "locked again", got[1].Error, "saving again updates")
	assert.JSONEq(t, `{"id":2,"retry":true}`, string(got[1].Payload))

	all, err := s.ListFailed(ctx, "", -1)
	require.NoError(t, err)
	require.Len(t, all, 4)
	assert.JSONEq(t, `"not json"`, string(all[2].Payload), "payloads that are not JSON are kept as strings")
	assert.JSONEq(t, `""`, string(all[3].Payload))

	one, err := s.ListFailed(ctx, "", 1)
	require.NoError(t, err)
	assert.Len(t, one, 1)

	require.NoError(t, s.DeleteFailed(ctx, "cleanup", "1"))
	require.NoError(t, s.DeleteFailed(ctx, "cleanup", "missing"))
	got, err = s.ListFailed(ctx, "cleanup", 10)
	require.NoError(t, err)
	assert.Len(t, got, 1)
}

func TestProcessBatchesWithFailedStore(t *testing.T) {
	ctx := t.Context()
	pool := pgtest.Pool(t)
	require.NoError(t, pgstore.Migrate(ctx, pool))
	s := pgstore.NewFailedStore(pool)
	ids := []int{1, 2, 3, 4, 5}
	p, err := fn.ProcessBatches(ctx, ids, fn.BatchOptions[int]{
		Task: "reindex",
		Size: 2,
		Key:  func(id int) string { return time.Duration(id).String() },
		Process: func(ctx context.Context, batch []int) error {
			if batch[0] == 3 {
				return errors.New("index unavailable")
			}
			return nil
		},
		Failed: s,
	})
	require.NoError(t, err)
	assert.Equal(t, 2, p.Failed)
	got, err := s.ListFailed(ctx, "reindex", -1)
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "3ns", got[0].Key)
	assert.JSONEq(t, `3`, string(got[0].Payload))
}

func TestOpen(t *testing.T) {
	ctx := t.Context()
	_, err := pgstore.Open(ctx, pgstore.PoolConfig{})
	assert.EqualError(t, err, "open database pool: no URL")
	_, err = pgstore.Open(ctx, pgstore.PoolConfig{URL: "postgres://user:hunter2@host:notaport/db"})
	assert.EqualError(t, err, "open database pool: the connection URL does not parse")
	_, err = pgstore.Open(ctx, pgstore.PoolConfig{URL: "postgres://h/db", MinConns: 9, MaxConns: 2})
	assert.EqualError(t, err, "open database pool: MinConns 9 exceeds MaxConns 2")

	start := time.Now()
	_, err = pgstore.Open(ctx, pgstore.PoolConfig{URL: "postgres://u@127.0.0.1:1/db?sslmode=disable", ConnectTimeout: time.Second})
	assert.ErrorContains(t, err, "open database pool")
	assert.Less(t, time.Since(start), 10*time.Second)
}

func TestOpenSettings(t *testing.T) {
	pool := pgtest.Pool(t)
	cfg := pool.Config()
	assert.Equal(t, int32(8), cfg.MaxConns)
	assert.Equal(t, time.Minute, cfg.MaxConnIdleTime)
	assert.Equal(t, 30*time.Minute, cfg.MaxConnLifetime)
	assert.Equal(t, 5*time.Second, cfg.ConnConfig.ConnectTimeout)

	p, err := pgstore.Open(t.Context(), pgstore.PoolConfig{URL: pgtest.URL(t), StatementTimeout: 1500 * time.Millisecond})
	require.NoError(t, err)
	defer p.Close()
	assert.Equal(t, int32(4), p.Config().MaxConns)
	var timeout string
	require.NoError(t, p.QueryRow(t.Context(), "SHOW statement_timeout").Scan(&timeout))
	assert.Equal(t, "1500ms", timeout)
}
