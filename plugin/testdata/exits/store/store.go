// Package store opens a database and exits when it cannot: fine from main
// and package initialisation, wrong from a handler.
package store

import (
	"context"
	"errors"
	"log"
)

// DB is a database handle.
type DB struct{ dsn string }

// MustOpen opens the database or ends the process.
func MustOpen(ctx context.Context, dsn string) *DB { // want MustOpen:"exits: log.Fatalf"
	db, err := Open(ctx, dsn)
	if err != nil {
		log.Fatalf("open %s: %v", dsn, err)
	}
	return db
}

// Open opens the database and returns the error.
func Open(ctx context.Context, dsn string) (*DB, error) {
	if dsn == "" {
		return nil, errors.New("no dsn")
	}
	return &DB{dsn: dsn}, ctx.Err()
}

// Get reads a key; it panics on a nil handle.
func (db *DB) Get(key string) string {
	if db == nil {
		panic("store: nil DB")
	}
	return db.dsn + key
}
