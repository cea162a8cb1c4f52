// Package main is a net/http function whose handler exits.
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
)

var logger = log.New(os.Stderr, "fn: ", log.LstdFlags)

func hello(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		logger.Fatalln("no name") // want `Logger.Fatalln exits the process in invocation scope \(hello\); return an error instead`
	}
	if _, err := fmt.Fprintf(w, "hello %s", name); err != nil {
		logger.Printf("write: %v", err) // logging is fine
	}
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /hello", hello)
	if err := http.ListenAndServe(":"+os.Getenv("PORT"), mux); err != nil {
		logger.Fatal(err)
	}
}
