// Package negatives holds functions that look like handlers and are not.
package negatives

import (
	"context"
	"errors"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
)

// Handler has a handler's name, not a handler's signature.
func Handler(ctx context.Context, s string) error { return nil }

// ServeHTTP on its own with a different signature.
type T struct{}

func (T) ServeHTTP(w http.ResponseWriter) {}

// parseUser takes a request event but answers a domain value: it is a
// parser, not a handler.
func parseUser(req events.APIGatewayProxyRequest) (string, error) {
	if req.Body == "" {
		return "", errors.New("empty body")
	}
	return req.Body, nil
}

// Process has the task shape but answers a domain value first.
func Process(ctx context.Context, ev events.SQSEvent) (int, error) { return len(ev.Records), nil }

// Three parameters is no Lambda handler.
func Three(ctx context.Context, ev events.SQSEvent, n int) error { return nil }

// A generic function is never a handler by its signature.
func Generic[T any](w http.ResponseWriter, r *http.Request) {}

// Middleware answers nothing on its own: it returns a handler.
func Middleware(next http.HandlerFunc) http.HandlerFunc { return next }

// Exported library function with an event helper signature, unreached.
func Records(ev events.SQSEvent) []events.SQSMessage { return ev.Records }

var _ = parseUser
