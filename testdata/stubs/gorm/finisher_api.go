package gorm

import (
	"database/sql"
)

// Create inserts value, returning the inserted data's primary key in value's
// id
func (db *DB) Create(value interface{}) (tx *DB) { return nil }

// Save updates value in database.
func (db *DB) Save(value interface{}) (tx *DB) { return nil }

// First finds the first record ordered by primary key, matching given
// conditions conds
func (db *DB) First(dest interface{}, conds ...interface{}) (tx *DB) { return nil }

// Take finds the first record returned by the database in no specified order,
// matching given conditions conds
func (db *DB) Take(dest interface{}, conds ...interface{}) (tx *DB) { return nil }

// Last finds the last record ordered by primary key, matching given
// conditions conds
func (db *DB) Last(dest interface{}, conds ...interface{}) (tx *DB) { return nil }

// Find finds all records matching given conditions conds
func (db *DB) Find(dest interface{}, conds ...interface{}) (tx *DB) { return nil }

// Update updates column with value using callbacks.
func (db *DB) Update(column string, value interface{}) (tx *DB) { return nil }

// Updates updates attributes using callbacks.
func (db *DB) Updates(values interface{}) (tx *DB) { return nil }

// Delete deletes value matching given conditions.
func (db *DB) Delete(value interface{}, conds ...interface{}) (tx *DB) { return nil }

// Count stores in count the number of records the query matches.
func (db *DB) Count(count *int64) (tx *DB) { return nil }

// Row runs the query and returns its first row.
func (db *DB) Row() *sql.Row { return nil }

// Rows runs the query and returns its rows.
func (db *DB) Rows() (*sql.Rows, error) { return nil, nil }

// Scan scans selected value to the struct dest
func (db *DB) Scan(dest interface{}) (tx *DB) { return nil }

// Pluck queries a single column from a model, returning in the slice dest.
func (db *DB) Pluck(column string, dest interface{}) (tx *DB) { return nil }

// Transaction start a transaction as a block, return error will rollback,
// otherwise to commit.
func (db *DB) Transaction(fc func(tx *DB) error, opts ...*sql.TxOptions) (err error) { return nil }

// Begin begins a transaction with any transaction options opts
func (db *DB) Begin(opts ...*sql.TxOptions) *DB { return nil }

// Commit commits the changes in a transaction
func (db *DB) Commit() *DB { return nil }

// Rollback rollbacks the changes in a transaction
func (db *DB) Rollback() *DB { return nil }

// Exec executes raw sql
func (db *DB) Exec(sql string, values ...interface{}) (tx *DB) { return nil }
