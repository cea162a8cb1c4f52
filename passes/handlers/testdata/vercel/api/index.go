// Package api is a Vercel function: a Handler with the net/http signature
// and no registration in sight.
package api

import (
	"fmt"
	"net/http"
)

func Handler(w http.ResponseWriter, r *http.Request) { // want `handler request net/http signature`
	fmt.Fprint(w, greeting(r.URL.Query().Get("name")))
}

func greeting(name string) string { // want `invocation Handler → greeting`
	return "hello " + name
}

// Unused has a handler-like name and a different signature.
func Unused(w http.ResponseWriter, name string) {
	fmt.Fprint(w, name)
}
