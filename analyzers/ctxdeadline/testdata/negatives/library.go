// Package negatives holds code that looks like it ignores a context and
// does not run per invocation, or does not need one.
package negatives

import (
	"context"
	"database/sql"
	"net/http"
	"time"
)

// Warm is a library function no handler of this package reaches: callers
// in other packages are told through facts.
func Warm(db *sql.DB) error { // want Warm:`nocontext: \(\*sql.DB\).Ping ignores the handler's deadline`
	return db.Ping()
}

// Fetch takes a context and passes it on.
func Fetch(ctx context.Context, client *http.Client, url string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	return client.Do(req)
}

// Wait waits for d or until ctx is done.
func Wait(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Detach keeps the values of ctx for work that outlives the invocation.
func Detach(ctx context.Context) context.Context {
	return context.WithoutCancel(ctx)
}
