// Each file of this directory is a program of its own: go build first.go
// shared.go.
package main

import "example.com/mod/web"

func Handle(w web.ResponseWriter, r *web.Request) { reply(w, "first") }

func main() { _ = Handle }
