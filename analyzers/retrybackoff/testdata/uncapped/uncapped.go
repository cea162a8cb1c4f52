// Package uncapped holds retries that never give up, and loops bounded by a
// deadline.
package uncapped

import (
	"context"
	"database/sql"
	"time"
)

// connect retries until the database answers, for ever.
func connect(db *sql.DB) {
	delay := 50 * time.Millisecond
	for { // want `retry of db.Ping has no attempt cap and no deadline; bound the attempts`
		err := db.Ping()
		if err == nil {
			return
		}
		time.Sleep(delay)
		delay *= 2
	}
}

// connectUntil retries until the error clears, for ever.
func connectUntil(db *sql.DB) error {
	err := db.Ping()
	for err != nil { // want `retry of db.Ping has no attempt cap and no deadline`
		time.Sleep(time.Duration(len(err.Error())) * time.Millisecond)
		err = db.Ping()
	}
	return nil
}

// waitForDB polls until a deadline: a constant wait is fine there.
func waitForDB(db *sql.DB, timeout time.Duration) error {
	start := time.Now()
	for {
		err := db.Ping()
		if err == nil {
			return nil
		}
		if time.Since(start) > timeout {
			return err
		}
		time.Sleep(time.Second)
	}
}

// waitForDBCtx polls until its context is done.
func waitForDBCtx(ctx context.Context, db *sql.DB) error {
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop()
	for {
		err := db.PingContext(ctx)
		if err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ticker.C:
		}
	}
}

// countdown caps the attempts with an exit on a counter.
func countdown(db *sql.DB) error {
	tries := 5
	for {
		err := db.Ping()
		if err == nil {
			return nil
		}
		tries--
		if tries == 0 {
			return err
		}
		time.Sleep(time.Duration(5-tries) * time.Second)
	}
}
