// Package main serves a ServeMux through a third-party Lambda adapter: the
// adapter's Proxy method is the registered handler, and it is large, but it
// belongs to a dependency and is not reported.
package main

import (
	"net/http"

	"example.com/adapter"
	"github.com/aws/aws-lambda-go/lambda"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /ping", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	lambda.Start(adapter.New(mux).Proxy)
}
