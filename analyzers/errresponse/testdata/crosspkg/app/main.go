// Package main answers through the helpers of package respond.
package main

import (
	"errors"
	"net/http"

	"example.com/fixtures/crosspkg/respond"
)

var errLocked = errors.New("account locked")

func load(r *http.Request) error { return nil }

func Handle(w http.ResponseWriter, r *http.Request) {
	if err := load(r); err != nil {
		respond.Error(w, http.StatusInternalServerError, err.Error()) // want `error text sent to the client with status 500`
		return
	}
	if err := load(r); err != nil {
		respond.Internal(w, err) // logged by the helper
		return
	}
	if err := load(r); err != nil {
		respond.Unavailable(w, "maintenance") // want `answers 503 for an error that is never logged`
		return
	}
	if err := load(r); errors.Is(err, errLocked) {
		respond.Error(w, http.StatusForbidden, err.Error()) // a client error
		return
	}
	respond.JSONMessage(w, "ok")
}

func main() {
	http.HandleFunc("/", Handle)
	_ = http.ListenAndServe(":8080", nil)
}
