// Package main reaches pool creation through a library.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/fixtures/crosspkg/store"
)

var st *store.Store

func handle(ctx context.Context, ev events.SQSEvent) error {
	s, err := store.Open() // want `sql.Open runs on every invocation \(handle → store.Open → openDB\); open the pool once at init and share it`
	if err != nil {
		return err
	}
	if _, err := s.Count(ctx); err != nil {
		return err
	}
	if _, err := st.Count(ctx); err != nil { // the shared store: fine
		return err
	}
	return notify(ctx)
}

func notify(ctx context.Context) error {
	c := store.Client() // want `http.Transport runs on every invocation \(handle → notify → store.Client\)`
	_ = c
	pool, err := store.Pool(ctx) // want `pgxpool.New runs on every invocation \(handle → notify → store.Pool\)`
	if err != nil {
		return err
	}
	pool.Close()
	return nil
}

func main() {
	var err error
	st, err = store.Open() // init scope
	if err != nil {
		log.Fatal(err)
	}
	lambda.Start(handle)
}
