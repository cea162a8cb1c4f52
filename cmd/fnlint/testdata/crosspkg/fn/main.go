// Command fn is a net/http function whose handler reaches an exit in
// package store, and whose nightly schedule is written Unix-style.
package main

import (
	"fmt"
	"net/http"
	"os"

	"example.com/crosspkg/store"
)

// Nightly is the schedule of the cleanup rule.
var Nightly = "rate(1 days)"

func handle(w http.ResponseWriter, r *http.Request) {
	db := store.MustOpen(r.URL.Query().Get("db"))
	fmt.Fprintln(w, db.Name(), Nightly)
}

func main() {
	http.HandleFunc("/", handle)
	if err := http.ListenAndServe(":"+os.Getenv("PORT"), nil); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
