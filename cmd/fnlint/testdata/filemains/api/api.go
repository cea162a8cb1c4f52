// Package api serves the items of a shop.
package api

import "net/http"

// Items lists and creates items.
func Items(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		w.Write([]byte("[]"))
	case http.MethodPost:
		w.WriteHeader(http.StatusCreated)
	}
}
