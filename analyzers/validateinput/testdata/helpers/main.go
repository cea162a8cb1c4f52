// Package main is a Function URL handler whose steps are helpers: decode,
// validate, store.
package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type signup struct {
	Email string `json:"email"`
	Plan  string `json:"plan"`
}

type server struct {
	db *sql.DB
}

// decodeSignup decodes the body; it does not validate.
func decodeSignup(ev events.LambdaFunctionURLRequest) (signup, error) {
	var s signup
	err := json.Unmarshal([]byte(ev.Body), &s)
	return s, err
}

// checkSignup validates a signup with early returns.
func checkSignup(s signup) error {
	if s.Email == "" {
		return errors.New("email is required")
	}
	if s.Plan != "free" && s.Plan != "pro" {
		return errors.New("unknown plan")
	}
	return nil
}

// insert runs the query with the fields of s.
func (srv *server) insert(ctx context.Context, s signup) error {
	_, err := srv.db.ExecContext(ctx, "INSERT INTO signups (email, plan) VALUES ($1, $2)", s.Email, s.Plan)
	return err
}

// handle decodes with a helper and stores with another: nothing checks.
func (srv *server) handle(ctx context.Context, ev events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
	s, err := decodeSignup(ev)
	if err != nil {
		return events.LambdaFunctionURLResponse{StatusCode: http.StatusBadRequest}, nil
	}
	if err := srv.insert(ctx, s); err != nil { // want `input returned by decodeSignup reaches SQL arguments of sql.\(\*DB\).ExecContext unvalidated \(\(\*server\).insert\)`
		return events.LambdaFunctionURLResponse{StatusCode: http.StatusInternalServerError}, nil
	}
	return events.LambdaFunctionURLResponse{StatusCode: http.StatusCreated}, nil
}

// handleChecked validates with a helper before storing.
func (srv *server) handleChecked(ctx context.Context, ev events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
	s, err := decodeSignup(ev)
	if err != nil {
		return events.LambdaFunctionURLResponse{StatusCode: http.StatusBadRequest}, nil
	}
	if err := checkSignup(s); err != nil {
		return events.LambdaFunctionURLResponse{StatusCode: http.StatusBadRequest, Body: err.Error()}, nil
	}
	if err := srv.insert(ctx, s); err != nil {
		return events.LambdaFunctionURLResponse{StatusCode: http.StatusInternalServerError}, nil
	}
	return events.LambdaFunctionURLResponse{StatusCode: http.StatusCreated}, nil
}

// decodeValid decodes and validates: what it returns is checked.
func decodeValid(ev events.LambdaFunctionURLRequest) (signup, error) {
	var s signup
	if err := json.Unmarshal([]byte(ev.Body), &s); err != nil {
		return s, err
	}
	if err := checkSignup(s); err != nil {
		return s, err
	}
	return s, nil
}

// handleDecodeValid stores what a validating decoder returns.
func (srv *server) handleDecodeValid(ctx context.Context, ev events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
	s, err := decodeValid(ev)
	if err != nil {
		return events.LambdaFunctionURLResponse{StatusCode: http.StatusBadRequest}, nil
	}
	if err := srv.insert(ctx, s); err != nil {
		return events.LambdaFunctionURLResponse{StatusCode: http.StatusInternalServerError}, nil
	}
	return events.LambdaFunctionURLResponse{StatusCode: http.StatusCreated}, nil
}

// decodeInto decodes the body into v.
func decodeInto(ev events.LambdaFunctionURLRequest, v any) error {
	return json.Unmarshal([]byte(ev.Body), v)
}

// handleInto decodes through a helper and ignores its error, then stores
// from a closure.
func (srv *server) handleInto(ctx context.Context, ev events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
	var s signup
	decodeInto(ev, &s) // want `error of decodeInto ignored`
	store := func() error {
		_, err := srv.db.ExecContext(ctx, "INSERT INTO signups (email) VALUES ($1)", s.Email) // want `request body decoded into s reaches SQL arguments`
		return err
	}
	if err := store(); err != nil {
		return events.LambdaFunctionURLResponse{StatusCode: http.StatusInternalServerError}, nil
	}
	return events.LambdaFunctionURLResponse{StatusCode: http.StatusCreated}, nil
}

// handleIntoChecked checks before making the closure.
func (srv *server) handleIntoChecked(ctx context.Context, ev events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
	var s signup
	if err := decodeInto(ev, &s); err != nil {
		return events.LambdaFunctionURLResponse{StatusCode: http.StatusBadRequest}, nil
	}
	if checkSignup(s) != nil {
		return events.LambdaFunctionURLResponse{StatusCode: http.StatusBadRequest}, nil
	}
	store := func() error {
		_, err := srv.db.ExecContext(ctx, "INSERT INTO signups (email) VALUES ($1)", s.Email)
		return err
	}
	if err := store(); err != nil {
		return events.LambdaFunctionURLResponse{StatusCode: http.StatusInternalServerError}, nil
	}
	return events.LambdaFunctionURLResponse{StatusCode: http.StatusCreated}, nil
}

// decodeAs is a generic decoder.
func decodeAs[T any](body string) (T, error) {
	var v T
	err := json.Unmarshal([]byte(body), &v)
	return v, err
}

// handleGeneric decodes with a generic helper and stores unchecked.
func (srv *server) handleGeneric(ctx context.Context, ev events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
	s, err := decodeAs[signup](ev.Body)
	if err != nil {
		return events.LambdaFunctionURLResponse{StatusCode: http.StatusBadRequest}, nil
	}
	if err := srv.insert(ctx, s); err != nil { // want `request body reaches SQL arguments of sql.\(\*DB\).ExecContext unvalidated \(\(\*server\).insert\)`
		return events.LambdaFunctionURLResponse{StatusCode: http.StatusInternalServerError}, nil
	}
	return events.LambdaFunctionURLResponse{StatusCode: http.StatusCreated}, nil
}

func main() {
	srv := &server{}
	lambda.Start(srv.handle)
}
