// Package main registers function literals as handlers: inline in main,
// returned by a generic constructor, and wrapped inside another handler.
package main

import (
	"encoding/json"
	"net/http"
	"strings"
	"time"
)

// decodeJSON returns a handler that decodes a T and passes it to save.
func decodeJSON[T any](save func(T) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { // want `handler decodeJSON.func1 nests control statements 5 deep \(max 4\)`
		var batch []T
		if err := json.NewDecoder(r.Body).Decode(&batch); err != nil {
			http.Error(w, "invalid JSON", http.StatusBadRequest)
			return
		}
		for i, v := range batch {
			if err := save(v); err != nil {
				for attempt := 0; attempt < 3; attempt++ {
					if err = save(v); err == nil {
						switch {
						case attempt > 0:
							w.Header().Add("X-Retried", json.Number(rune('0'+i)).String())
						}
						break
					}
				}
			}
		}
		w.WriteHeader(http.StatusNoContent)
	}
}

// timeouts runs a large inner handler under http.TimeoutHandler; the inner
// literal is a handler of its own and does not count toward ServeHTTP.
type timeouts struct{}

func (timeouts) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	inner := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { // want `handler \(timeouts\).ServeHTTP.func1 nests control statements 5 deep \(max 4\)`
		for _, v := range r.Header.Values("X-Tags") {
			if v != "" {
				for _, tag := range strings.Split(v, ",") {
					if tag = strings.TrimSpace(tag); tag != "" {
						select {
						case <-r.Context().Done():
							return
						default:
							w.Header().Add("X-Tag", tag)
						}
					}
				}
			}
		}
	})
	http.TimeoutHandler(inner, 2*time.Second, "timeout").ServeHTTP(w, r)
}

type event struct{ Name string }

func main() {
	http.HandleFunc("/search", func(w http.ResponseWriter, r *http.Request) { // want `handler main.func1 nests control statements 5 deep \(max 4\)`
		for _, term := range r.URL.Query()["q"] {
			if term != "" {
				for _, word := range strings.Fields(term) {
					if len(word) > 2 {
						switch word {
						case "and", "the":
							continue
						}
						w.Write([]byte(word + "\n"))
					}
				}
			}
		}
	})
	http.Handle("/events", decodeJSON(func(e event) error { return nil }))
	http.Handle("/slow", timeouts{})
	_ = http.ListenAndServe(":8080", nil)
}
