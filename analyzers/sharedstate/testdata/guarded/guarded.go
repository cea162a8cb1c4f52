// Package guarded writes package state from net/http handlers behind
// mutexes, atomics and sync.Map, and in two ways that a lock does not
// cover.
package main

import (
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

type cache struct {
	mu      sync.Mutex
	entries map[string][]byte
}

var (
	mu        sync.Mutex
	rw        sync.RWMutex
	hits      int
	misses    int
	last      time.Time
	requests  atomic.Int64
	errors    int64
	sessions  sync.Map
	store     = &cache{entries: map[string][]byte{}}
	lastSeen  time.Time
	lastError time.Time
)

// Get serves from a cache whose writes are all guarded.
func Get(w http.ResponseWriter, r *http.Request) {
	requests.Add(1)
	key := r.URL.Query().Get("key")
	sessions.Store(key, time.Now())
	mu.Lock()
	defer mu.Unlock()
	hits++
	last = time.Now()
	if _, ok := store.entries[key]; !ok {
		atomic.AddInt64(&errors, 1)
	}
}

// Put writes under the cache's own mutex, through an unexported helper
// only ever called with the lock held.
func Put(w http.ResponseWriter, r *http.Request) {
	store.mu.Lock()
	putLocked(r.URL.Path)
	store.mu.Unlock()
	rw.RLock()
	lastSeen = time.Now() // want `package variable lastSeen is written on every invocation without synchronisation`
	rw.RUnlock()
}

func putLocked(key string) {
	store.entries[key] = nil
}

// Miss unlocks before it writes.
func Miss(w http.ResponseWriter, r *http.Request) {
	mu.Lock()
	hits--
	mu.Unlock()
	misses++ // want `package variable misses is written on every invocation without synchronisation, a data race when invocations run concurrently \(Miss\); use sync/atomic or a mutex`
	func() {
		mu.Lock()
		defer mu.Unlock()
		lastError = time.Now()
	}()
}

func main() {}
