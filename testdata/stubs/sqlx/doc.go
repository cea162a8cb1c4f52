// Package sqlx is a fixture stub of github.com/jmoiron/sqlx v1.4.0: the
// sql.DB wrappers and their query methods.
package sqlx
