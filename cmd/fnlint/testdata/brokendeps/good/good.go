// Package good type-checks, and its handler exits the process.
package good

import (
	"log"
	"net/http"
)

// Handle exits the process when the request has no body.
func Handle(w http.ResponseWriter, r *http.Request) {
	if r.Body == nil {
		log.Fatal("no body")
	}
	w.WriteHeader(Status())
}

// Status is the status the handler answers with.
func Status() int { return http.StatusNoContent }
