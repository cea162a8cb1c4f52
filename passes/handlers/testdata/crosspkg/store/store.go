// Package store is a library: its functions are unreached here and reach
// handlers through facts.
package store

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
)

// Handle is a handler by its signature in its own package.
func Handle(ctx context.Context, ev events.SQSEvent) error { // want `handler task lambda signature`
	return Save(ctx)
}

// Save is a library function.
func Save(ctx context.Context) error { return open() } // want `invocation Handle → Save`

func open() error { return nil } // want `invocation Handle → Save → open`

// Custom takes a custom payload: only its registration makes it a handler.
func Custom(ctx context.Context, n int) error { return nil }

// Wrap instruments a handler, like ddlambda.WrapFunction.
func Wrap(handler any, cfg *struct{}) any { return handler }
