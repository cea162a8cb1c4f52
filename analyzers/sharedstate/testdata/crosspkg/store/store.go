// Package store keeps state in package variables for its callers.
package store

import (
	"sync"
	"time"
)

var (
	mu      sync.Mutex
	visits  []time.Time
	limits  map[string]int
	counter int
	safe    int
)

// Visit records a visit; the slice is never trimmed.
func Visit() { // want Visit:"writes package state: grows store.visits"
	visits = append(visits, time.Now())
}

// Limits loads the limits on first use.
func Limits() map[string]int { // want Limits:"writes package state: lazyinit store.limits"
	if limits == nil {
		limits = map[string]int{"default": 10}
	}
	return limits
}

// Count counts through a helper.
func Count() { bump() } // want Count:"writes package state: write store.counter"

func bump() { counter++ } // want bump:"writes package state: write store.counter"

// Safe counts with the lock held.
func Safe() {
	mu.Lock()
	safe++
	mu.Unlock()
}
