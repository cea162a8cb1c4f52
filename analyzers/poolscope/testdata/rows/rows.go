// Package rows reads query results with database/sql, sqlx and pgx, leaking
// and releasing the rows in every way.
package rows

import (
	"context"
	"database/sql"
	"errors"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
)

type order struct {
	ID    string
	Total int64
}

// EarlyReturn returns from inside the loop: the rows stay open.
func EarlyReturn(ctx context.Context, db *sql.DB, customer string) ([]order, error) {
	rows, err := db.QueryContext(ctx, "SELECT id, total FROM orders WHERE customer = $1", customer) // want `rows of sql.DB.QueryContext are not closed on every path; defer rows.Close\(\) after checking the error`
	if err != nil {
		return nil, err
	}
	var out []order
	for rows.Next() {
		var o order
		if err := rows.Scan(&o.ID, &o.Total); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

// First reads one row: Next returned true, the rows stay open.
func First(ctx context.Context, pool *pgxpool.Pool, id string) (order, error) {
	var o order
	rows, err := pool.Query(ctx, "SELECT id, total FROM orders WHERE id = $1", id) // want `rows of pgxpool.Pool.Query are not closed on every path`
	if err != nil {
		return o, err
	}
	if !rows.Next() {
		return o, errors.New("not found")
	}
	err = rows.Scan(&o.ID, &o.Total)
	return o, err
}

// Break leaves the loop early and never closes.
func Break(ctx context.Context, tx *sqlx.Tx) (int, error) {
	rows, err := tx.QueryxContext(ctx, "SELECT total FROM orders") // want `rows of sqlx.Tx.QueryxContext are not closed on every path`
	if err != nil {
		return 0, err
	}
	n := 0
	for rows.Next() {
		n++
		if n == 10 {
			break
		}
	}
	return n, nil
}

// Deferred closes the rows on every path.
func Deferred(ctx context.Context, db *sql.DB) ([]order, error) {
	rows, err := db.QueryContext(ctx, "SELECT id, total FROM orders")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []order
	for rows.Next() {
		var o order
		if err := rows.Scan(&o.ID, &o.Total); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

// Exhausted iterates to the end: Next returning false closed the rows.
func Exhausted(ctx context.Context, conn *pgx.Conn) (int64, error) {
	rows, err := conn.Query(ctx, "SELECT total FROM orders")
	if err != nil {
		return 0, err
	}
	var sum int64
	for rows.Next() {
		var t int64
		_ = rows.Scan(&t)
		sum += t
	}
	return sum, rows.Err()
}

// Collected hands the rows to pgx.CollectRows, which closes them.
func Collected(ctx context.Context, pool *pgxpool.Pool) ([]order, error) {
	rows, err := pool.Query(ctx, "SELECT id, total FROM orders")
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowToStructByPos[order])
}

// Returned gives the rows to the caller, who closes them.
func Returned(ctx context.Context, db *sql.DB) (*sql.Rows, error) {
	return db.QueryContext(ctx, "SELECT id FROM orders")
}

// ExplicitClose closes on each path by hand.
func ExplicitClose(ctx context.Context, tx *sql.Tx) (bool, error) {
	rows, err := tx.QueryContext(ctx, "SELECT 1 FROM orders LIMIT 1")
	if err != nil {
		return false, err
	}
	found := rows.Next()
	if err := rows.Close(); err != nil {
		return false, err
	}
	return found, nil
}

// ClosedInClosure closes in a deferred function literal.
func ClosedInClosure(ctx context.Context, tx pgx.Tx) error {
	rows, err := tx.Query(ctx, "SELECT id FROM orders")
	if err != nil {
		return err
	}
	defer func() { rows.Close() }()
	if rows.Next() {
		return nil
	}
	return rows.Err()
}
