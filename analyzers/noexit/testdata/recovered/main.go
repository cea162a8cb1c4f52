// Package main holds panics that a deferred recover catches, and one that
// a recover in the wrong place does not.
package main

import (
	"encoding/json"
	"log"
	"net/http"
)

type item struct{ Name string }

// handle recovers every panic below it and answers 500.
func handle(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			log.Printf("panic: %v", v)
			http.Error(w, "internal error", http.StatusInternalServerError)
		}
	}()
	var it item
	if err := json.NewDecoder(r.Body).Decode(&it); err != nil {
		panic(err) // caught by the deferred recover above
	}
	mustName(it) // so are the panics of what handle calls
	w.WriteHeader(http.StatusNoContent)
}

func mustName(it item) {
	if it.Name == "" {
		panic("no name")
	}
}

// guarded recovers through a named function it defers.
func guarded(w http.ResponseWriter, r *http.Request) {
	defer recoverTo(w)
	mustName(item{Name: r.URL.Query().Get("name")})
}

func recoverTo(w http.ResponseWriter) {
	if recover() != nil {
		w.WriteHeader(http.StatusInternalServerError)
	}
}

// wrongRecover defers a function that calls recover only indirectly: that
// recover returns nil and the panic goes on.
func wrongRecover(w http.ResponseWriter, r *http.Request) {
	defer func() { recoverTo(w) }()
	if r.ContentLength > 1<<20 {
		panic("too large") // want `panic panics in invocation scope \(wrongRecover\); return an error instead`
	}
}

func main() {
	http.HandleFunc("/items", handle)
	http.HandleFunc("/guarded", guarded)
	http.HandleFunc("/wrong", wrongRecover)
	log.Fatal(http.ListenAndServe(":8080", nil)) // main: fine
}
