// Package api has small net/http handlers that call helpers for each step.
package api

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
)

type greeting struct {
	Name string `json:"name"`
}

var errNoName = errors.New("name is required")

// Greet answers with a greeting for the name in the query.
func Greet(w http.ResponseWriter, r *http.Request) {
	g, err := parseGreeting(r)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"message": "hello, " + g.Name})
}

// Routes registers the handlers of the package.
func Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /greet", Greet)
	mux.HandleFunc("GET /health", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
}

func parseGreeting(r *http.Request) (greeting, error) {
	name := strings.TrimSpace(r.URL.Query().Get("name"))
	if name == "" {
		return greeting{}, errNoName
	}
	return greeting{Name: name}, nil
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}
