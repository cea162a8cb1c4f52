// Package unlogged answers 5xx for errors it never logs, and for errors it
// logs, returns or hands to a helper that logs them.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type item struct {
	ID string `json:"id"`
}

type repo struct{}

func (repo) Get(ctx context.Context, id string) (item, error) { return item{}, nil }
func (repo) Put(ctx context.Context, it item) error           { return nil }

var items repo

func main() {
	http.HandleFunc("/items", GetItem)
	lambda.Start(putItem)
}

func GetItem(w http.ResponseWriter, r *http.Request) {
	it, err := items.Get(r.Context(), r.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError) // want `answers 500 for an error that is never logged: the failure leaves no trace; log the error`
		return
	}
	body, err := json.Marshal(it)
	if err != nil {
		slog.ErrorContext(r.Context(), "marshal item", "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if err := check(it); err != nil {
		fmt.Fprintln(os.Stderr, "check:", err)
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if err := check(it); err != nil {
		internalError(w, err) // a helper that logs
		return
	}
	if err := check(it); err != nil {
		unavailable(w) // want `answers 503 for an error that is never logged`
		return
	}
	w.Write(body)
}

func check(it item) error { return nil }

// internalError logs the error and answers 500.
func internalError(w http.ResponseWriter, err error) {
	log.Printf("internal error: %v", err)
	http.Error(w, "internal error", http.StatusInternalServerError)
}

// unavailable answers 503 and knows of no error.
func unavailable(w http.ResponseWriter) {
	http.Error(w, "try again later", http.StatusServiceUnavailable)
}

func putItem(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	var it item
	if err := json.Unmarshal([]byte(req.Body), &it); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusBadRequest, Body: "invalid JSON"}, nil
	}
	if err := items.Put(ctx, it); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusInternalServerError, Body: "could not save"}, nil // want `answers 500 for an error that is never logged`
	}
	if err := check(it); err != nil {
		wrapped := fmt.Errorf("check item %s: %w", it.ID, err)
		log.Println(wrapped)
		return events.APIGatewayProxyResponse{StatusCode: http.StatusInternalServerError}, nil
	}
	return events.APIGatewayProxyResponse{StatusCode: http.StatusCreated}, nil
}
