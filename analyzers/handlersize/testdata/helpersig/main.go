// Package main routes requests from one handler to helpers that share the
// handler signature: they are called by the handler, so they are helpers
// and are not measured.
package main

import (
	"encoding/json"
	"net/http"
	"strings"
)

type api struct {
	items map[string][]string
}

func (a *api) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		a.list(w, r)
	case http.MethodPost:
		a.add(w, r)
	default:
		w.Header().Set("Allow", "GET, POST")
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

// list is deep, but it is a helper of ServeHTTP.
func (a *api) list(w http.ResponseWriter, r *http.Request) {
	var out []string
	for owner, items := range a.items {
		if owner == r.URL.Query().Get("owner") {
			for _, it := range items {
				if it != "" {
					for _, word := range strings.Fields(it) {
						if len(word) > 2 {
							out = append(out, word)
						}
					}
				}
			}
		}
	}
	_ = json.NewEncoder(w).Encode(out)
}

func (a *api) add(w http.ResponseWriter, r *http.Request) {
	owner := r.URL.Query().Get("owner")
	a.items[owner] = append(a.items[owner], r.FormValue("item"))
	w.WriteHeader(http.StatusCreated)
}

func main() {
	http.Handle("/items", &api{items: map[string][]string{}})
	_ = http.ListenAndServe(":8080", nil)
}
