// Package main opens a pool in a generic repository built per request.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/jmoiron/sqlx"
)

type repo[T any] struct {
	db    *sqlx.DB
	table string
}

func newRepo[T any](table string) (*repo[T], error) {
	db, err := sqlx.Connect("postgres", os.Getenv("DATABASE_URL")) // want `sqlx.Connect runs on every invocation \(handle → newRepo\)`
	if err != nil {
		return nil, err
	}
	return &repo[T]{db: db, table: table}, nil
}

type user struct{ ID string }

func handle(ctx context.Context, ev events.SQSEvent) error {
	r, err := newRepo[user]("users")
	if err != nil {
		return err
	}
	defer r.db.Close()
	return nil
}

func main() {
	lambda.Start(handle)
}
