// Package api has handlers for the test analyzers of the cli tests: each
// handler is reported, with a fix that adds a comment above it.
package api

import "example.com/mod/web"

// Hello greets.
func Hello(w web.ResponseWriter, r *web.Request) {
	w.Write([]byte("hello"))
}

// Bye says goodbye.
func Bye(w web.ResponseWriter, r *web.Request) {
	w.Write([]byte("bye"))
	w.Write([]byte("see you"))
}

//fnlint:ignore handlerfix the status handler stays as it is
func Status(w web.ResponseWriter, r *web.Request) { w.Write(nil) }

// helper is not a handler.
func helper(w web.ResponseWriter) {
	w.Write([]byte("helper"))
}

//fnlint:ignore handlerfix nothing to suppress on the next line
var _ = helper
