// Package sqlnegatives holds writes that look like the ones idempotenttask
// reports and are safe to run twice.
package main

import (
	"context"
	"database/sql"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/jackc/pgx/v5"
)

var db *sql.DB

func handle(ctx context.Context, ev events.SQSEvent) error {
	for _, m := range ev.Records {
		// Upsert keyed by the message.
		if _, err := db.ExecContext(ctx, `INSERT INTO orders (message_id, body) VALUES ($1, $2)
			ON CONFLICT (message_id) DO NOTHING`, m.MessageId, m.Body); err != nil {
			return err
		}
		// The words are in a comment and a string, not in the statement.
		if _, err := db.ExecContext(ctx, `UPDATE notes SET text = 'n = n + 1' /* INSERT INTO x */ WHERE id = $1`, m.MessageId); err != nil {
			return err
		}
		// A timestamp is not the identity of the row.
		if _, err := db.ExecContext(ctx, `INSERT INTO seen (message_id, created_at) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
			m.MessageId, time.Now()); err != nil {
			return err
		}
		// Insert only when absent.
		if _, err := db.ExecContext(ctx, `INSERT INTO inbox (id) SELECT $1 WHERE NOT EXISTS (SELECT 1 FROM inbox WHERE id = $1)`, m.MessageId); err != nil {
			return err
		}
		// Compare-and-set: a retry finds the version changed.
		if _, err := db.ExecContext(ctx, `UPDATE docs SET version = version + 1, body = $1 WHERE id = $2 AND version = $3`, m.Body, m.MessageId, 3); err != nil {
			return err
		}
		// Setting, not adding; EXCLUDED is the new row.
		if _, err := db.ExecContext(ctx, `INSERT INTO totals (k, n) VALUES ($1, $2) ON CONFLICT (k) DO UPDATE SET n = EXCLUDED.n`, m.MessageId, 1); err != nil {
			return err
		}
		// Reads and deletes are safe to repeat.
		if _, err := db.ExecContext(ctx, `DELETE FROM pending WHERE id = $1`, m.MessageId); err != nil {
			return err
		}
	}
	return nil
}

// dynamic builds its whole query: nothing can be read of it.
func dynamic(ctx context.Context, tx pgx.Tx, query string, id string) error {
	_, err := tx.Exec(ctx, query, id)
	return err
}

// tail hides what follows the values: a conflict clause may be there.
func tail(ctx context.Context, conflict string, id string) error {
	_, err := db.ExecContext(ctx, "INSERT INTO t (id) VALUES ($1) "+conflict, id)
	return err
}

func handle2(ctx context.Context, ev events.SQSEvent) error {
	for _, m := range ev.Records {
		if err := dynamic(ctx, nil, "INSERT INTO x VALUES ($1)", m.MessageId); err != nil {
			return err
		}
		if err := tail(ctx, "ON CONFLICT DO NOTHING", m.MessageId); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(handle)
	lambda.Start(handle2)
}
