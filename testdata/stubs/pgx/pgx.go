// Package pgx is a fixture stub of github.com/jackc/pgx/v5 v5.12.0: the
// connection, query, batch and transaction API fnlint's checks match.
package pgx

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
)

// ConnConfig configures a connection. The stub omits the Tracer field.
type ConnConfig struct {
	pgconn.Config

	connString string

	StatementCacheCapacity   int
	DescriptionCacheCapacity int
	DefaultQueryExecMode     QueryExecMode

	createdByParseConfig bool
}

// Copy returns a copy of the config.
func (cc *ConnConfig) Copy() *ConnConfig { c := *cc; return &c }

// ConnString returns the connection string the config was parsed from.
func (cc *ConnConfig) ConnString() string { return cc.connString }

// QueryExecMode is how a query is sent to the server.
type QueryExecMode int32

// The query execution modes.
const (
	_ QueryExecMode = iota
	QueryExecModeCacheStatement
	QueryExecModeCacheDescribe
	QueryExecModeDescribeExec
	QueryExecModeExec
	QueryExecModeSimpleProtocol
)

// Conn is a PostgreSQL connection. It is not safe for concurrent use.
type Conn struct {
	pgConn *pgconn.PgConn
	config *ConnConfig
}

// Identifier is a PostgreSQL identifier or a name made of several parts.
type Identifier []string

// Sanitize returns the identifier quoted for use in SQL.
func (ident Identifier) Sanitize() string { return "" }

// NamedArgs binds @name placeholders of a query.
type NamedArgs map[string]any

// Errors of queries and transactions.
var (
	ErrNoRows           = errors.New("no rows in result set")
	ErrTooManyRows      = errors.New("too many rows in result set")
	ErrTxClosed         = errors.New("tx is closed")
	ErrTxCommitRollback = errors.New("commit unexpectedly resulted in rollback")
)

// Connect opens a connection.
func Connect(ctx context.Context, connString string) (*Conn, error) { return nil, nil }

// ConnectConfig opens a connection with config.
func ConnectConfig(ctx context.Context, connConfig *ConnConfig) (*Conn, error) { return nil, nil }

// ParseConfig parses a connection string.
func ParseConfig(connString string) (*ConnConfig, error) { return nil, nil }

// Close closes the connection.
func (c *Conn) Close(ctx context.Context) error { return nil }

// Prepare prepares a statement.
func (c *Conn) Prepare(ctx context.Context, name, sql string) (sd *pgconn.StatementDescription, err error) {
	return nil, nil
}

// IsClosed reports whether the connection is closed.
func (c *Conn) IsClosed() bool { return false }

// Ping checks the connection.
func (c *Conn) Ping(ctx context.Context) error { return nil }

// PgConn returns the underlying connection.
func (c *Conn) PgConn() *pgconn.PgConn { return c.pgConn }

// TypeMap returns the type map of the connection.
func (c *Conn) TypeMap() *pgtype.Map { return nil }

// Config returns a copy of the config of the connection.
func (c *Conn) Config() *ConnConfig { return c.config.Copy() }

// Exec runs sql.
func (c *Conn) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	return pgconn.CommandTag{}, nil
}

// Query runs sql and returns its rows.
func (c *Conn) Query(ctx context.Context, sql string, args ...any) (Rows, error) { return nil, nil }

// QueryRow runs sql and returns its first row.
func (c *Conn) QueryRow(ctx context.Context, sql string, args ...any) Row { return nil }

// SendBatch sends a batch of queries.
func (c *Conn) SendBatch(ctx context.Context, b *Batch) BatchResults { return nil }

// Begin starts a transaction.
func (c *Conn) Begin(ctx context.Context) (Tx, error) { return nil, nil }

// BeginTx starts a transaction with options.
func (c *Conn) BeginTx(ctx context.Context, txOptions TxOptions) (Tx, error) { return nil, nil }

// CopyFrom copies rows into a table.
func (c *Conn) CopyFrom(ctx context.Context, tableName Identifier, columnNames []string, rowSrc CopyFromSource) (int64, error) {
	return 0, nil
}
