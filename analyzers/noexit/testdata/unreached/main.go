// Package main exits in code no handler reaches: a CLI mode of the same
// binary and a helper only main uses.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func handle(ctx context.Context, ev events.S3Event) error {
	for _, r := range ev.Records {
		fmt.Println(r.S3.Object.Key)
	}
	return ctx.Err()
}

func migrate(dir string) {
	if dir == "" {
		fmt.Fprintln(os.Stderr, "migrate: no directory")
		os.Exit(2)
	}
	if _, err := os.Stat(dir); err != nil {
		log.Fatal(err)
	}
}

func main() {
	dir := flag.String("migrate", "", "run the migrations in `dir` and exit")
	flag.Parse()
	if *dir != "" {
		migrate(*dir)
		os.Exit(0)
	}
	lambda.Start(handle)
}
