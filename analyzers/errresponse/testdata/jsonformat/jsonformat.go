// Package jsonformat builds JSON response bodies by formatting strings,
// and builds JSON that is safe or is no response body.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func main() {
	lambda.Start(greet)
}

func greet(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	name := req.QueryStringParameters["name"]
	if name == "" {
		return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusBadRequest, Body: errorBody("name is required")}, nil
	}
	log.Printf(`{"event":"greet","name":%q}`, name) // a log line, not a response
	return events.APIGatewayV2HTTPResponse{
		StatusCode: http.StatusOK,
		Body:       fmt.Sprintf(`{"message":"hello, %s"}`, name), // want `JSON response body built by string formatting is not escaped; build it with encoding/json`
	}, nil
}

// errorBody concatenates: its callers' messages reach bodies.
func errorBody(msg string) string {
	return "{\"error\":\"" + msg + "\"}" // want `JSON response body built by string formatting`
}

func Item(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	count := len(id)
	w.Header().Set("Content-Type", "application/json")
	if id == "" {
		w.WriteHeader(http.StatusBadRequest)
		w.Write([]byte(`{"error":"id is required"}`)) // constant JSON
		return
	}
	if r.URL.Query().Get("count") != "" {
		fmt.Fprintf(w, `{"count":%d,"valid":%t}`, count, count > 0) // numbers and booleans cannot break JSON
		return
	}
	if r.URL.Query().Get("raw") != "" {
		fmt.Fprintf(w, `{"id":"%s"}`, id) // want `JSON response body built by string formatting`
		return
	}
	body, err := json.Marshal(map[string]any{"id": id, "count": count})
	if err != nil {
		log.Printf("marshal: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(body)
}
