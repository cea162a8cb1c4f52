// Package waiter waits between attempts for other packages.
package waiter

import (
	"context"
	"time"
)

// Backoff waits before retry n, or until ctx is done.
func Backoff(ctx context.Context, n int) error { // want Backoff:`waits\(ctx\)`
	t := time.NewTimer(time.Duration(n*n) * 100 * time.Millisecond)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Nap sleeps before retry n.
func Nap(n int) { // want Nap:`waits`
	time.Sleep(time.Duration(n) * time.Second)
}

// Log records an attempt; it does not wait.
func Log(n int, err error) {}
