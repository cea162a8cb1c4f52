// Package main is a net/http function whose handler reaches an exit of
// package store. With the plugin's settings (noexit panics: false), the
// panic it also reaches is not reported.
package main

import (
	"context"
	"fmt"
	"net/http"
	"os"

	"example.com/pluginfixture/exits/store"
)

var db = store.MustOpen(context.Background(), os.Getenv("DSN")) // init scope: fine

func lookup(w http.ResponseWriter, r *http.Request) {
	other := store.MustOpen(r.Context(), r.URL.Query().Get("db")) // want `log.Fatalf exits the process in invocation scope \(lookup → store.MustOpen\); return an error instead`
	v := db.Get(r.PathValue("key")) + other.Get("suffix")         // panics: off in the settings
	if _, err := store.Open(r.Context(), v); err != nil {         // returns its error
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	fmt.Fprint(w, v)
}

func main() {
	http.HandleFunc("GET /lookup/{key}", lookup)
	_ = http.ListenAndServe(":"+os.Getenv("PORT"), nil)
}
