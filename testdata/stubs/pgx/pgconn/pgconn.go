// Package pgconn is a fixture stub of github.com/jackc/pgx/v5/pgconn
// v5.12.0: command tags, errors and connection configuration.
package pgconn

import (
	"context"
	"crypto/tls"
	"time"
)

// Config configures a connection. The stub declares the connection fields
// fixtures set and omits the hooks (DialFunc, OnNotice, ...).
type Config struct {
	Host           string
	Port           uint16
	Database       string
	User           string
	Password       string
	TLSConfig      *tls.Config
	ConnectTimeout time.Duration

	RuntimeParams map[string]string

	OAuthTokenProvider func(context.Context) (string, error)

	createdByParseConfig bool
}

// PgConn is a low-level PostgreSQL connection.
type PgConn struct {
	config *Config
}

// CommandTag is the status text of a command.
type CommandTag struct {
	s string
}

// NewCommandTag returns the CommandTag of s.
func NewCommandTag(s string) CommandTag { return CommandTag{s: s} }

// RowsAffected returns the number of rows the command affected.
func (ct CommandTag) RowsAffected() int64 { return 0 }

// String returns the status text.
func (ct CommandTag) String() string { return ct.s }

// Insert reports whether the command was an INSERT.
func (ct CommandTag) Insert() bool { return false }

// Update reports whether the command was an UPDATE.
func (ct CommandTag) Update() bool { return false }

// Delete reports whether the command was a DELETE.
func (ct CommandTag) Delete() bool { return false }

// Select reports whether the command was a SELECT.
func (ct CommandTag) Select() bool { return false }

// FieldDescription describes a column of a result.
type FieldDescription struct {
	Name                 string
	TableOID             uint32
	TableAttributeNumber uint16
	DataTypeOID          uint32
	DataTypeSize         int16
	TypeModifier         int32
	Format               int16
}

// StatementDescription describes a prepared statement.
type StatementDescription struct {
	Name      string
	SQL       string
	ParamOIDs []uint32
	Fields    []FieldDescription
}

// PgError is an error reported by the server.
type PgError struct {
	Severity            string
	SeverityUnlocalized string
	Code                string
	Message             string
	Detail              string
	Hint                string
	Position            int32
	InternalPosition    int32
	InternalQuery       string
	Where               string
	SchemaName          string
	TableName           string
	ColumnName          string
	DataTypeName        string
	ConstraintName      string
	File                string
	Line                int32
	Routine             string
}

// Error implements error.
func (pe *PgError) Error() string { return pe.Severity + ": " + pe.Message }

// SQLState returns the SQLSTATE code of the error.
func (pe *PgError) SQLState() string { return pe.Code }
