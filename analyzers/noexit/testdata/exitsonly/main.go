// Package main is checked with -noexit.panics=false: only the exit is
// reported.
package main

import (
	"log"
	"net/http"
	"strconv"
)

func handle(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil {
		panic(err)
	}
	if n < 0 {
		log.Panicf("negative n %d", n)
	}
	if n > 100 {
		log.Fatalf("n too large: %d", n) // want `log.Fatalf exits the process in invocation scope \(handle\); return an error instead`
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/", handle)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
