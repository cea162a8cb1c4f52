package gorm

import (
	"context"
	"database/sql"
	"time"
)

// Config GORM config
type Config struct {
	SkipDefaultTransaction                   bool
	DefaultTransactionTimeout                time.Duration
	DefaultContextTimeout                    time.Duration
	FullSaveAssociations                     bool
	NowFunc                                  func() time.Time
	DryRun                                   bool
	PrepareStmt                              bool
	PrepareStmtMaxSize                       int
	PrepareStmtTTL                           time.Duration
	DisableAutomaticPing                     bool
	DisableForeignKeyConstraintWhenMigrating bool
	IgnoreRelationshipsWhenMigrating         bool
	DisableNestedTransaction                 bool
	AllowGlobalUpdate                        bool
	QueryFields                              bool
	CreateBatchSize                          int
	TranslateError                           bool
	PropagateUnscoped                        bool
	ConnPool                                 ConnPool
	Dialector
	Plugins map[string]Plugin

	_ struct{}
}

// Option gorm option interface
type Option interface {
	Apply(*Config) error
	AfterInitialize(*DB) error
}

// DB GORM DB definition
type DB struct {
	*Config
	Error        error
	RowsAffected int64
	Statement    *Statement

	_ struct{}
}

// Session session config when create session with Session() method
type Session struct {
	DryRun                   bool
	PrepareStmt              bool
	NewDB                    bool
	Initialized              bool
	SkipHooks                bool
	SkipDefaultTransaction   bool
	DisableNestedTransaction bool
	AllowGlobalUpdate        bool
	FullSaveAssociations     bool
	PropagateUnscoped        bool
	QueryFields              bool
	Context                  context.Context
	NowFunc                  func() time.Time
	CreateBatchSize          int
}

// Apply update config to new config
func (c *Config) Apply(config *Config) error { return nil }

// AfterInitialize initialize plugins after db connected
func (c *Config) AfterInitialize(db *DB) error { return nil }

// Open initialize db session based on dialector
func Open(dialector Dialector, opts ...Option) (db *DB, err error) { return nil, nil }

// Session create new db session
func (db *DB) Session(config *Session) *DB { return nil }

// WithContext change current instance db's context to ctx
func (db *DB) WithContext(ctx context.Context) *DB { return nil }

// Debug start debug mode
func (db *DB) Debug() (tx *DB) { return nil }

// DB returns `*sql.DB`
func (db *DB) DB() (*sql.DB, error) { return nil, nil }
