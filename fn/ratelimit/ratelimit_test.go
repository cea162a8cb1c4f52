package ratelimit

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/time/rate"

	"github.com/fnlint/fnlint/fn"
	"github.com/fnlint/fnlint/fn/internal/fakeclock"
)

func newLimiter(limit rate.Limit, burst int) (*Limiter, *fakeclock.Clock) {
	c := fakeclock.New()
	l := New(limit, burst)
	l.now = c.Now
	return l, c
}

func TestAllow(t *testing.T) {
	l, c := newLimiter(rate.Every(2*time.Second), 2)
	for i := range 2 {
		ok, _ := l.Allow("a")
		assert.True(t, ok, "burst request %d", i)
	}
	ok, wait := l.Allow("a")
	assert.False(t, ok)
	assert.Equal(t, 2*time.Second, wait)

	ok, _ = l.Allow("b")
	assert.True(t, ok, "keys have their own buckets")

	c.Advance(time.Second)
	ok, wait = l.Allow("a")
	assert.False(t, ok)
	assert.Equal(t, time.Second, wait, "a denied request takes no token")

	c.Advance(time.Second)
	ok, _ = l.Allow("a")
	assert.True(t, ok)

	never, _ := newLimiter(0, 0)
	ok, wait = never.Allow("x")
	assert.False(t, ok)
	assert.Positive(t, wait)
}

func TestLimit(t *testing.T) {
	l, c := newLimiter(rate.Every(90*time.Second), 1)
	calls := 0
	h := l.Limit(BySourceIP, func(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
		calls++
		return fn.Text(200, "ok"), nil
	})
	ev := func(ip string) *fn.Event {
		return &fn.Event{Method: "GET", Path: "/", Header: http.Header{}, RequestContext: fn.RequestContext{SourceIP: ip}}
	}
	assert.Equal(t, 200, fn.Serve(t.Context(), h, ev("10.0.0.1")).Status)
	resp := fn.Serve(t.Context(), h, ev("10.0.0.1"))
	assert.Equal(t, 429, resp.Status)
	assert.Equal(t, "90", resp.Header.Get("Retry-After"))
	assert.JSONEq(t, `{"error":"Too many requests"}`, string(resp.Body))
	c.Advance(89500 * time.Millisecond)
	resp = fn.Serve(t.Context(), h, ev("10.0.0.1"))
	assert.Equal(t, "1", resp.Header.Get("Retry-After"), "rounded up")
	assert.Equal(t, 200, fn.Serve(t.Context(), h, ev("10.0.0.2")).Status)
	assert.Equal(t, 2, calls)

	byKey := l.Limit(ByHeader("X-Api-Key"), func(ctx context.Context, ev *fn.Event) (*fn.Response, error) { return fn.NoContent(), nil })
	e := ev("10.0.0.3")
	e.Header.Set("x-api-key", "k1")
	assert.Equal(t, 204, fn.Serve(t.Context(), byKey, e).Status)
	assert.Equal(t, 429, fn.Serve(t.Context(), byKey, e).Status)
}

func TestRetryAfter(t *testing.T) {
	assert.Equal(t, "1", retryAfter(time.Millisecond))
	assert.Equal(t, "1", retryAfter(0))
	assert.Equal(t, "2", retryAfter(1001*time.Millisecond))
	assert.Equal(t, "86400", retryAfter(1<<62))
}

func TestBoundedKeys(t *testing.T) {
	l, c := newLimiter(rate.Every(time.Minute), 1)
	l.maxKeys = 50
	for i := range 500 {
		l.Allow(fmt.Sprint(i))
		c.Advance(time.Second)
	}
	assert.LessOrEqual(t, len(l.buckets), 50)

	// Idle buckets are full again after burst/limit: dropping them loses
	// nothing, and a dropped key starts with a full bucket.
	l2, c2 := newLimiter(rate.Every(time.Minute), 1)
	ok, _ := l2.Allow("old")
	require.True(t, ok)
	c2.Advance(2 * time.Minute)
	for i := range 256 {
		l2.Allow(fmt.Sprint(i))
	}
	_, kept := l2.buckets["old"]
	assert.False(t, kept)
	ok, _ = l2.Allow("old")
	assert.True(t, ok)
}

func TestConcurrent(t *testing.T) {
	l := New(rate.Every(time.Hour), 5)
	var allowed atomic.Int32
	var wg sync.WaitGroup
	for range 100 {
		wg.Go(func() {
			if ok, _ := l.Allow("k"); ok {
				allowed.Add(1)
			}
		})
	}
	wg.Wait()
	assert.Equal(t, int32(5), allowed.Load())
}
