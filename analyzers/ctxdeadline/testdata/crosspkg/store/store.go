// Package store is a data-access package used by the handlers of app.
package store

import (
	"context"
	"database/sql"
	"time"
)

// DB is the pool, opened by main.
var DB *sql.DB

// Order is an order row.
type Order struct {
	ID     string
	Status string
}

// Load reads an order with no context: its callers in invocation scope
// are reported.
func Load(id string) (Order, error) { // want Load:`nocontext: \(\*sql.DB\).QueryRow ignores the handler's deadline`
	return loadRow(id)
}

func loadRow(id string) (Order, error) { // want loadRow:`nocontext: \(\*sql.DB\).QueryRow ignores the handler's deadline`
	o := Order{ID: id}
	err := DB.QueryRow(`SELECT status FROM orders WHERE id = $1`, id).Scan(&o.Status)
	return o, err
}

// Find reads an order with the caller's context: fine.
func Find(ctx context.Context, id string) (Order, error) {
	o := Order{ID: id}
	err := DB.QueryRowContext(ctx, `SELECT status FROM orders WHERE id = $1`, id).Scan(&o.Status)
	return o, err
}

// Backoff waits before a retry, whatever the deadline.
func Backoff(attempt int) { // want Backoff:`sleep: time.Sleep ignores the handler's deadline`
	time.Sleep(time.Duration(attempt) * 100 * time.Millisecond)
}

// Migrate is only called at init: reaching it from init is fine.
func Migrate() error { // want Migrate:`nocontext: \(\*sql.DB\).Exec ignores the handler's deadline`
	_, err := DB.Exec(`CREATE TABLE IF NOT EXISTS orders (id text primary key, status text)`)
	return err
}

// Status reads the status of an order with no context.
func Status(id string) (string, error) { // want Status:`nocontext: \(\*sql.DB\).QueryRow ignores the handler's deadline`
	var status string
	err := DB.QueryRow(`SELECT status FROM orders WHERE id = $1`, id).Scan(&status)
	return status, err
}

// StatusContext reads the status of an order.
func StatusContext(ctx context.Context, id string) (string, error) {
	var status string
	err := DB.QueryRowContext(ctx, `SELECT status FROM orders WHERE id = $1`, id).Scan(&status)
	return status, err
}
