// Package main builds its handler in a constructor: the constructor runs
// once, the closure it returns on every invocation.
package main

import (
	"net/http"
	"regexp"
	"time"
)

func newHandler() http.HandlerFunc {
	allowed := regexp.MustCompile(`^/(orders|users)/[0-9]+$`) // constructor: once
	return func(w http.ResponseWriter, r *http.Request) {
		if !allowed.MatchString(r.URL.Path) {
			http.NotFound(w, r)
			return
		}
		loc, err := time.LoadLocation("Europe/Paris") // want `time.LoadLocation of a constant name runs on every invocation \(newHandler.func1\); load it once in a package-level variable`
		if err != nil {
			http.Error(w, `{"error":"Internal server error"}`, http.StatusInternalServerError)
			return
		}
		utc, _ := time.LoadLocation("UTC") // reads nothing
		_, _ = w.Write([]byte(time.Now().In(loc).Format(time.RFC3339) + " " + time.Now().In(utc).String()))
	}
}

func main() {
	http.Handle("/", newHandler())
	_ = http.ListenAndServe(":8080", nil)
}
