// Package fnruntime retries with the fn runtime, which backs off
// exponentially with a cap and honours ctx.
package fnruntime

import (
	"context"
	"time"

	"github.com/fnlint/fnlint/fn"
)

type mailer interface {
	Send(ctx context.Context, to string) error
}

// notify retries with fn.Retry.
func notify(ctx context.Context, m mailer, to string) error {
	return fn.Retry(ctx, fn.Backoff{Initial: 200 * time.Millisecond, Attempts: 4}, func(ctx context.Context) error {
		return m.Send(ctx, to)
	})
}

// notifyLoop writes the loop with fn.Sleep and fn.Backoff.
func notifyLoop(ctx context.Context, m mailer, to string) error {
	b := fn.Backoff{Attempts: 4}
	var err error
	for n := 1; n <= b.MaxAttempts(); n++ {
		if err = m.Send(ctx, to); err == nil {
			return nil
		}
		if werr := fn.Sleep(ctx, b.Delay(n)); werr != nil {
			return werr
		}
	}
	return err
}

// notifyForever relies on ctx to stop: fn.Sleep ends with it.
func notifyForever(ctx context.Context, m mailer, to string) error {
	b := fn.Backoff{Max: 30 * time.Second}
	for n := 1; ; n++ {
		err := m.Send(ctx, to)
		if err == nil {
			return nil
		}
		if werr := fn.Sleep(ctx, b.Delay(n)); werr != nil {
			return werr
		}
	}
}
