// Package main reaches exits in its own helpers and through store.
package main

import (
	"context"
	"os"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/fixtures/store"
)

var (
	once sync.Once
	st   *store.Store
)

func handle(ctx context.Context, ev events.SQSEvent) error {
	load()
	check()
	once.Do(func() { _ = store.Open("once") }) // once: init scope
	if err := st.Ping(); err != nil {
		return err
	}
	st.MustPing() // want `exits log.Fatal: handle → store.\(\*Store\).MustPing`
	return nil
}

func load() {
	_ = store.Open(os.Getenv("DSN")) // want `exits os.Exit: handle → load → store.Open → openDB`
}

func check() {
	if len(os.Args) > 5 {
		os.Exit(2) // want `exits os.Exit: handle → check`
	}
}

func main() {
	_ = store.Open(os.Getenv("DSN")) // init scope: fine
	lambda.Start(handle)
}
