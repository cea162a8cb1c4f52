// Package store opens its database from the environment; its tests use a
// local database with a fixture password.
package store

import (
	"database/sql"
	"os"
)

// Open opens the database named by DATABASE_URL.
func Open() (*sql.DB, error) { return sql.Open("postgres", os.Getenv("DATABASE_URL")) }
