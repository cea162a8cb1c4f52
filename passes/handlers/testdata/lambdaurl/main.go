// Package main serves net/http handlers through Lambda Function URLs.
package main

import (
	"net/http"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdaurl"
)

type app struct{}

func (app) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want `handler request lambda registered`
	w.WriteHeader(http.StatusNoContent)
}

func hello(w http.ResponseWriter, r *http.Request) { // want `handler request net/http registered`
	_, _ = w.Write([]byte("hello"))
}

func main() { // want `init`
	if os.Getenv("WRAP") != "" {
		lambda.Start(lambdaurl.Wrap(app{}))
	}
	mux := http.NewServeMux() // a router of the standard library is no handler
	mux.HandleFunc("/hello", hello)
	lambdaurl.Start(mux)
}
