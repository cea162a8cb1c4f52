// Package internalerror sends the text of internal errors to clients, and
// sends client errors, which clients are meant to read.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type user struct {
	Name  string `json:"name"`
	Email string `json:"email"`
}

func (u user) Validate() error {
	if u.Email == "" {
		return errors.New("email is required")
	}
	return nil
}

type store struct{}

func (store) Save(ctx context.Context, u user) error    { return nil }
func (store) Find(ctx context.Context, id string) error { return nil }

var db store

func main() {
	http.HandleFunc("/users", CreateUser)
	lambda.Start(getUser)
}

func CreateUser(w http.ResponseWriter, r *http.Request) {
	var u user
	if err := json.NewDecoder(r.Body).Decode(&u); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // a decode error is the client's
		return
	}
	if err := u.Validate(); err != nil {
		w.WriteHeader(http.StatusUnprocessableEntity)
		_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
		return
	}
	if err := db.Save(r.Context(), u); err != nil {
		log.Printf("save user: %v", err)
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `error text sent to the client with status 500; log the error and answer a generic message`
		return
	}
	if err := notify(u); err != nil {
		slog.Error("notify", "err", err)
		w.WriteHeader(http.StatusBadGateway)
		_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()}) // want `error text sent to the client with status 502`
		return
	}
	if err := audit(u); err != nil {
		slog.Error("audit", "err", err)
		w.WriteHeader(http.StatusInternalServerError)
		fmt.Fprintf(w, "audit failed: %v", err) // want `error text sent to the client with status 500`
		return
	}
	w.WriteHeader(http.StatusCreated)
	fmt.Fprintf(w, "created %s", u.Name)
}

func notify(u user) error { return nil }
func audit(u user) error  { return nil }

func getUser(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	if err := db.Find(ctx, req.PathParameters["id"]); err != nil {
		log.Printf("find user: %v", err)
		return events.APIGatewayProxyResponse{StatusCode: http.StatusInternalServerError, Body: fmt.Sprintf("lookup: %s", err)}, nil // want `error text sent to the client with status 500`
	}
	if err := ping(ctx); err != nil {
		log.Printf("ping: %v", err)
		return apiError(http.StatusServiceUnavailable, err.Error()), nil // want `error text sent to the client with status 503`
	}
	if req.PathParameters["id"] == "" {
		return apiError(http.StatusNotFound, "user not found"), nil
	}
	return events.APIGatewayProxyResponse{StatusCode: http.StatusOK}, nil
}

func ping(ctx context.Context) error { return nil }

// apiError builds a response from a status and a message: callers decide
// what the message is.
func apiError(status int, msg string) events.APIGatewayProxyResponse {
	body, _ := json.Marshal(map[string]string{"error": msg})
	return events.APIGatewayProxyResponse{StatusCode: status, Body: string(body)}
}

// writeErr answers whatever error it is given with its text and a status
// the caller does not control.
func writeErr(w http.ResponseWriter, err error, status int) {
	log.Printf("request failed: %v", err)
	http.Error(w, err.Error(), status)
}

// Delete uses writeErr with a client status: fine.
func Delete(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		writeErr(w, errors.New("id is required"), http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// fail answers with an unknown status: a 5xx for all it knows.
func fail(w http.ResponseWriter, err error) {
	log.Printf("failed: %v", err)
	http.Error(w, err.Error(), statusFor(err)) // want `error text sent to the client with an unknown status`
}

func statusFor(err error) int {
	if errors.Is(err, context.DeadlineExceeded) {
		return http.StatusGatewayTimeout
	}
	return http.StatusInternalServerError
}

var _ = fail
