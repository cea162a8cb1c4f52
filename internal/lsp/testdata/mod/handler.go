// Package lspfixture is the module that the language server's tests open.
package lspfixture

import (
	"log"
	"net/http"
)

// greeting and every share a line so that the columns of the schedule
// finding count UTF-16 code units after "é" and "😀".
var greeting, every = "héllo 😀", "rate(1 minutes)"

// Handle has more statements than .fnlint.yml allows, and exits.
func Handle(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		log.Fatal("no name")
	}
	w.Header().Set("Content-Type", "text/plain")
	w.Write([]byte(greeting + name + every))
}
