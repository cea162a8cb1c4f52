// Package ratelimit limits the request rate of fn request functions per
// key (client address, user), with token buckets from golang.org/x/time/rate.
//
// Requests over the limit are answered 429 {"error":"Too many requests"}
// with a Retry-After header. A Limiter lives in one function instance: it
// bounds the rate each instance accepts, which is what protects a
// downstream database from one noisy client; a limit across instances
// needs a shared store.
package ratelimit

import (
	"context"
	"math"
	"net/http"
	"strconv"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/fnlint/fnlint/fn"
)

// A Limiter keeps one token bucket per key. Create it once, at cold
// start; it is safe for concurrent use. Buckets idle long enough to be
// full again are dropped, and at most MaxKeys are kept.
type Limiter struct {
	limit   rate.Limit
	burst   int
	maxKeys int
	now     func() time.Time

	mu      sync.Mutex
	buckets map[string]*bucket
	calls   int
}

type bucket struct {
	lim  *rate.Limiter
	seen time.Time
}

// DefaultMaxKeys is the number of keys a Limiter tracks at most.
const DefaultMaxKeys = 10000

// New returns a limiter allowing limit events per second per key, with
// bursts of burst. Use rate.Every to express "one per minute".
func New(limit rate.Limit, burst int) *Limiter {
	return &Limiter{limit: limit, burst: burst, maxKeys: DefaultMaxKeys, now: time.Now, buckets: map[string]*bucket{}}
}

// Allow takes a token from key's bucket. When there is none it returns
// false and how long until there is one.
func (l *Limiter) Allow(key string) (ok bool, retryAfter time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b := l.bucket(key, now)
	r := b.lim.ReserveN(now, 1)
	if !r.OK() {
		return false, time.Duration(math.MaxInt64)
	}
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return false, d
	}
	return true, 0
}

// bucket returns key's bucket, creating it, and drops idle ones from time
// to time. l.mu is held.
func (l *Limiter) bucket(key string, now time.Time) *bucket {
	b, ok := l.buckets[key]
	if !ok {
		l.calls++
		if len(l.buckets) >= l.maxKeys || l.calls%256 == 0 {
			l.sweep(now)
		}
		b = &bucket{lim: rate.NewLimiter(l.limit, l.burst)}
		l.buckets[key] = b
	}
	b.seen = now
	return b
}

// refill returns how long an unused bucket takes to fill up.
func (l *Limiter) refill() time.Duration {
	if l.limit <= 0 || l.limit == rate.Inf {
		return 0
	}
	return time.Duration(float64(l.burst) / float64(l.limit) * float64(time.Second))
}

// sweep drops the buckets that are full again, which changes nothing, and
// then, when too many keys remain, the least recently seen ones. l.mu is
// held.
func (l *Limiter) sweep(now time.Time) {
	idle := l.refill()
	for k, b := range l.buckets {
		if l.limit != 0 && now.Sub(b.seen) >= idle {
			delete(l.buckets, k)
		}
	}
	for len(l.buckets) >= l.maxKeys {
		var oldest string
		var t time.Time
		for k, b := range l.buckets {
			if t.IsZero() || b.seen.Before(t) {
				oldest, t = k, b.seen
			}
		}
		delete(l.buckets, oldest)
	}
}

// A KeyFunc returns the key a request is limited by.
type KeyFunc func(ev *fn.Event) string

// BySourceIP limits each client address.
func BySourceIP(ev *fn.Event) string { return ev.RequestContext.SourceIP }

// ByHeader limits by the value of a request header, such as an API key
// id; requests without it share one bucket.
func ByHeader(name string) KeyFunc {
	return func(ev *fn.Event) string { return ev.Header.Get(name) }
}

// Limit returns a request function that answers 429 with Retry-After when
// the request's key is over the limit, and runs h otherwise.
func (l *Limiter) Limit(key KeyFunc, h fn.RequestFunc) fn.RequestFunc {
	return func(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
		if ok, wait := l.Allow(key(ev)); !ok {
			return nil, &fn.Error{
				Status:  http.StatusTooManyRequests,
				Message: "Too many requests",
				Header:  http.Header{"Retry-After": {retryAfter(wait)}},
			}
		}
		return h(ctx, ev)
	}
}

// retryAfter formats a wait in whole seconds, rounded up, at least 1.
func retryAfter(d time.Duration) string {
	secs := int64(math.Ceil(d.Seconds()))
	return strconv.FormatInt(min(max(secs, 1), 86400), 10)
}
