package main

import (
	"encoding/json"
	"net/http"
)

// writeJSON is shared by the functions of this directory: each is built
// with it, as in "go build orders.go respond.go".
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}
