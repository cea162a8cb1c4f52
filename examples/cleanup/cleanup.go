// Package cleanup is an example scheduled task on the fn runtime: every
// night it purges the users deleted more than a retention period ago, in
// small batches, keeping those it could not purge for review, then drops
// expired idempotency keys.
//
// The task is idempotent: its cutoff derives from the run's scheduled
// time, not from the clock, and deleting what is already gone does
// nothing, so a retried run does the same work.
package cleanup

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/fnlint/fnlint/fn"
	"github.com/fnlint/fnlint/fn/pgstore"
)

// Schedule runs the task at 03:00 UTC every day.
const Schedule = "cron(0 3 * * ? *)"

// Name names the task in logs and in the failed-item store.
const Name = "cleanup"

// maxUsers bounds the users one run purges: the rest waits for the next
// run, which keeps a run well within the function's timeout.
const maxUsers = 2000

// errNotPurged marks a user that was no longer deleted, or no longer
// there, when its batch ran.
var errNotPurged = errors.New("user not purged: restored or already gone")

// Task is the cleanup task.
type Task struct {
	db        *pgxpool.Pool
	keys      *pgstore.IdempotencyStore
	failed    fn.FailedStore
	retention time.Duration
}

// New returns the task. Users deleted more than retention before a run's
// scheduled time are purged.
func New(db *pgxpool.Pool, failed fn.FailedStore, retention time.Duration) *Task {
	return &Task{db: db, keys: pgstore.NewIdempotencyStore(db), failed: failed, retention: retention}
}

// Run is the task function.
func (c *Task) Run(ctx context.Context, task *fn.Task) error {
	if task.ScheduledAt.IsZero() {
		return fn.Permanent(errors.New("cleanup: the run has no scheduled time"))
	}
	cutoff := task.ScheduledAt.Add(-c.retention)
	ids, err := c.deletedBefore(ctx, cutoff)
	if err != nil {
		return err
	}
	p, err := fn.ProcessBatches(ctx, ids, fn.BatchOptions[int64]{
		Task:    Name,
		Size:    50,
		Key:     func(id int64) string { return strconv.FormatInt(id, 10) },
		Process: func(ctx context.Context, batch []int64) error { return c.purge(ctx, batch, cutoff) },
		Failed:  c.failed,
		OnProgress: func(ctx context.Context, p fn.Progress) {
			slog.InfoContext(ctx, "cleanup progress", "run", task.ID, "done", p.Done, "total", p.Total, "failed", p.Failed)
		},
	})
	if err != nil {
		return err
	}
	keys, err := c.keys.PurgeExpired(ctx, 10000)
	if err != nil {
		return err
	}
	slog.InfoContext(ctx, "cleanup done", "run", task.ID, "usersPurged", p.Done-p.Failed, "usersFailed", p.Failed, "keysPurged", keys)
	return nil
}

// deletedBefore returns the ids of users deleted before cutoff.
func (c *Task) deletedBefore(ctx context.Context, cutoff time.Time) ([]int64, error) {
	rows, err := c.db.Query(ctx, "SELECT id FROM users WHERE deleted_at < $1 ORDER BY id LIMIT $2", cutoff, maxUsers)
	if err != nil {
		return nil, fmt.Errorf("list deleted users: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("list deleted users: %w", err)
	}
	return ids, nil
}

// purge deletes a batch of users with one statement and reports those it
// did not delete.
func (c *Task) purge(ctx context.Context, batch []int64, cutoff time.Time) error {
	rows, err := c.db.Query(ctx, "DELETE FROM users WHERE id = ANY($1) AND deleted_at < $2 RETURNING id", batch, cutoff)
	if err != nil {
		return fmt.Errorf("purge users: %w", err)
	}
	deleted, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return fmt.Errorf("purge users: %w", err)
	}
	gone := make(map[int64]bool, len(deleted))
	for _, id := range deleted {
		gone[id] = true
	}
	failed := fn.ItemErrors{}
	for i, id := range batch {
		if !gone[id] {
			failed[i] = errNotPurged
		}
	}
	if len(failed) > 0 {
		return failed
	}
	return nil
}
