// Package baddirective has malformed //fnlint:ignore directives: errors of
// the input, which suppress nothing.
package baddirective

import "example.com/mod/web"

//fnlint:ignore handlerfix
func NoReason(w web.ResponseWriter, r *web.Request) {}

func Unknown(w web.ResponseWriter, r *web.Request) {} //fnlint:ignore nosuchcheck,handlerfix old name

//fnlint:ignore
func Nothing(w web.ResponseWriter, r *web.Request) {}
