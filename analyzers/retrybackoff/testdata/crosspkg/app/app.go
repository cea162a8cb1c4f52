// Package app retries with the waits of another package.
package app

import (
	"context"

	"example.com/fixtures/crosspkg/waiter"
)

type publisher interface {
	Publish(ctx context.Context, topic string, body []byte) error
}

// publish waits through another package, honouring ctx.
func publish(ctx context.Context, p publisher, body []byte) error {
	var err error
	for n := 1; n <= 5; n++ {
		if err = p.Publish(ctx, "orders", body); err == nil {
			return nil
		}
		if werr := waiter.Backoff(ctx, n); werr != nil {
			return werr
		}
	}
	return err
}

// publishNap waits through another package, without ctx.
func publishNap(ctx context.Context, p publisher, body []byte) error {
	var err error
	for n := 1; n <= 5; n++ {
		if err = p.Publish(ctx, "orders", body); err == nil {
			return nil
		}
		waiter.Nap(n)
	}
	return err
}

// publishLogged only logs between attempts.
func publishLogged(ctx context.Context, p publisher, body []byte) error {
	var err error
	for n := 1; n <= 5; n++ { // want `retry of p.Publish does not wait between attempts`
		if err = p.Publish(ctx, "orders", body); err == nil {
			return nil
		}
		waiter.Log(n, err)
	}
	return err
}
