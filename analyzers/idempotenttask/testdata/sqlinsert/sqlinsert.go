// Package sqlinsert is an SQS consumer whose writes run again on every
// redelivery.
package main

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/jackc/pgx/v5/pgxpool"
)

var (
	db   *sql.DB
	pool *pgxpool.Pool
)

const insertOrder = `
	-- orders are keyed by id
	INSERT INTO orders (id, customer, body) VALUES ($1, $2, $3)`

func handle(ctx context.Context, ev events.SQSEvent) error {
	for _, m := range ev.Records {
		if _, err := db.ExecContext(ctx, insertOrder, m.MessageId, m.Body, m.Body); err != nil { // want `INSERT INTO orders has no conflict handling and runs again on redelivery \(handle\); add ON CONFLICT`
			return err
		}
		if err := audit(ctx, m.MessageId); err != nil {
			return err
		}
		if _, err := pool.Exec(ctx, "UPDATE customers SET orders = orders + 1, seen_at = now() WHERE id = $1", m.Body); err != nil { // want `SET orders = orders \+ … adds again on every delivery \(handle\)`
			return err
		}
	}
	return nil
}

// audit builds its query; the constant parts are enough to read it.
func audit(ctx context.Context, id string) error {
	table := "audit_" + time.Now().Format("2006_01")
	_, err := db.ExecContext(ctx, "INSERT INTO "+table+" (message_id, at) VALUES ($1, now())", id) // want `INSERT INTO a table has no conflict handling .*\(handle → audit\)`
	return err
}

// upsertCounter increments inside an upsert: a retry counts twice.
func upsertCounter(ctx context.Context, day string) error {
	_, err := db.ExecContext(ctx, fmt.Sprintf( // want `SET n = n \+ … adds again on every delivery \(handle2 → upsertCounter\)`
		"INSERT INTO %s (day, n) VALUES ($1, 1) ON CONFLICT (day) DO UPDATE SET n = daily.n + 1", "daily"), day)
	return err
}

// randomKey has conflict handling that never fires.
func randomKey(ctx context.Context, body string) error {
	_, err := db.ExecContext(ctx, "INSERT INTO events (id, body) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING", // want `ON CONFLICT DO NOTHING never matches: id comes from time.Now, new on every run \(handle2 → randomKey\); derive it from the event`
		fmt.Sprint(time.Now().UnixNano()), body)
	return err
}

func handle2(ctx context.Context, ev events.SNSEvent) error {
	for _, r := range ev.Records {
		if err := upsertCounter(ctx, r.SNS.Timestamp.Format("2006-01-02")); err != nil {
			return err
		}
		if err := randomKey(ctx, r.SNS.Message); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(handle)
	lambda.Start(handle2)
}
