package sqlx

import (
	"database/sql"
)

// NamedStmt is a prepared statement that executes named queries.
type NamedStmt struct {
	Params      []string
	QueryString string
	Stmt        *Stmt
}

// Close closes the named statement.
func (n *NamedStmt) Close() error { return nil }

// Exec executes a named statement using the struct passed.
func (n *NamedStmt) Exec(arg interface{}) (sql.Result, error) { return nil, nil }

// Query executes a named statement using the struct argument, returning rows.
func (n *NamedStmt) Query(arg interface{}) (*sql.Rows, error) { return nil, nil }

// QueryRow executes a named statement against the database.
func (n *NamedStmt) QueryRow(arg interface{}) *Row { return nil }

// MustExec execs a NamedStmt, panicing on error Any named placeholder
// parameters are replaced with fields from arg.
func (n *NamedStmt) MustExec(arg interface{}) sql.Result { return nil }

// Queryx using this NamedStmt Any named placeholder parameters are replaced
// with fields from arg.
func (n *NamedStmt) Queryx(arg interface{}) (*Rows, error) { return nil, nil }

// QueryRowx this NamedStmt.
func (n *NamedStmt) QueryRowx(arg interface{}) *Row { return nil }

// Select using this NamedStmt Any named placeholder parameters are replaced
// with fields from arg.
func (n *NamedStmt) Select(dest interface{}, arg interface{}) error { return nil }

// Get using this NamedStmt Any named placeholder parameters are replaced with
// fields from arg.
func (n *NamedStmt) Get(dest interface{}, arg interface{}) error { return nil }

// Unsafe creates an unsafe version of the NamedStmt
func (n *NamedStmt) Unsafe() *NamedStmt { return nil }

// BindNamed binds a struct or a map to a query with named parameters.
func BindNamed(bindType int, query string, arg interface{}) (string, []interface{}, error) {
	return "", nil, nil
}

// Named takes a query using named parameters and an argument and returns a
// new query with a list of args that can be executed by a database.
func Named(query string, arg interface{}) (string, []interface{}, error) { return "", nil, nil }

// NamedQuery binds a named query and then runs Query on the result using the
// provided Ext (sqlx.Tx, sqlx.Db).
func NamedQuery(e Ext, query string, arg interface{}) (*Rows, error) { return nil, nil }

// NamedExec uses BindStruct to get a query executable by the driver and then
// runs Exec on the result.
func NamedExec(e Ext, query string, arg interface{}) (sql.Result, error) { return nil, nil }
