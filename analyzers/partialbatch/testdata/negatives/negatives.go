// Package main holds code over records that looks like a batch loop and is
// not one: searches, concurrent processing, loops over other slices, and
// SNS events (no partial batch response).
package main

import (
	"context"
	"errors"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type processor interface {
	Handle(ctx context.Context, body string) error
}

var proc processor

// firstUrgent searches the batch: returning from the loop is the point.
func firstUrgent(msgs []events.SQSMessage) *events.SQSMessage {
	for i, m := range msgs {
		if m.Attributes["priority"] == "urgent" {
			return &msgs[i]
		}
	}
	return nil
}

// bodies transforms records.
func bodies(msgs []events.SQSMessage) ([]string, error) {
	out := make([]string, 0, len(msgs))
	for _, m := range msgs {
		if m.Body == "" {
			return nil, errors.New("empty body")
		}
		out = append(out, m.Body)
	}
	return out, nil
}

// fanout processes messages concurrently and reports each failure.
func fanout(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	var (
		mu   sync.Mutex
		wg   sync.WaitGroup
		resp events.SQSEventResponse
	)
	if urgent := firstUrgent(ev.Records); urgent != nil {
		_ = proc.Handle(ctx, urgent.Body)
	}
	for _, m := range ev.Records {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := proc.Handle(ctx, m.Body); err != nil {
				mu.Lock()
				resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: m.MessageId})
				mu.Unlock()
				return
			}
		}()
	}
	wg.Wait()
	return resp, nil
}

// validate checks the batch before processing anything: nothing was done
// yet, so failing it whole loses nothing.
func validate(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	var resp events.SQSEventResponse
	if _, err := bodies(ev.Records); err != nil {
		return resp, err
	}
	for _, m := range ev.Records {
		if err := proc.Handle(ctx, m.Body); err != nil {
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: m.MessageId})
		}
	}
	return resp, nil
}

// notify handles SNS, which has no partial batch response.
func notify(ctx context.Context, ev events.SNSEvent) error {
	for _, r := range ev.Records {
		if err := proc.Handle(ctx, r.SNS.Message); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(fanout)
	lambda.Start(validate)
	lambda.Start(notify)
}
