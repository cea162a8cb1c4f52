package sqlx

import (
	"database/sql"

	"github.com/jmoiron/sqlx/reflectx"
)

// ColScanner is an interface used by MapScan and SliceScan
type ColScanner interface {
	Columns() ([]string, error)
	Scan(dest ...interface{}) error
	Err() error
}

// Queryer is an interface used by Get and Select
type Queryer interface {
	Query(query string, args ...interface{}) (*sql.Rows, error)
	Queryx(query string, args ...interface{}) (*Rows, error)
	QueryRowx(query string, args ...interface{}) *Row
}

// Execer is an interface used by MustExec and LoadFile
type Execer interface {
	Exec(query string, args ...interface{}) (sql.Result, error)
}

// binder mirrors the real binder.
type binder interface {
	DriverName() string
	Rebind(string) string
	BindNamed(string, interface{}) (string, []interface{}, error)
}

// Ext is a union interface which can bind, query, and exec, used by
// NamedQuery and NamedExec.
type Ext interface {
	binder
	Queryer
	Execer
}

// Preparer is an interface used by Preparex.
type Preparer interface {
	Prepare(query string) (*sql.Stmt, error)
}

// Row is a reimplementation of sql.Row in order to gain access to the
// underlying sql.Rows.Columns() data, necessary for StructScan.
type Row struct {
	Mapper *reflectx.Mapper

	_ struct{}
}

// DB is a wrapper around sql.DB which keeps track of the driverName upon
// Open, used mostly to automatically bind named queries using the right
// bindvars.
type DB struct {
	*sql.DB
	Mapper *reflectx.Mapper

	_ struct{}
}

// Conn is a wrapper around sql.Conn with extra functionality
type Conn struct {
	*sql.Conn
	Mapper *reflectx.Mapper

	_ struct{}
}

// Tx is an sqlx wrapper around sql.Tx with extra functionality
type Tx struct {
	*sql.Tx
	Mapper *reflectx.Mapper

	_ struct{}
}

// Stmt is an sqlx wrapper around sql.Stmt with extra functionality
type Stmt struct {
	*sql.Stmt
	Mapper *reflectx.Mapper

	_ struct{}
}

// Rows is a wrapper around sql.Rows which caches costly reflect operations
// during a looped StructScan
type Rows struct {
	*sql.Rows
	Mapper *reflectx.Mapper

	_ struct{}
}

// Scan is a fixed implementation of sql.Row.Scan, which does not discard the
// underlying error from the internal rows object if it exists.
func (r *Row) Scan(dest ...interface{}) error { return nil }

// Columns returns the underlying sql.Rows.Columns(), or the deferred error
// usually returned by Row.Scan()
func (r *Row) Columns() ([]string, error) { return nil, nil }

// Err returns the error encountered while scanning.
func (r *Row) Err() error { return nil }

// NewDb returns a new sqlx DB wrapper for a pre-existing *sql.DB.
func NewDb(db *sql.DB, driverName string) *DB { return nil }

// DriverName returns the driverName passed to the Open function for this DB.
func (db *DB) DriverName() string { return "" }

// Open is the same as sql.Open, but returns an *sqlx.DB instead.
func Open(driverName, dataSourceName string) (*DB, error) { return nil, nil }

// MustOpen is the same as sql.Open, but returns an *sqlx.DB instead and
// panics on error.
func MustOpen(driverName, dataSourceName string) *DB { return nil }

// Rebind transforms a query from QUESTION to the DB driver's bindvar type.
func (db *DB) Rebind(query string) string { return "" }

// Unsafe returns a version of DB which will silently succeed to scan when
// columns in the SQL result have no fields in the destination struct.
func (db *DB) Unsafe() *DB { return nil }

// BindNamed binds a query using the DB driver's bindvar type.
func (db *DB) BindNamed(query string, arg interface{}) (string, []interface{}, error) {
	return "", nil, nil
}

// NamedQuery using this DB.
func (db *DB) NamedQuery(query string, arg interface{}) (*Rows, error) { return nil, nil }

// NamedExec using this DB.
func (db *DB) NamedExec(query string, arg interface{}) (sql.Result, error) { return nil, nil }

// Select using this DB.
func (db *DB) Select(dest interface{}, query string, args ...interface{}) error { return nil }

// Get using this DB.
func (db *DB) Get(dest interface{}, query string, args ...interface{}) error { return nil }

// MustBegin starts a transaction, and panics on error.
func (db *DB) MustBegin() *Tx { return nil }

// Beginx begins a transaction and returns an *sqlx.Tx instead of an *sql.Tx.
func (db *DB) Beginx() (*Tx, error) { return nil, nil }

// Queryx queries the database and returns an *sqlx.Rows.
func (db *DB) Queryx(query string, args ...interface{}) (*Rows, error) { return nil, nil }

// QueryRowx queries the database and returns an *sqlx.Row.
func (db *DB) QueryRowx(query string, args ...interface{}) *Row { return nil }

// MustExec (panic) runs MustExec using this database.
func (db *DB) MustExec(query string, args ...interface{}) sql.Result { return nil }

// Preparex returns an sqlx.Stmt instead of a sql.Stmt
func (db *DB) Preparex(query string) (*Stmt, error) { return nil, nil }

// PrepareNamed returns an sqlx.NamedStmt
func (db *DB) PrepareNamed(query string) (*NamedStmt, error) { return nil, nil }

// DriverName returns the driverName used by the DB which began this
// transaction.
func (tx *Tx) DriverName() string { return "" }

// Rebind a query within a transaction's bindvar type.
func (tx *Tx) Rebind(query string) string { return "" }

// Unsafe returns a version of Tx which will silently succeed to scan when
// columns in the SQL result have no fields in the destination struct.
func (tx *Tx) Unsafe() *Tx { return nil }

// BindNamed binds a query within a transaction's bindvar type.
func (tx *Tx) BindNamed(query string, arg interface{}) (string, []interface{}, error) {
	return "", nil, nil
}

// NamedQuery within a transaction.
func (tx *Tx) NamedQuery(query string, arg interface{}) (*Rows, error) { return nil, nil }

// NamedExec a named query within a transaction.
func (tx *Tx) NamedExec(query string, arg interface{}) (sql.Result, error) { return nil, nil }

// Select within a transaction.
func (tx *Tx) Select(dest interface{}, query string, args ...interface{}) error { return nil }

// Queryx within a transaction.
func (tx *Tx) Queryx(query string, args ...interface{}) (*Rows, error) { return nil, nil }

// QueryRowx within a transaction.
func (tx *Tx) QueryRowx(query string, args ...interface{}) *Row { return nil }

// Get within a transaction.
func (tx *Tx) Get(dest interface{}, query string, args ...interface{}) error { return nil }

// MustExec runs MustExec within a transaction.
func (tx *Tx) MustExec(query string, args ...interface{}) sql.Result { return nil }

// Preparex a statement within a transaction.
func (tx *Tx) Preparex(query string) (*Stmt, error) { return nil, nil }

// Stmtx returns a version of the prepared statement which runs within a
// transaction.
func (tx *Tx) Stmtx(stmt interface{}) *Stmt { return nil }

// NamedStmt returns a version of the prepared statement which runs within a
// transaction.
func (tx *Tx) NamedStmt(stmt *NamedStmt) *NamedStmt { return nil }

// PrepareNamed returns an sqlx.NamedStmt
func (tx *Tx) PrepareNamed(query string) (*NamedStmt, error) { return nil, nil }

// Unsafe returns a version of Stmt which will silently succeed to scan when
// columns in the SQL result have no fields in the destination struct.
func (s *Stmt) Unsafe() *Stmt { return nil }

// Select using the prepared statement.
func (s *Stmt) Select(dest interface{}, args ...interface{}) error { return nil }

// Get using the prepared statement.
func (s *Stmt) Get(dest interface{}, args ...interface{}) error { return nil }

// MustExec (panic) using this statement.
func (s *Stmt) MustExec(args ...interface{}) sql.Result { return nil }

// QueryRowx using this statement.
func (s *Stmt) QueryRowx(args ...interface{}) *Row { return nil }

// Queryx using this statement.
func (s *Stmt) Queryx(args ...interface{}) (*Rows, error) { return nil, nil }

// SliceScan using this Rows.
func (r *Rows) SliceScan() ([]interface{}, error) { return nil, nil }

// MapScan using this Rows.
func (r *Rows) MapScan(dest map[string]interface{}) error { return nil }

// StructScan is like sql.Rows.Scan, but scans a single Row into a single
// Struct.
func (r *Rows) StructScan(dest interface{}) error { return nil }

// Connect to a database and verify with a ping.
func Connect(driverName, dataSourceName string) (*DB, error) { return nil, nil }

// MustConnect connects to a database and panics on error.
func MustConnect(driverName, dataSourceName string) *DB { return nil }

// Preparex prepares a statement.
func Preparex(p Preparer, query string) (*Stmt, error) { return nil, nil }

// Select executes a query using the provided Queryer, and StructScans each
// row into dest, which must be a slice.
func Select(q Queryer, dest interface{}, query string, args ...interface{}) error { return nil }

// Get does a QueryRow using the provided Queryer, and scans the resulting row
// to dest.
func Get(q Queryer, dest interface{}, query string, args ...interface{}) error { return nil }

// MustExec execs the query using e and panics if there was an error.
func MustExec(e Execer, query string, args ...interface{}) sql.Result { return nil }

// SliceScan using this Rows.
func (r *Row) SliceScan() ([]interface{}, error) { return nil, nil }

// MapScan using this Rows.
func (r *Row) MapScan(dest map[string]interface{}) error { return nil }

// StructScan a single Row into dest.
func (r *Row) StructScan(dest interface{}) error { return nil }
