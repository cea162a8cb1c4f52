// Package main runs statements through a wrapper that passes its
// parameter to a sink from inside a transaction callback, as fn/pgstore's
// Exec does: the wrapper's callers are checked, not the callback.
package main

import (
	"context"
	"fmt"
	"net/http"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

var pool *pgxpool.Pool

const schema = `CREATE TABLE IF NOT EXISTS notes (id bigint PRIMARY KEY, body text)`

// exec runs statements in a transaction.
func exec(ctx context.Context, statements string) error {
	return pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, statements)
		return err
	})
}

// execNested passes its parameter on from a closure inside a closure.
func execNested(ctx context.Context, statements string) error {
	return pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		run := func() error {
			_, err := tx.Exec(ctx, statements)
			return err
		}
		return run()
	})
}

func migrate(ctx context.Context) error {
	if err := exec(ctx, schema); err != nil { // a constant: fine
		return err
	}
	return execNested(ctx, schema+"; CREATE INDEX IF NOT EXISTS notes_body ON notes (body)")
}

func purge(w http.ResponseWriter, r *http.Request) {
	table := r.URL.Query().Get("table")
	if err := exec(r.Context(), "DELETE FROM "+table); err != nil { // want `query built from request input .* reaches pgx.\(Tx\).Exec via exec; pass values as query arguments`
		http.Error(w, "purge failed", http.StatusInternalServerError)
		return
	}
	if err := execNested(r.Context(), fmt.Sprintf("VACUUM %s", table)); err != nil { // want `query built from request input .* reaches pgx.\(Tx\).Exec via execNested; pass values as query arguments`
		http.Error(w, "vacuum failed", http.StatusInternalServerError)
	}
}

func main() {
	if err := migrate(context.Background()); err != nil {
		panic(err)
	}
	http.HandleFunc("/purge", purge)
	_ = http.ListenAndServe(":8080", nil)
}
