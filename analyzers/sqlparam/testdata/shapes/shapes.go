// Package shapes reaches sinks through local helpers, method values,
// closures, generics and interfaces.
package shapes

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"strings"
)

// Querier is what the repository needs; *sql.DB implements it.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Repo reads users.
type Repo struct {
	q     Querier
	table string
}

// newRepo sets the table from a constant.
func newRepo(db *sql.DB) *Repo { return &Repo{q: db, table: "users"} }

var repo = newRepo(nil)

// find builds the text from its parameter: its callers are checked.
func (r *Repo) find(ctx context.Context, where string) error {
	rows, err := r.q.QueryContext(ctx, "SELECT id FROM "+r.table+" WHERE "+where)
	if err != nil {
		return err
	}
	return rows.Close()
}

// like builds a pattern condition.
func like(col, term string) string {
	return fmt.Sprintf("%s LIKE '%%%s%%'", col, term)
}

// join joins conditions of any string type.
func join[S ~string](conds ...S) string {
	parts := make([]string, len(conds))
	for i, c := range conds {
		parts[i] = string(c)
	}
	return strings.Join(parts, " AND ")
}

type cond string

// Search reaches the interface sink through a helper and a method value.
func Search(w http.ResponseWriter, r *http.Request) {
	term := r.URL.Query().Get("q")
	_ = repo.find(r.Context(), like("name", term)) // want `query built by like from request input \(Values.Get\) reaches shapes.\(Querier\).QueryContext via \(\*Repo\).find`
	find := repo.find
	_ = find(r.Context(), "email = '"+term+"'")                             // want `reaches shapes.\(Querier\).QueryContext via \(\*Repo\).find`
	_ = repo.find(r.Context(), join(cond("a = 1"), cond("b = '"+term+"'"))) // want `query built by join from request input`

	// Quiet: constants through the same helpers.
	_ = repo.find(r.Context(), like("name", "bob"))
	_ = find(r.Context(), "active")
	_ = repo.find(r.Context(), join(cond("a = 1"), cond("b = 2")))
}

// Async runs the query in a goroutine closure.
func Async(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	go func() {
		_, _ = repo.q.QueryContext(context.Background(), "SELECT 1 FROM t WHERE id = "+id) // want `reaches shapes.\(Querier\).QueryContext`
	}()
	go func() {
		_, _ = repo.q.QueryContext(context.Background(), "SELECT 1 FROM t WHERE id = $1", id)
	}()
}
