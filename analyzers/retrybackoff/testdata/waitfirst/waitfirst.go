// Package waitfirst holds retries that wait at the top of the loop, before
// every attempt but the first, and succeed on a condition beyond the
// error (shapes found on real code).
package waitfirst

import (
	"context"
	"net/http"
	"time"
)

// get waits a constant second before each retry.
func get(c *http.Client, req *http.Request) (*http.Response, error) {
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		if attempt > 0 {
			time.Sleep(time.Second) // want `retry of c.Do waits a constant 1s between attempts`
		}
		resp, err := c.Do(req)
		if err == nil && resp.StatusCode < 500 {
			return resp, nil
		}
		lastErr = err
	}
	return nil, lastErr
}

// getCtx doubles the wait before each retry and honours ctx.
func getCtx(ctx context.Context, c *http.Client, req *http.Request) (*http.Response, error) {
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		if attempt > 0 {
			select {
			case <-time.After(time.Duration(1<<attempt) * 100 * time.Millisecond):
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
		resp, err := c.Do(req.WithContext(ctx))
		if err != nil || resp.StatusCode >= 500 {
			lastErr = err
			continue
		}
		return resp, nil
	}
	return nil, lastErr
}
