// Command orders is one function of this directory, built on its own.
package main

import (
	"log"
	"net/http"
)

func orders(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		writeJSON(w, http.StatusOK, []string{})
	case http.MethodPost:
		writeJSON(w, http.StatusCreated, map[string]string{"id": "1"})
	}
}

func main() {
	http.HandleFunc("/orders", orders)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
