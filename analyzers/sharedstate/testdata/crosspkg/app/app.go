// Package app calls helpers of another package that write its package
// variables.
package main

import (
	"net/http"
	"sync"

	"example.com/fixtures/crosspkg/store"
)

var mu sync.Mutex

// Handle reaches the writes of store.
func Handle(w http.ResponseWriter, r *http.Request) {
	store.Visit()                      // want `package variable store.visits grows on every invocation and is never trimmed \(Handle → store.Visit\)`
	if store.Limits()["default"] > 0 { // want `lazy initialisation of store.limits without sync.Once races when invocations run concurrently \(Handle → store.Limits\)`
		store.Count() // want `package variable store.counter is written on every invocation without synchronisation, a data race when invocations run concurrently \(Handle → store.Count → bump\)`
	}
	store.Safe()
	mu.Lock()
	store.Count()
	mu.Unlock()
}

func main() {}
