// Package main shows what runs once per cold start and what runs on every
// invocation.
package main

import (
	"context"
	"database/sql"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

var (
	db      = mustOpen()
	once    sync.Once
	cache   map[string]string
	getConf = sync.OnceValue(func() string { // want `init`
		return readConf()
	})
	init2 = func() int { return 1 }() // want `init`
)

func mustOpen() *sql.DB { // want `init`
	d, _ := sql.Open("postgres", "")
	return d
}

func readConf() string { return "conf" } // want `init`

func init() { // want `init`
	setup()
}

func setup() {} // want `init`

func loadCache() { // want `init`
	cache = map[string]string{}
}

// shared is called from main and from the handler: invocation wins.
func shared() {} // want `invocation handle → shared`

func handle(ctx context.Context, ev events.SQSEvent) error { // want `handler task lambda registered`
	once.Do(loadCache)
	once.Do(func() { // want `init`
		cache["k"] = "v"
	})
	shared()
	_ = getConf()
	go func() { // want `invocation handle → handle.func2`
		deep()
	}()
	return nil
}

func deep() { // want `invocation handle → handle.func2 → deep`
	deeper()
}

func deeper() {} // want `invocation handle → handle.func2 → deep → deeper`

// unused is reached from nowhere.
func unused() {}

func main() { // want `init`
	shared()
	lambda.Start(handle)
}
