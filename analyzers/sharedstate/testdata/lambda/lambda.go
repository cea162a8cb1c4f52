// Package lambda writes package variables from an SQS handler on AWS
// Lambda, which runs one invocation at a time per execution environment:
// lazy initialisation and counters are no race there, growth still leaks.
package main

import (
	"context"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type queueClient struct{ url string }

var (
	client    *queueClient
	processed int
	lastRun   time.Time
	failures  []error
	seen      = map[string]bool{}
)

func handler(ctx context.Context, ev events.SQSEvent) error {
	if client == nil {
		client = &queueClient{url: os.Getenv("QUEUE_URL")}
	}
	lastRun = time.Now()
	for _, rec := range ev.Records {
		processed++
		if seen[rec.MessageId] {
			continue
		}
		seen[rec.MessageId] = true // want `request data is kept in package variable seen`
		if err := process(ctx, rec); err != nil {
			failures = append(failures, err) // want `request data is kept in package variable failures`
		}
	}
	return nil
}

func process(ctx context.Context, rec events.SQSMessage) error {
	_ = client.url
	return nil
}

func main() {
	lambda.Start(handler)
}
