// Package main builds its handler in a constructor called from main: the
// constructor runs once, the closure it returns on every invocation.
package main

import (
	"context"
	"net/http"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func newHandler(cfg aws.Config) http.HandlerFunc {
	store := s3.NewFromConfig(cfg) // the constructor: once
	return func(w http.ResponseWriter, r *http.Request) {
		db := dynamodb.NewFromConfig(cfg) // want `dynamodb.NewFromConfig runs on every invocation \(newHandler.func1\)`
		_, _ = store, db
		w.WriteHeader(http.StatusNoContent)
	}
}

func main() {
	var cfg aws.Config
	_ = context.Background()
	http.Handle("/", newHandler(cfg))
	_ = http.ListenAndServe(":8080", nil)
}
