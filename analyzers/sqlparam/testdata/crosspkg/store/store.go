// Package store holds the query helpers of crosspkg/app: helpers that
// build SQL from their parameters, a query wrapper, and helpers that
// return constant or allow-listed SQL.
package store

import (
	"context"
	"database/sql"
	"fmt"
)

// Store runs queries on a database.
type Store struct {
	db *sql.DB
}

// ByID builds a lookup by pasting its parameters into the text.
func ByID(table string, id string) string { // want ByID:`sqlparam\(result 0 from params 11\)`
	return "SELECT * FROM " + table + " WHERE id = '" + id + "'"
}

// Run runs a query: its callers decide what the text is.
func (s *Store) Run(ctx context.Context, query string, args ...any) (*sql.Rows, error) { // want Run:`sqlparam\(param 2 reaches sql.\(\*DB\).QueryContext\)`
	return s.db.QueryContext(ctx, query, args...)
}

// Count builds the text from a parameter and runs it.
func (s *Store) Count(ctx context.Context, where string) (int, error) { // want Count:`sqlparam\(param 2 reaches store.\(\*Store\).Run → sql.\(\*DB\).QueryContext\)`
	rows, err := s.Run(ctx, "SELECT count(*) FROM orders WHERE "+where)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	return 0, nil
}

// SortColumn returns a column chosen from constants.
func SortColumn(sort string) string { // want SortColumn:`sqlparam\(result 0 from params 0\)`
	switch sort {
	case "name":
		return "name"
	case "total":
		return "total"
	}
	return "created_at"
}

// Page formats integers only.
func Page(limit, offset int) string { // want Page:`sqlparam\(result 0 from params 0\)`
	return fmt.Sprintf(" LIMIT %d OFFSET %d", limit, offset)
}

// OrdersQuery is set once to a constant.
var OrdersQuery = "SELECT id, total FROM orders" // want OrdersQuery:`sqlparam\(constant\)`
