// Package usesbroken is correct in itself but imports the broken package.
package usesbroken

import (
	"log"
	"net/http"

	"example.com/brokendeps/broken"
)

// Handle exits the process when the request has no body.
func Handle(w http.ResponseWriter, r *http.Request) {
	if r.Body == nil {
		log.Fatal("no body")
	}
	w.WriteHeader(broken.Status())
}
