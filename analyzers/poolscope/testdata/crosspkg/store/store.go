// Package store is a library with no handlers: it reports nothing itself,
// and tells its importers which of its functions create pools.
package store

import (
	"context"
	"database/sql"
	"net/http"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Store holds the pool.
type Store struct{ db *sql.DB }

// Open opens the database.
func Open() (*Store, error) { // want Open:`creates sql.Open via openDB`
	db, err := openDB(os.Getenv("DATABASE_URL"))
	if err != nil {
		return nil, err
	}
	return &Store{db: db}, nil
}

func openDB(dsn string) (*sql.DB, error) { // want openDB:`creates sql.Open`
	return sql.Open("postgres", dsn)
}

// Pool opens a pgx pool.
func Pool(ctx context.Context) (*pgxpool.Pool, error) { // want Pool:`creates pgxpool.New`
	return pgxpool.New(ctx, os.Getenv("DATABASE_URL"))
}

// Client builds an HTTP client with its own transport.
func Client() *http.Client { // want Client:`creates http.Transport`
	return &http.Client{Transport: &http.Transport{MaxIdleConns: 4}}
}

// Count counts orders with the pool of s: no creation.
func (s *Store) Count(ctx context.Context) (n int, err error) {
	err = s.db.QueryRowContext(ctx, "SELECT count(*) FROM orders").Scan(&n)
	return n, err
}
