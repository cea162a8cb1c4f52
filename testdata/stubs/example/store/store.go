// Package store is a template fixture: a pgx pool created once, queried
// with parameters.
package store

import (
	"context"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Pool is created once per cold start.
var Pool *pgxpool.Pool

// Open creates Pool.
func Open(ctx context.Context, dsn string) error {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return err
	}
	cfg.MaxConns = 2
	Pool, err = pgxpool.NewWithConfig(ctx, cfg)
	return err
}

// Count counts the rows of a table named by the caller.
func Count(ctx context.Context, table string) (n int64, err error) {
	q := "SELECT count(*) FROM " + pgx.Identifier{table}.Sanitize()
	err = Pool.QueryRow(ctx, q).Scan(&n)
	return n, err
}
