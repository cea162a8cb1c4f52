// Package store opens the database, or ends the process when it cannot.
package store

import (
	"errors"
	"log"
)

// DB is a database handle.
type DB struct{ dsn string }

// MustOpen opens the database named by dsn, or exits.
func MustOpen(dsn string) *DB {
	if dsn == "" {
		log.Fatal(errors.New("store: no dsn"))
	}
	return &DB{dsn: dsn}
}

// Name returns the name of the database.
func (db *DB) Name() string { return db.dsn }
