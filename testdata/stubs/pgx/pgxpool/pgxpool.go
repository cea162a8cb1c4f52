// Package pgxpool is a fixture stub of github.com/jackc/pgx/v5/pgxpool
// v5.12.0: the connection pool.
package pgxpool

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Config configures a pool.
type Config struct {
	ConnConfig *pgx.ConnConfig

	BeforeConnect func(context.Context, *pgx.ConnConfig) error
	AfterConnect  func(context.Context, *pgx.Conn) error
	BeforeAcquire func(context.Context, *pgx.Conn) bool
	PrepareConn   func(context.Context, *pgx.Conn) (bool, error)
	AfterRelease  func(*pgx.Conn) bool
	BeforeClose   func(*pgx.Conn)
	ShouldPing    func(context.Context, ShouldPingParams) bool

	MaxConnLifetime       time.Duration
	MaxConnLifetimeJitter time.Duration
	MaxConnIdleTime       time.Duration
	PingTimeout           time.Duration
	MaxConns              int32
	MinConns              int32
	MinIdleConns          int32
	HealthCheckPeriod     time.Duration

	createdByParseConfig bool
}

// ShouldPingParams are the arguments of Config.ShouldPing.
type ShouldPingParams struct {
	Conn         *pgx.Conn
	IdleDuration time.Duration
}

// Copy returns a copy of the config.
func (c *Config) Copy() *Config { n := *c; return &n }

// ConnString returns the connection string the config was parsed from.
func (c *Config) ConnString() string { return c.ConnConfig.ConnString() }

// Pool is a pool of connections, safe for concurrent use.
type Pool struct {
	config *Config
}

// Conn is a connection acquired from a Pool. It must be released.
type Conn struct {
	p *Pool
}

// New creates a pool from a connection string.
func New(ctx context.Context, connString string) (*Pool, error) { return nil, nil }

// NewWithConfig creates a pool from config.
func NewWithConfig(ctx context.Context, config *Config) (*Pool, error) { return nil, nil }

// ParseConfig parses a connection string.
func ParseConfig(connString string) (*Config, error) { return nil, nil }

// Close closes every connection of the pool.
func (p *Pool) Close() {}

// Acquire takes a connection from the pool.
func (p *Pool) Acquire(ctx context.Context) (c *Conn, err error) { return nil, nil }

// AcquireFunc calls f with a connection it releases afterwards.
func (p *Pool) AcquireFunc(ctx context.Context, f func(*Conn) error) error { return nil }

// Config returns a copy of the config of the pool.
func (p *Pool) Config() *Config { return p.config.Copy() }

// Exec runs sql on a pooled connection.
func (p *Pool) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	return pgconn.CommandTag{}, nil
}

// Query runs sql on a pooled connection and returns its rows.
func (p *Pool) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	return nil, nil
}

// QueryRow runs sql on a pooled connection and returns its first row.
func (p *Pool) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row { return nil }

// SendBatch sends a batch on a pooled connection.
func (p *Pool) SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults { return nil }

// Begin starts a transaction on a pooled connection.
func (p *Pool) Begin(ctx context.Context) (pgx.Tx, error) { return nil, nil }

// BeginTx starts a transaction with options on a pooled connection.
func (p *Pool) BeginTx(ctx context.Context, txOptions pgx.TxOptions) (pgx.Tx, error) {
	return nil, nil
}

// CopyFrom copies rows into a table.
func (p *Pool) CopyFrom(ctx context.Context, tableName pgx.Identifier, columnNames []string, rowSrc pgx.CopyFromSource) (int64, error) {
	return 0, nil
}

// Ping acquires a connection and checks it.
func (p *Pool) Ping(ctx context.Context) error { return nil }

// Release returns the connection to the pool.
func (c *Conn) Release() {}

// Hijack takes the connection out of the pool.
func (c *Conn) Hijack() *pgx.Conn { return nil }

// Exec runs sql.
func (c *Conn) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	return pgconn.CommandTag{}, nil
}

// Query runs sql and returns its rows.
func (c *Conn) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	return nil, nil
}

// QueryRow runs sql and returns its first row.
func (c *Conn) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row { return nil }

// SendBatch sends a batch.
func (c *Conn) SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults { return nil }

// Begin starts a transaction.
func (c *Conn) Begin(ctx context.Context) (pgx.Tx, error) { return nil, nil }

// Ping checks the connection.
func (c *Conn) Ping(ctx context.Context) error { return nil }

// Conn returns the underlying connection.
func (c *Conn) Conn() *pgx.Conn { return nil }
