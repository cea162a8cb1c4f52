// Package usesgood imports the good package, and its handler exits too.
package usesgood

import (
	"log"
	"net/http"

	"example.com/brokendeps/good"
)

// Handle exits the process when the request has no body.
func Handle(w http.ResponseWriter, r *http.Request) {
	if r.Body == nil {
		log.Fatal("no body")
	}
	w.WriteHeader(good.Status())
}
