// Package broken does not compile: its handler uses a helper that was
// renamed.
package broken

import "net/http"

// Handle answers with the status.
func Handle(w http.ResponseWriter, r *http.Request) {
	writeStatus(w, http.StatusOK)
}

func writeStatusCode(w http.ResponseWriter, code int) {
	w.WriteHeader(code)
}
