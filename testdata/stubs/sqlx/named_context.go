package sqlx

import (
	"context"
	"database/sql"
)

// ExecContext executes a named statement using the struct passed.
func (n *NamedStmt) ExecContext(ctx context.Context, arg interface{}) (sql.Result, error) {
	return nil, nil
}

// QueryContext executes a named statement using the struct argument,
// returning rows.
func (n *NamedStmt) QueryContext(ctx context.Context, arg interface{}) (*sql.Rows, error) {
	return nil, nil
}

// QueryRowContext executes a named statement against the database.
func (n *NamedStmt) QueryRowContext(ctx context.Context, arg interface{}) *Row { return nil }

// MustExecContext execs a NamedStmt, panicing on error Any named placeholder
// parameters are replaced with fields from arg.
func (n *NamedStmt) MustExecContext(ctx context.Context, arg interface{}) sql.Result { return nil }

// QueryxContext using this NamedStmt Any named placeholder parameters are
// replaced with fields from arg.
func (n *NamedStmt) QueryxContext(ctx context.Context, arg interface{}) (*Rows, error) {
	return nil, nil
}

// QueryRowxContext this NamedStmt.
func (n *NamedStmt) QueryRowxContext(ctx context.Context, arg interface{}) *Row { return nil }

// SelectContext using this NamedStmt Any named placeholder parameters are
// replaced with fields from arg.
func (n *NamedStmt) SelectContext(ctx context.Context, dest interface{}, arg interface{}) error {
	return nil
}

// GetContext using this NamedStmt Any named placeholder parameters are
// replaced with fields from arg.
func (n *NamedStmt) GetContext(ctx context.Context, dest interface{}, arg interface{}) error {
	return nil
}

// NamedQueryContext binds a named query and then runs Query on the result
// using the provided Ext (sqlx.Tx, sqlx.Db).
func NamedQueryContext(ctx context.Context, e ExtContext, query string, arg interface{}) (*Rows, error) {
	return nil, nil
}

// NamedExecContext uses BindStruct to get a query executable by the driver
// and then runs Exec on the result.
func NamedExecContext(ctx context.Context, e ExtContext, query string, arg interface{}) (sql.Result, error) {
	return nil, nil
}
