// Package main exits and panics only while starting up, which is right:
// a function that cannot start should fail at once.
package main

import (
	"context"
	"log"
	"os"
	"regexp"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

var tableName = mustEnv("TABLE_NAME")

var idPattern = regexp.MustCompile(`^[a-z0-9-]{1,64}$`)

var (
	cfgOnce sync.Once
	cfg     map[string]string
)

func mustEnv(name string) string {
	v, ok := os.LookupEnv(name)
	if !ok {
		log.Fatalf("%s is not set", name)
	}
	return v
}

func loadConfig() {
	cfg = map[string]string{"table": tableName}
	if cfg["table"] == "" {
		panic("empty table name")
	}
}

var region = sync.OnceValue(func() string {
	r := os.Getenv("AWS_REGION")
	if r == "" {
		log.Fatal("AWS_REGION is not set")
	}
	return r
})

func init() {
	if os.Getenv("STAGE") == "" {
		log.Fatal("STAGE is not set")
	}
}

func handle(ctx context.Context, ev events.EventBridgeEvent) error {
	cfgOnce.Do(loadConfig) // the body of a Once is init scope
	if !idPattern.MatchString(ev.ID) {
		return nil
	}
	log.Printf("event %s in %s for %s", ev.ID, region(), cfg["table"])
	return ctx.Err()
}

func main() {
	if len(os.Args) > 2 {
		log.Fatal("usage: fn")
	}
	lambda.Start(handle)
}
