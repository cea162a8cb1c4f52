// Package main registers a method value and a closure as handlers.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type service struct{ table string }

func (s *service) handle(ctx context.Context, ev events.SNSEvent) error {
	if len(ev.Records) == 0 {
		s.fail("no records")
	}
	return ctx.Err()
}

func (s *service) fail(msg string) {
	log.Fatalf("%s: %s", s.table, msg) // want `log.Fatalf exits the process in invocation scope \(\(\*service\).handle → \(\*service\).fail\); return an error instead`
}

func (s *service) close() {
	os.Exit(0) // never called from a handler
}

func main() {
	s := &service{table: os.Getenv("TABLE")}
	defer s.close()
	if os.Getenv("MODE") == "closure" {
		lambda.Start(func(ctx context.Context, ev events.SNSEvent) error {
			if ctx.Err() != nil {
				os.Exit(1) // want `os.Exit exits the process in invocation scope \(main.func1\); return an error instead`
			}
			return s.handle(ctx, ev)
		})
	}
	lambda.Start(s.handle)
}
