// Each file of this directory is a program of its own: go build second.go
// shared.go.
package main

import "example.com/mod/web"

func Handle(w web.ResponseWriter, r *web.Request) {
	reply(w, "second")
	reply(w, "again")
}

func main() { _ = Handle }
