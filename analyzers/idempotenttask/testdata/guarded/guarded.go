// Command guarded writes under an idempotency key, in every way the fn
// runtime offers.
package main

import (
	"context"
	"database/sql"
	"time"

	"github.com/fnlint/fnlint/fn"
)

var (
	db    *sql.DB
	store fn.IdempotencyStore
)

// charge runs its insert once per task id.
func charge(ctx context.Context, task *fn.Task) error {
	_, err := fn.RunOnce(ctx, store, task.ID, fn.IdempotencyOptions{}, func(ctx context.Context) error {
		_, err := db.ExecContext(ctx, "INSERT INTO charges (task_id) VALUES ($1)", task.ID)
		return err
	})
	return err
}

// count claims the key before counting.
func count(ctx context.Context, task *fn.Task) error {
	claim, err := store.Claim(ctx, task.ID, time.Minute)
	if err != nil {
		return err
	}
	if claim.State != fn.Claimed {
		return nil
	}
	_, err = db.ExecContext(ctx, "UPDATE stats SET n = n + 1")
	return err
}

// sloppy checks only the error of the claim: the write is not guarded.
func sloppy(ctx context.Context, task *fn.Task) error {
	if _, err := store.Claim(ctx, task.ID, time.Minute); err != nil {
		return err
	}
	_, err := db.ExecContext(ctx, "UPDATE stats SET n = n + 1") // want `SET n = n \+ … adds again on every delivery \(sloppy\)`
	return err
}

// record is wrapped by fn.WithIdempotency below.
func record(ctx context.Context, task *fn.Task) error {
	_, err := db.ExecContext(ctx, "INSERT INTO records (task_id) VALUES ($1)", task.ID)
	return err
}

func main() {
	s := &fn.Scheduler{}
	_ = s.Add("charge", "rate(5 minutes)", charge)
	_ = s.Add("count", "rate(5 minutes)", count)
	_ = s.Add("sloppy", "rate(5 minutes)", sloppy)
	_ = s.Add("record", "rate(1 hour)", fn.WithIdempotency(store, fn.IdempotencyOptions{}, record))
}
