package pgstore

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/fnlint/fnlint/fn"
)

// FailedStore is an fn.FailedStore in the table fn_failed_items.
type FailedStore struct {
	pool *pgxpool.Pool
}

// NewFailedStore returns a store using pool. Run [Migrate] first.
func NewFailedStore(pool *pgxpool.Pool) *FailedStore {
	return &FailedStore{pool: pool}
}

var _ fn.FailedStore = (*FailedStore)(nil)

// saveSQL upserts a batch of items in one statement.
const saveSQL = `
INSERT INTO fn_failed_items (task, key, payload, error, failed_at)
SELECT u.task, u.key, u.payload::jsonb, u.error, u.failed_at
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS u(task, key, payload, error, failed_at)
ON CONFLICT (task, key) DO UPDATE
SET payload = EXCLUDED.payload, error = EXCLUDED.error, failed_at = EXCLUDED.failed_at`

// SaveFailed implements fn.FailedStore. It writes all items with one
// statement; of items with the same task and key, the last one wins.
func (s *FailedStore) SaveFailed(ctx context.Context, items []fn.FailedItem) error {
	if len(items) == 0 {
		return nil
	}
	last := make(map[[2]string]int, len(items))
	for i, it := range items {
		last[[2]string{it.Task, it.Key}] = i
	}
	var tasks, keys, payloads, errs []string
	var times []time.Time
	for i, it := range items {
		if last[[2]string{it.Task, it.Key}] != i {
			continue
		}
		payload := string(it.Payload)
		if !json.Valid(it.Payload) {
			b, _ := json.Marshal(payload)
			payload = string(b)
		}
		tasks = append(tasks, it.Task)
		keys = append(keys, it.Key)
		payloads = append(payloads, payload)
		errs = append(errs, it.Error)
		times = append(times, it.FailedAt)
	}
	if _, err := s.pool.Exec(ctx, saveSQL, tasks, keys, payloads, errs, times); err != nil {
		return fmt.Errorf("save failed items: %w", err)
	}
	return nil
}

// ListFailed implements fn.FailedStore. A negative limit lists every item.
func (s *FailedStore) ListFailed(ctx context.Context, task string, limit int) ([]fn.FailedItem, error) {
	var lim *int
	if limit >= 0 {
		lim = &limit
	}
	rows, err := s.pool.Query(ctx, `
SELECT task, key, payload::text, error, failed_at
FROM fn_failed_items
WHERE $1 = '' OR task = $1
ORDER BY failed_at, task, key
LIMIT $2`, task, lim)
	if err != nil {
		return nil, fmt.Errorf("list failed items: %w", err)
	}
	items, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (fn.FailedItem, error) {
		var it fn.FailedItem
		var payload string
		err := row.Scan(&it.Task, &it.Key, &payload, &it.Error, &it.FailedAt)
		it.Payload = json.RawMessage(payload)
		return it, err
	})
	if err != nil {
		return nil, fmt.Errorf("list failed items: %w", err)
	}
	return items, nil
}

// DeleteFailed implements fn.FailedStore.
func (s *FailedStore) DeleteFailed(ctx context.Context, task, key string) error {
	if _, err := s.pool.Exec(ctx, "DELETE FROM fn_failed_items WHERE task = $1 AND key = $2", task, key); err != nil {
		return fmt.Errorf("delete failed item: %w", err)
	}
	return nil
}
