// Package requestkind inserts from an HTTP handler: a client retries with
// its own idempotency rules, and idempotenttask is about tasks only.
package main

import (
	"database/sql"
	"net/http"
)

var db *sql.DB

// Handle creates an order for each POST.
func Handle(w http.ResponseWriter, r *http.Request) {
	if _, err := db.ExecContext(r.Context(), `INSERT INTO orders (body) VALUES ($1)`, r.FormValue("body")); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func main() { http.HandleFunc("/orders", Handle) }
