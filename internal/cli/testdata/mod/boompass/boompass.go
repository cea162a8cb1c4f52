// Package boompass makes the test pass required by "needsboom" panic.
package boompass

import "example.com/mod/web"

// Handle is reported by the other test analyzers.
func Handle(w web.ResponseWriter, r *web.Request) {}
