package pgstore

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/fnlint/fnlint/fn"
)

// IdempotencyStore is an fn.IdempotencyStore in the table fn_idempotency,
// shared by every instance of a function. Times come from the database's
// clock, so instances need not agree on theirs.
type IdempotencyStore struct {
	pool *pgxpool.Pool
}

// NewIdempotencyStore returns a store using pool. Run [Migrate] first.
func NewIdempotencyStore(pool *pgxpool.Pool) *IdempotencyStore {
	return &IdempotencyStore{pool: pool}
}

var _ fn.IdempotencyStore = (*IdempotencyStore)(nil)

// claimSQL takes a key that is new, or whose claim or retention expired.
// A key held by a live claim or completed and retained is left alone, and
// RETURNING gives no row.
const claimSQL = `
INSERT INTO fn_idempotency AS i (key, token, completed, expires_at)
VALUES ($1, $2, false, now() + $3 * interval '1 millisecond')
ON CONFLICT (key) DO UPDATE
SET token = EXCLUDED.token, completed = false, expires_at = EXCLUDED.expires_at
WHERE i.expires_at <= now()
RETURNING token`

// Claim implements fn.IdempotencyStore.
func (s *IdempotencyStore) Claim(ctx context.Context, key string, lease time.Duration) (fn.Claim, error) {
	token := rand.Text()
	var got string
	err := s.pool.QueryRow(ctx, claimSQL, key, token, lease.Milliseconds()).Scan(&got)
	if err == nil {
		return fn.Claim{State: fn.Claimed, Token: got}, nil
	}
	if !errors.Is(err, pgx.ErrNoRows) {
		return fn.Claim{}, fmt.Errorf("claim: %w", err)
	}
	var completed bool
	err = s.pool.QueryRow(ctx, "SELECT completed FROM fn_idempotency WHERE key = $1", key).Scan(&completed)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		// Purged between the two statements: let the caller try later.
		return fn.Claim{State: fn.InProgress}, nil
	case err != nil:
		return fn.Claim{}, fmt.Errorf("claim: %w", err)
	case completed:
		return fn.Claim{State: fn.Completed}, nil
	}
	return fn.Claim{State: fn.InProgress}, nil
}

// Complete implements fn.IdempotencyStore.
func (s *IdempotencyStore) Complete(ctx context.Context, key, token string, retain time.Duration) error {
	tag, err := s.pool.Exec(ctx, `
UPDATE fn_idempotency
SET completed = true, expires_at = now() + $3 * interval '1 millisecond'
WHERE key = $1 AND token = $2 AND NOT completed`, key, token, retain.Milliseconds())
	if err != nil {
		return fmt.Errorf("complete: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return fn.ErrLeaseLost
	}
	return nil
}

// Release implements fn.IdempotencyStore.
func (s *IdempotencyStore) Release(ctx context.Context, key, token string) error {
	tag, err := s.pool.Exec(ctx, "DELETE FROM fn_idempotency WHERE key = $1 AND token = $2 AND NOT completed", key, token)
	if err != nil {
		return fmt.Errorf("release: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return fn.ErrLeaseLost
	}
	return nil
}

// PurgeExpired deletes up to limit keys whose claim or retention expired
// and returns how many it deleted. A cleanup task calls it until it
// returns less than limit.
func (s *IdempotencyStore) PurgeExpired(ctx context.Context, limit int) (int64, error) {
	tag, err := s.pool.Exec(ctx, `
DELETE FROM fn_idempotency
WHERE key IN (SELECT key FROM fn_idempotency WHERE expires_at <= now() ORDER BY expires_at LIMIT $1)`, limit)
	if err != nil {
		return 0, fmt.Errorf("purge idempotency keys: %w", err)
	}
	return tag.RowsAffected(), nil
}
