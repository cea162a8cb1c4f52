// Package main opens its pool in a helper two calls below the handler.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/jackc/pgx/v5/pgxpool"
)

func handle(ctx context.Context, ev events.SQSEvent) error {
	for _, m := range ev.Records {
		if err := save(ctx, m.Body); err != nil {
			return err
		}
	}
	return nil
}

func save(ctx context.Context, body string) error {
	pool, err := connect(ctx)
	if err != nil {
		return err
	}
	defer pool.Close()
	_, err = pool.Exec(ctx, "INSERT INTO events (body) VALUES ($1) ON CONFLICT DO NOTHING", body)
	return err
}

func connect(ctx context.Context) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(os.Getenv("DATABASE_URL")) // parsing is not connecting
	if err != nil {
		return nil, err
	}
	cfg.MaxConns = 2
	return pgxpool.NewWithConfig(ctx, cfg) // want `pgxpool.NewWithConfig runs on every invocation \(handle → save → connect\)`
}

func main() {
	lambda.Start(handle)
}
