// Package main is an SQS job runner on database/sql and sqlx that forgets
// the handler's context on every query.
package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/jmoiron/sqlx"
)

var (
	db      *sql.DB
	reports *sqlx.DB
)

type job struct {
	ID     string `json:"id"`
	Tenant string `json:"tenant"`
}

func handle(ctx context.Context, ev events.SQSEvent) error {
	for _, rec := range ev.Records {
		var j job
		if err := json.Unmarshal([]byte(rec.Body), &j); err != nil {
			return fmt.Errorf("decode job: %w", err)
		}
		if err := run(ctx, j); err != nil {
			return err
		}
	}
	return nil
}

func run(ctx context.Context, j job) error {
	var state string
	if err := db.QueryRow(`SELECT state FROM jobs WHERE id = $1`, j.ID).Scan(&state); err != nil { // want `\(\*sql.DB\).QueryRow ignores the handler's deadline \(handle → run\); use QueryRowContext\(ctx, ...\)`
		return fmt.Errorf("load job: %w", err)
	}
	if state == "done" {
		return nil
	}
	tx, err := db.Begin() // want `\(\*sql.DB\).Begin ignores the handler's deadline \(handle → run\); use BeginTx\(ctx, nil\)`
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`UPDATE jobs SET state = 'done' WHERE id = $1`, j.ID); err != nil { // want `\(\*sql.Tx\).Exec ignores the handler's deadline \(handle → run\); use ExecContext\(ctx, ...\)`
		return fmt.Errorf("mark job: %w", err)
	}
	// Already passes ctx: fine.
	if _, err := tx.ExecContext(ctx, `INSERT INTO audit (job) VALUES ($1)`, j.ID); err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	if err := tx.Commit(); err != nil { // Commit has no context form: fine.
		return fmt.Errorf("commit: %w", err)
	}
	return summarize(ctx, j.Tenant)
}

func summarize(ctx context.Context, tenant string) error {
	var total int
	if err := reports.Get(&total, `SELECT count(*) FROM jobs WHERE tenant = $1`, tenant); err != nil { // want `\(\*sqlx.DB\).Get ignores the handler's deadline \(handle → run → summarize\); use GetContext\(ctx, ...\)`
		return fmt.Errorf("count jobs: %w", err)
	}
	var ids []string
	args := []any{tenant}
	if err := reports.Select(&ids, `SELECT id FROM jobs WHERE tenant = $1`, args...); err != nil { // want `\(\*sqlx.DB\).Select ignores the handler's deadline \(handle → run → summarize\); use SelectContext\(ctx, ...\)`
		return fmt.Errorf("list jobs: %w", err)
	}
	rows, err := db.QueryContext(ctx, `SELECT id FROM jobs WHERE tenant = $1`, tenant)
	if err != nil {
		return fmt.Errorf("query jobs: %w", err)
	}
	defer rows.Close()
	for rows.Next() { // Next and Scan have no context form: fine.
		var id string
		if err := rows.Scan(&id); err != nil {
			return fmt.Errorf("scan job: %w", err)
		}
	}
	return rows.Err()
}

func main() {
	var err error
	db, err = sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		panic(err)
	}
	// Init scope: no handler deadline to pass on yet.
	if err := db.Ping(); err != nil {
		panic(err)
	}
	reports = sqlx.MustConnect("postgres", os.Getenv("REPORTS_URL"))
	lambda.Start(handle)
	lambda.Start(nightly)
}

// nightly takes no context: the remedy starts there.
func nightly(ev events.CloudWatchEvent) error {
	if _, err := db.Exec(`DELETE FROM jobs WHERE state = 'done'`); err != nil { // want `\(\*sql.DB\).Exec ignores the handler's deadline \(nightly\); take a context.Context in nightly and use ExecContext\(ctx, ...\)`
		return fmt.Errorf("purge jobs: %w", err)
	}
	return nil
}
