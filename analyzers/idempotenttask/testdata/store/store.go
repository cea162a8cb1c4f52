// Package store is a library whose writes are reached from a task handler
// in another package.
package store

import (
	"context"
	"database/sql"
)

// Store writes events.
type Store struct{ DB *sql.DB }

// Record records an event; it is not safe to run twice.
func (s *Store) Record(ctx context.Context, id, body string) error { // want Record:`write\(insert\)`
	return s.insert(ctx, id, body)
}

func (s *Store) insert(ctx context.Context, id, body string) error { // want insert:`write\(insert\)`
	_, err := s.DB.ExecContext(ctx, "INSERT INTO events (id, body) VALUES ($1, $2)", id, body)
	return err
}

// Upsert records an event once.
func (s *Store) Upsert(ctx context.Context, id, body string) error {
	_, err := s.DB.ExecContext(ctx, "INSERT INTO events (id, body) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body", id, body)
	return err
}
