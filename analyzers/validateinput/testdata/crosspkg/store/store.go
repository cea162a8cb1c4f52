// Package store writes transfers to Postgres with pgx.
package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"

	"example.com/fixtures/crosspkg/check"
)

// Store writes transfers.
type Store struct {
	Pool *pgxpool.Pool
}

// Record inserts a transfer.
func (s *Store) Record(ctx context.Context, t *check.Transfer) error { // want Record:`input\(sink\(2: SQL arguments of pgxpool.\(\*Pool\).Exec via \(\*Store\).insert\)\)`
	return s.insert(ctx, t.From, t.To, t.Amount)
}

func (s *Store) insert(ctx context.Context, from, to string, amount int64) error { // want insert:`input\(sink\(2: .*\) sink\(3: .*\) sink\(4: .*\)\)`
	_, err := s.Pool.Exec(ctx, "INSERT INTO transfers (src, dst, amount) VALUES ($1, $2, $3)", from, to, amount)
	return err
}

// Count counts rows: its argument is not request input.
func (s *Store) Count(ctx context.Context, table string) (int, error) { // want Count:`input\(sink\(2: SQL arguments of pgxpool.\(\*Pool\).QueryRow\)\)`
	var n int
	err := s.Pool.QueryRow(ctx, "SELECT count(*) FROM transfers WHERE kind = $1", table).Scan(&n)
	return n, err
}
