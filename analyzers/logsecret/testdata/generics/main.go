// Command generics logs through a generic helper.
package main

import (
	"fmt"
	"net/http"
)

func dump[T any](label string, v T) {
	fmt.Printf("%s: %+v\n", label, v)
}

func serve(w http.ResponseWriter, r *http.Request) {
	dump("request", r)                             // want `dump \(through fmt.Printf\) logs the whole request with its headers`
	dump("auth", r.Header.Values("Authorization")) // want `dump \(through fmt.Printf\) logs the "Authorization" header`
	dump("query", r.URL.Query().Get("page"))
	dump("size", r.ContentLength)
}

func main() {
	http.HandleFunc("/", serve)
	http.ListenAndServe(":8080", nil)
}
