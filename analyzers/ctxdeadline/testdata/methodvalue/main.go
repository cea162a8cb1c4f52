// Package main reaches database calls through method values, interfaces
// and generics.
package main

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/jmoiron/sqlx"
)

var db *sql.DB

// querier has both forms: a call of the context-free one is reported.
type querier interface {
	Query(query string, args ...any) (*sql.Rows, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// row loads one value through a type parameter with both forms.
func row[Q querier](q Q, id string) (string, error) {
	rows, err := q.Query(`SELECT v FROM kv WHERE k = $1`, id) // want `\(Q\).Query ignores the handler's deadline \(handle → row\); use QueryContext\(ctx, ...\)`
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var v string
	for rows.Next() {
		if err := rows.Scan(&v); err != nil {
			return "", err
		}
	}
	return v, rows.Err()
}

// byPrefix goes through sqlx.Queryer, which has no context form: fine.
func byPrefix(q sqlx.Queryer, prefix string) (*sqlx.Rows, error) {
	return q.Queryx(`SELECT k FROM kv WHERE k LIKE $1 || '%'`, prefix)
}

type event struct {
	Key string `json:"key"`
}

func handle(ctx context.Context, ev event) (string, error) {
	exec := db.Exec                                                        // a method value
	if _, err := exec(`DELETE FROM kv WHERE k = $1`, ev.Key); err != nil { // want `\(\*sql.DB\).Exec ignores the handler's deadline \(handle\); use ExecContext\(ctx, ...\)`
		return "", fmt.Errorf("delete: %w", err)
	}
	var q querier = db
	if _, err := q.Query(`SELECT 1`); err != nil { // want `\(main.querier\).Query ignores the handler's deadline \(handle\); use QueryContext\(ctx, ...\)`
		return "", err
	}
	if _, err := byPrefix(sqlx.NewDb(db, "postgres"), ev.Key); err != nil {
		return "", err
	}
	return row(db, ev.Key)
}

func main() {
	lambda.Start(handle)
}
