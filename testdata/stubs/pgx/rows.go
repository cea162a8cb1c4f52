package pgx

import (
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
)

// Rows is the result of a query. It must be closed.
type Rows interface {
	Close()
	Err() error
	CommandTag() pgconn.CommandTag
	FieldDescriptions() []pgconn.FieldDescription
	Next() bool
	Scan(dest ...any) error
	Values() ([]any, error)
	RawValues() [][]byte
	Conn() *Conn
	TypeMap() *pgtype.Map
}

// Row is the first row of a query.
type Row interface {
	Scan(dest ...any) error
}

// CollectableRow is the part of Rows a RowToFunc may use.
type CollectableRow interface {
	FieldDescriptions() []pgconn.FieldDescription
	Scan(dest ...any) error
	Values() ([]any, error)
	RawValues() [][]byte
}

// RowToFunc converts a row to a T.
type RowToFunc[T any] func(row CollectableRow) (T, error)

// ForEachRow scans every row into scans and calls fn.
func ForEachRow(rows Rows, scans []any, fn func() error) (pgconn.CommandTag, error) {
	return pgconn.CommandTag{}, nil
}

// AppendRows appends every row, converted by fn, to slice.
func AppendRows[T any, S ~[]T](slice S, rows Rows, fn RowToFunc[T]) (S, error) { return *new(S), nil }

// CollectRows converts every row with fn.
func CollectRows[T any](rows Rows, fn RowToFunc[T]) ([]T, error) { return nil, nil }

// CollectOneRow converts the first row with fn.
func CollectOneRow[T any](rows Rows, fn RowToFunc[T]) (T, error) { return *new(T), nil }

// CollectExactlyOneRow converts the only row with fn.
func CollectExactlyOneRow[T any](rows Rows, fn RowToFunc[T]) (T, error) { return *new(T), nil }

// RowTo scans a one-column row.
func RowTo[T any](row CollectableRow) (T, error) { return *new(T), nil }

// RowToMap scans a row into a map.
func RowToMap(row CollectableRow) (map[string]any, error) { return nil, nil }

// RowToStructByName scans a row into a struct by column names.
func RowToStructByName[T any](row CollectableRow) (T, error) { return *new(T), nil }

// RowToAddrOfStructByName scans a row into a new struct by column names.
func RowToAddrOfStructByName[T any](row CollectableRow) (*T, error) { return nil, nil }

// RowToStructByPos scans a row into a struct by position.
func RowToStructByPos[T any](row CollectableRow) (T, error) { return *new(T), nil }
