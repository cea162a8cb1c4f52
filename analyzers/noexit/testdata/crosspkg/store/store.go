// Package store opens a database and exits when it cannot: fine from main,
// wrong from a handler.
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
	db, err := open(ctx, dsn)
	if err != nil {
		log.Fatalf("open %s: %v", dsn, err)
	}
	return db
}

func open(ctx context.Context, dsn string) (*DB, error) {
	if dsn == "" {
		return nil, errors.New("no dsn")
	}
	return &DB{dsn: dsn}, ctx.Err()
}

// Open opens the database and returns the error.
func Open(ctx context.Context, dsn string) (*DB, error) { return open(ctx, dsn) }

// Get reads a key; it panics on a closed handle, and a deferred recover in
// GetSafe catches it.
func (db *DB) Get(key string) string { // want Get:"exits: panic"
	if db == nil {
		panic("store: nil DB")
	}
	return db.dsn + key
}

// GetSafe reads a key and turns a panic into an empty result.
func (db *DB) GetSafe(key string) (v string) {
	defer func() {
		if recover() != nil {
			v = ""
		}
	}()
	return db.Get(key)
}
