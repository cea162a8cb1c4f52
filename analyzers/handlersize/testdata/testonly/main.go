// Package main has a small handler; its test file holds large functions
// with handler signatures that only tests call.
package main

import "net/http"

func ping(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/ping", ping)
	_ = http.ListenAndServe(":8080", nil)
}
