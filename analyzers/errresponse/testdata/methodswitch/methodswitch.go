// Package methodswitch dispatches on the request method, with and without
// an answer for the other methods.
package main

import (
	"context"
	"net/http"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func main() {
	http.HandleFunc("/items", Items)
	http.HandleFunc("/orders", Orders)
	http.HandleFunc("/carts", Carts)
	http.HandleFunc("/cors", WithCORS)
	http.HandleFunc("/users", Users)
	lambda.Start(handleV1)
	lambda.Start(handleV2)
}

func Items(w http.ResponseWriter, r *http.Request) {
	switch r.Method { // want `method switch has no default: answer other methods with 405 Method Not Allowed and an Allow header`
	case http.MethodGet:
		w.Write([]byte("[]"))
	case http.MethodPost:
		w.WriteHeader(http.StatusCreated)
	}
}

func Orders(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case "GET":
		w.Write([]byte("[]"))
	case "DELETE":
		w.WriteHeader(http.StatusNoContent)
	default: // want `method switch default answers 404, not 405 Method Not Allowed`
		http.Error(w, "not found", http.StatusNotFound)
	}
}

// Carts answers 405 in its default.
func Carts(w http.ResponseWriter, r *http.Request) {
	switch strings.ToUpper(r.Method) {
	case "GET", "HEAD":
		w.Write([]byte("[]"))
	case "PUT":
		w.WriteHeader(http.StatusNoContent)
	default:
		w.Header().Set("Allow", "GET, HEAD, PUT")
		http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
	}
}

// WithCORS handles preflights in a switch and goes on for the rest.
func WithCORS(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodOptions:
		w.Header().Set("Access-Control-Allow-Methods", "GET")
		w.WriteHeader(http.StatusNoContent)
		return
	}
	w.Write([]byte("ok"))
}

// Users answers 405 after the switch, whose cases return.
func Users(w http.ResponseWriter, r *http.Request) {
	method := r.Method
	switch method {
	case http.MethodGet:
		w.Write([]byte("[]"))
		return
	case http.MethodPost:
		w.WriteHeader(http.StatusCreated)
		return
	}
	w.Header().Set("Allow", "GET, POST")
	w.WriteHeader(http.StatusMethodNotAllowed)
}

// Route delegates unknown methods to a helper: what it answers is its own.
func Route(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.Method == http.MethodGet:
		w.Write([]byte("[]"))
	case r.Method == http.MethodPatch:
		w.WriteHeader(http.StatusNoContent)
	default:
		methodNotAllowed(w)
	}
}

func methodNotAllowed(w http.ResponseWriter) {
	http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
}

func handleV1(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	switch req.HTTPMethod { // want `method switch has no default`
	case http.MethodGet:
		return events.APIGatewayProxyResponse{StatusCode: http.StatusOK, Body: "[]"}, nil
	case http.MethodPost:
		return events.APIGatewayProxyResponse{StatusCode: http.StatusCreated}, nil
	}
	return events.APIGatewayProxyResponse{StatusCode: http.StatusOK}, nil
}

func handleV2(ctx context.Context, req events.APIGatewayV2HTTPRequest) (*events.APIGatewayV2HTTPResponse, error) {
	switch { // want `method switch has no default`
	case req.RequestContext.HTTP.Method == "GET":
		return &events.APIGatewayV2HTTPResponse{StatusCode: http.StatusOK, Body: "[]"}, nil
	case req.RequestContext.HTTP.Method == "PUT":
		return &events.APIGatewayV2HTTPResponse{StatusCode: http.StatusNoContent}, nil
	}
	return &events.APIGatewayV2HTTPResponse{StatusCode: http.StatusNotFound}, nil
}

// kind switches on something that is not the method.
func kind(r *http.Request) string {
	switch r.URL.Query().Get("kind") {
	case "GET", "POST":
		return "verb"
	}
	return ""
}

var _ = kind

// dispatch switches on a parameter assigned once from itself: following
// the variable to its assignment once recursed until the stack overflowed.
func dispatch(w http.ResponseWriter, method string) {
	method = strings.ToUpper(method)
	switch method {
	case http.MethodGet:
		w.Write([]byte("[]"))
	case http.MethodPost:
		w.WriteHeader(http.StatusCreated)
	}
}
