package backoff

import (
	"context"
)

// BackOffContext is a backoff policy that stops retrying after the context is
// canceled.
type BackOffContext interface {
	BackOff
	Context() context.Context
}

// WithContext returns a BackOffContext with context ctx
func WithContext(b BackOff, ctx context.Context) BackOffContext { return nil }
