// Package sqsconsumer is an example queue consumer on the fn runtime: it
// applies order status events from SQS to an orders table.
//
// Every practice of task functions is here: the payload is validated and
// a bad one is a permanent failure; the write is an upsert guarded by the
// event's version, so a duplicate or out-of-order event changes nothing;
// deliveries are deduplicated by an idempotency store; transient failures
// are retried with backoff, then left to SQS; a message that fails for the
// last time is kept for review; and the Lambda adapter reports partial
// batch failures.
package sqsconsumer

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/fnlint/fnlint/fn"
)

// Schema creates the orders table.
const Schema = `
CREATE TABLE IF NOT EXISTS orders (
	id         text PRIMARY KEY,
	status     text NOT NULL,
	version    bigint NOT NULL,
	updated_at timestamptz NOT NULL
);
`

// MaxReceiveCount is the queue's redrive policy: after that many
// deliveries SQS moves a message to the dead-letter queue, so that
// failure is the last one.
const MaxReceiveCount = 5

// statuses are the order statuses events may carry.
var statuses = []string{"created", "paid", "shipped", "delivered", "cancelled"}

// Event is the body of a message.
type Event struct {
	OrderID string    `json:"orderId"`
	Status  string    `json:"status"`
	Version int64     `json:"version"`
	At      time.Time `json:"at"`
}

// Validate implements fn.Validator.
func (e *Event) Validate() error {
	var v fn.Validation
	v.Check(e.OrderID != "" && len(e.OrderID) <= 64, "orderId", "must be 1 to 64 characters")
	v.Check(slices.Contains(statuses, e.Status), "status", fmt.Sprintf("must be one of %v", statuses))
	v.Check(e.Version > 0, "version", "must be positive")
	v.Check(!e.At.IsZero(), "at", "is required")
	return v.Err()
}

// Consumer applies events to the orders table.
type Consumer struct {
	db *pgxpool.Pool
}

// New returns a consumer over db, a pool created at cold start.
func New(db *pgxpool.Pool) *Consumer {
	return &Consumer{db: db}
}

// upsertSQL applies an event unless the order already has this version or
// a later one.
const upsertSQL = `
INSERT INTO orders (id, status, version, updated_at)
VALUES ($1, $2, $3, $4)
ON CONFLICT (id) DO UPDATE
SET status = EXCLUDED.status, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
WHERE orders.version < EXCLUDED.version`

// Apply is the task function for one message.
func (c *Consumer) Apply(ctx context.Context, task *fn.Task) error {
	var e Event
	if err := task.Decode(&e); err != nil {
		return err
	}
	if err := e.Validate(); err != nil {
		return fn.Permanent(fmt.Errorf("message %s: %w", task.ID, err))
	}
	tag, err := c.db.Exec(ctx, upsertSQL, e.OrderID, e.Status, e.Version, e.At)
	if err != nil {
		return fmt.Errorf("apply order event: %w", err)
	}
	if tag.RowsAffected() == 0 {
		slog.InfoContext(ctx, "stale order event ignored", "order", e.OrderID, "version", e.Version)
	}
	return nil
}

// Task returns the task function to register: Apply, retried in process
// for transient failures, deduplicated by keys, with failures that are
// the last ones recorded in failed.
func (c *Consumer) Task(keys fn.IdempotencyStore, failed fn.FailedStore) fn.TaskFunc {
	retried := fn.WithRetry(fn.Backoff{Initial: 200 * time.Millisecond, Max: 2 * time.Second, Attempts: 3}, c.Apply)
	recorded := fn.OnFinalFailure(MaxReceiveCount, fn.KeepFailed(failed), retried)
	return fn.WithIdempotency(keys, fn.IdempotencyOptions{Lease: 2 * time.Minute, Retain: 14 * 24 * time.Hour}, recorded)
}
