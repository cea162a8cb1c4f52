// Package broken does not type-check: a helper was renamed. Its other
// declarations are fine, and other packages use them.
package broken

import "net/http"

// Status is the status the handlers answer with.
func Status() int { return http.StatusOK }

// Handle answers with the status.
func Handle(w http.ResponseWriter, r *http.Request) {
	writeStatus(w, Status())
}

func writeStatusCode(w http.ResponseWriter, code int) {
	w.WriteHeader(code)
}
