// Package main serves a generated router.
package main

import "net/http"

func main() {
	http.HandleFunc("/", route)
	_ = http.ListenAndServe(":8080", nil)
}
