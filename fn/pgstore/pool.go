// Package pgstore connects fn functions to PostgreSQL with
// github.com/jackc/pgx/v5: a pool sized and timed for functions, and the
// PostgreSQL implementations of the runtime's stores (idempotency keys,
// failed items).
//
// Open the pool once per cold start, in main before registering the
// function, and share it: a pool is safe for concurrent use. Call
// [Migrate] from deployment or local setup, not from functions.
package pgstore

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// PoolConfig configures [Open]. Zero values take defaults suited to
// functions: one instance serves few requests at a time, instances are
// many, and a frozen instance should not hold connections for long.
type PoolConfig struct {
	// URL is the connection string, as postgres://user@host/db. Required.
	URL string
	// MaxConns bounds the pool; 0 means 4. Multiply it by the function's
	// concurrency to size the database's max_connections.
	MaxConns int32
	// MinConns is kept open; 0 means none.
	MinConns int32
	// MaxConnIdleTime closes connections idle that long; 0 means 1 minute.
	MaxConnIdleTime time.Duration
	// MaxConnLifetime closes connections that old; 0 means 30 minutes.
	MaxConnLifetime time.Duration
	// ConnectTimeout bounds establishing a connection; 0 means 5 seconds.
	ConnectTimeout time.Duration
	// StatementTimeout, when set, makes the server cancel statements that
	// run longer.
	StatementTimeout time.Duration
}

// Open creates a pool and checks that it can connect. Call it once per
// cold start.
func Open(ctx context.Context, cfg PoolConfig) (*pgxpool.Pool, error) {
	pc, err := poolConfig(cfg)
	if err != nil {
		return nil, err
	}
	pool, err := pgxpool.NewWithConfig(ctx, pc)
	if err != nil {
		return nil, fmt.Errorf("open database pool: %w", err)
	}
	pctx, cancel := context.WithTimeout(ctx, pc.ConnConfig.ConnectTimeout)
	defer cancel()
	if err := pool.Ping(pctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open database pool: %w", err)
	}
	return pool, nil
}

// poolConfig parses cfg.URL and applies the settings of cfg.
func poolConfig(cfg PoolConfig) (*pgxpool.Config, error) {
	if cfg.URL == "" {
		return nil, errors.New("open database pool: no URL")
	}
	pc, err := pgxpool.ParseConfig(cfg.URL)
	if err != nil {
		// The parse error may quote the URL and its password: leave it out.
		return nil, errors.New("open database pool: the connection URL does not parse")
	}
	pc.MaxConns = orDefault(cfg.MaxConns, 4)
	pc.MinConns = cfg.MinConns
	pc.MaxConnIdleTime = orDefault(cfg.MaxConnIdleTime, time.Minute)
	pc.MaxConnLifetime = orDefault(cfg.MaxConnLifetime, 30*time.Minute)
	pc.ConnConfig.ConnectTimeout = orDefault(cfg.ConnectTimeout, 5*time.Second)
	if cfg.StatementTimeout > 0 {
		pc.ConnConfig.RuntimeParams["statement_timeout"] = fmt.Sprint(cfg.StatementTimeout.Milliseconds())
	}
	if pc.MinConns > pc.MaxConns {
		return nil, fmt.Errorf("open database pool: MinConns %d exceeds MaxConns %d", pc.MinConns, pc.MaxConns)
	}
	return pc, nil
}

func orDefault[T int32 | time.Duration](v, def T) T {
	if v <= 0 {
		return def
	}
	return v
}

// schema creates the tables of the stores. Every statement is idempotent.
const schema = `
CREATE TABLE IF NOT EXISTS fn_idempotency (
	key        text PRIMARY KEY,
	token      text NOT NULL,
	completed  boolean NOT NULL DEFAULT false,
	expires_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS fn_idempotency_expires_at ON fn_idempotency (expires_at);
CREATE TABLE IF NOT EXISTS fn_failed_items (
	task      text NOT NULL,
	key       text NOT NULL,
	payload   jsonb NOT NULL,
	error     text NOT NULL,
	failed_at timestamptz NOT NULL,
	PRIMARY KEY (task, key)
);
CREATE INDEX IF NOT EXISTS fn_failed_items_failed_at ON fn_failed_items (failed_at);
`

// migrateLock is the advisory lock key that serialises concurrent
// migrations ("fnlint" in ASCII).
const migrateLock = 0x666e6c696e74

// Migrate creates the tables of the stores when they do not exist. It is
// safe to run concurrently and repeatedly.
func Migrate(ctx context.Context, pool *pgxpool.Pool) error {
	return Exec(ctx, pool, schema)
}

// Exec runs statements, which must be idempotent, in a transaction that
// holds an advisory lock, so that instances starting together do not race
// on CREATE statements. Examples use it for their own schemas.
func Exec(ctx context.Context, pool *pgxpool.Pool, statements string) error {
	err := pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", int64(migrateLock)); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, statements)
		return err
	})
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}
