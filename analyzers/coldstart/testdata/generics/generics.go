// Package generics compiles a pattern in a generic helper.
package generics

import (
	"net/http"
	"regexp"
)

type id interface{ ~string }

func allMatch[T id](ids []T) bool { // want allMatch:`constant regexp\.MustCompile`
	for _, v := range ids {
		if !regexp.MustCompile(`^[0-9a-f]{32}$`).MatchString(string(v)) { // want `regexp.MustCompile of a constant runs on every invocation \(Batch → allMatch\)`
			return false
		}
	}
	return true
}

type orderID string

// Batch checks a batch of order ids.
func Batch(w http.ResponseWriter, r *http.Request) { // want Batch:`constant regexp\.MustCompile via allMatch`
	ids := []orderID(nil)
	for _, v := range r.URL.Query()["id"] {
		ids = append(ids, orderID(v))
	}
	if !allMatch(ids) {
		http.Error(w, `{"error":"invalid id"}`, http.StatusBadRequest)
	}
}
