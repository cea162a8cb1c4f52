// Package main holds handlers that retry with time.Sleep although a
// context is at hand, and one that waits in a select on it.
package main

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type order struct {
	ID string `json:"id"`
}

type store interface {
	Save(ctx context.Context, o order) error
	Load(ctx context.Context, id string) (order, error)
}

var db store

// save backs off exponentially but sleeps through the deadline.
func save(ctx context.Context, o order) error {
	delay := 100 * time.Millisecond
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		if err = db.Save(ctx, o); err == nil {
			return nil
		}
		time.Sleep(delay) // want `time.Sleep between attempts ignores ctx; wait in a select on ctx.Done\(\) instead`
		delay = min(delay*2, time.Second)
	}
	return err
}

// load returns a value and an error: the fix returns zero values.
func load(ctx context.Context, id string) (order, *time.Location, error) {
	var err error
	for attempt := 1; attempt <= 3; attempt++ {
		var o order
		o, err = db.Load(ctx, id)
		if err == nil {
			return o, time.UTC, nil
		}
		time.Sleep(time.Duration(attempt) * 200 * time.Millisecond) // want `time.Sleep between attempts ignores ctx`
	}
	return order{}, nil, err
}

func handle(ctx context.Context, ev events.SQSEvent) error {
	for _, msg := range ev.Records {
		var o order
		if err := json.Unmarshal([]byte(msg.Body), &o); err != nil {
			return err
		}
		if err := save(ctx, o); err != nil {
			return err
		}
	}
	return nil
}

// serveOrder sleeps in an HTTP handler: the request's context is at hand.
func serveOrder(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	for attempt := 1; attempt <= 3; attempt++ {
		o, err := db.Load(context.TODO(), id)
		if err != nil {
			time.Sleep(time.Duration(attempt) * 100 * time.Millisecond) // want `time.Sleep between attempts ignores r.Context\(\)`
			continue
		}
		_ = json.NewEncoder(w).Encode(o)
		return
	}
	http.Error(w, `{"error":"Internal server error"}`, http.StatusInternalServerError)
}

// saveSelect waits in a select on ctx.Done().
func saveSelect(ctx context.Context, o order) error {
	delay := 100 * time.Millisecond
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		if err = db.Save(ctx, o); err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(delay):
		}
		delay = min(delay*2, time.Second)
	}
	return err
}

type notifier struct {
	send func(ctx context.Context, id string) error
}

// handle is registered as a method value; its closure retries with the
// handler's context in scope.
func (n *notifier) handle(ctx context.Context, ev events.SNSEvent) error {
	notify := func(id string) error {
		var err error
		for attempt := 1; attempt <= 3; attempt++ {
			if err = n.send(ctx, id); err == nil {
				return nil
			}
			time.Sleep(time.Duration(attempt*attempt) * 100 * time.Millisecond) // want `time.Sleep between attempts ignores ctx`
		}
		return err
	}
	for _, r := range ev.Records {
		if err := notify(r.SNS.MessageID); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	n := &notifier{send: func(context.Context, string) error { return nil }}
	lambda.Start(n.handle)
	http.HandleFunc("/order", serveOrder)
	lambda.Start(handle)
	_ = saveSelect
}
