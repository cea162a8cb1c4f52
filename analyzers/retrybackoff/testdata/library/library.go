// Package library retries with github.com/cenkalti/backoff/v4, bounded and
// not.
package library

import (
	"context"
	"time"

	"github.com/cenkalti/backoff/v4"
)

type bus interface {
	Emit(ctx context.Context, name string) error
	Count(ctx context.Context) (int, error)
}

// forever never stops: MaxElapsedTime 0.
func forever(ctx context.Context, b bus) error {
	policy := backoff.NewExponentialBackOff()
	policy.MaxElapsedTime = 0
	return backoff.Retry(func() error { return b.Emit(ctx, "created") }, policy) // want `backoff.Retry retries for ever: its MaxElapsedTime is 0; bound it with backoff.WithMaxRetries or backoff.WithContext`
}

// foreverOption never stops either.
func foreverOption(ctx context.Context, b bus) (int, error) {
	policy := backoff.NewExponentialBackOff(backoff.WithInitialInterval(time.Second), backoff.WithMaxElapsedTime(0))
	return backoff.RetryWithData(func() (int, error) { return b.Count(ctx) }, policy) // want `backoff.RetryWithData retries for ever: its MaxElapsedTime is 0`
}

// constant retries every second for ever.
func constant(ctx context.Context, b bus) error {
	return backoff.RetryNotify(func() error { return b.Emit(ctx, "updated") }, backoff.NewConstantBackOff(time.Second), nil) // want `backoff.RetryNotify retries for ever: a ConstantBackOff never stops`
}

// literal builds an ExponentialBackOff whose MaxElapsedTime is left 0.
func literal(ctx context.Context, b bus) error {
	policy := &backoff.ExponentialBackOff{InitialInterval: 100 * time.Millisecond, Multiplier: 2, MaxInterval: time.Second}
	return backoff.Retry(func() error { return b.Emit(ctx, "deleted") }, policy) // want `backoff.Retry retries for ever: its MaxElapsedTime is 0`
}

// defaults stops after the default 15 minutes.
func defaults(ctx context.Context, b bus) error {
	return backoff.Retry(func() error { return b.Emit(ctx, "created") }, backoff.NewExponentialBackOff())
}

// capped bounds a constant policy by a number of retries.
func capped(ctx context.Context, b bus) error {
	return backoff.Retry(func() error { return b.Emit(ctx, "created") }, backoff.WithMaxRetries(backoff.NewConstantBackOff(time.Second), 3))
}

// withContext bounds a never-stopping policy by ctx.
func withContext(ctx context.Context, b bus) error {
	policy := backoff.NewExponentialBackOff(backoff.WithMaxElapsedTime(0))
	return backoff.Retry(func() error { return b.Emit(ctx, "created") }, backoff.WithContext(policy, ctx))
}

// elapsed sets a maximum.
func elapsed(ctx context.Context, b bus) error {
	policy := backoff.NewExponentialBackOff()
	policy.MaxElapsedTime = 30 * time.Second
	return backoff.Retry(func() error { return b.Emit(ctx, "created") }, policy)
}
