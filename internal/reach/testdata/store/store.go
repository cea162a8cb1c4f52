// Package store is a library with no handlers: it reports nothing itself,
// and tells its importers which of its functions exit.
package store

import (
	"database/sql"
	"log"
	"os"
)

// Open opens the database or exits.
func Open(dsn string) *sql.DB { // want Open:`exits os.Exit via openDB`
	return openDB(dsn)
}

func openDB(dsn string) *sql.DB { // want openDB:`exits os.Exit`
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		os.Exit(1)
	}
	return db
}

// Store wraps a pool.
type Store struct{ db *sql.DB }

// MustPing exits when the database is down.
func (s *Store) MustPing() { // want MustPing:`exits log.Fatal`
	if err := s.db.Ping(); err != nil {
		log.Fatal(err)
	}
}

// Ping returns the error.
func (s *Store) Ping() error { return s.db.Ping() }
