// Package conns acquires dedicated connections from pools.
package conns

import (
	"context"
	"database/sql"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Lock takes an advisory lock on a pooled connection and never gives it
// back on the error path.
func Lock(ctx context.Context, pool *pgxpool.Pool, key int64) error {
	conn, err := pool.Acquire(ctx) // want `connection of pgxpool.Pool.Acquire is not released on every path; defer conn.Release\(\) after checking the error`
	if err != nil {
		return err
	}
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1)", key); err != nil {
		return err
	}
	conn.Release()
	return nil
}

// Session sets a session variable on a dedicated connection and forgets it.
func Session(ctx context.Context, db *sql.DB) error {
	conn, err := db.Conn(ctx) // want `connection of sql.DB.Conn is not closed on every path; defer conn.Close\(\) after checking the error`
	if err != nil {
		return err
	}
	_, err = conn.ExecContext(ctx, "SET statement_timeout = 1000")
	return err
}

// Released gives the connection back on every path.
func Released(ctx context.Context, pool *pgxpool.Pool) error {
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	_, err = conn.Exec(ctx, "SELECT 1")
	return err
}

// Hijacked takes the connection out of the pool: it is the caller's now.
func Hijacked(ctx context.Context, pool *pgxpool.Pool) error {
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return err
	}
	c := conn.Hijack()
	return c.Close(ctx)
}

// Closed closes its connection with defer.
func Closed(ctx context.Context, db *sql.DB) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.PingContext(ctx)
}

// Kept stores the connection for later.
type Kept struct{ conn *pgxpool.Conn }

// Take acquires into k.
func (k *Kept) Take(ctx context.Context, pool *pgxpool.Pool) error {
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return err
	}
	k.conn = conn
	return nil
}
