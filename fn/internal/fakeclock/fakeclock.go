// Package fakeclock is a settable clock for the tests of fn and its
// subpackages, whose time-dependent parts take a func() time.Time.
package fakeclock

import (
	"sync"
	"time"
)

// A Clock is a clock that moves only when told to. It is safe for
// concurrent use.
type Clock struct {
	mu sync.Mutex
	t  time.Time
}

// New returns a clock set to a fixed instant, 2024-03-15 12:00 UTC.
func New() *Clock {
	return &Clock{t: time.Date(2024, 3, 15, 12, 0, 0, 0, time.UTC)}
}

// Now returns the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Advance moves the clock forward by d.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}
