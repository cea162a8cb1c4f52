package fn

import (
	"errors"
	"net/http"
	"strings"
)

// ErrInvalidJSON is wrapped by the errors of request bodies and payloads
// that are not valid JSON. Request functions answer them with
// 400 {"error":"Invalid JSON"}.
var ErrInvalidJSON = errors.New("invalid JSON")

// An Error is an error whose status and message are meant for the client.
// The cause, if any, is logged and never sent.
type Error struct {
	// Status is the HTTP status of the response.
	Status int
	// Message is the text of the response's "error" field.
	Message string
	// Header is added to the response, as Allow or WWW-Authenticate.
	Header http.Header
	// Err is the cause, for logs.
	Err error
}

// Error returns the message and the cause, for logs.
func (e *Error) Error() string {
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// BadRequest returns a 400 error with a message for the client.
func BadRequest(message string) *Error {
	return &Error{Status: http.StatusBadRequest, Message: message}
}

// NotFound returns a 404 error with a message for the client.
func NotFound(message string) *Error {
	return &Error{Status: http.StatusNotFound, Message: message}
}

// Conflict returns a 409 error with a message for the client.
func Conflict(message string) *Error {
	return &Error{Status: http.StatusConflict, Message: message}
}

// A FieldError is one detail of a [ValidationError].
type FieldError struct {
	// Field is the JSON name of the field at fault, "" for the whole
	// input.
	Field string `json:"field,omitempty"`
	// Message tells what is wrong, for the client.
	Message string `json:"message"`
}

// A ValidationError lists what is wrong with a request's input. Request
// functions answer it with 400 {"error":"Validation failed","details":[...]}.
type ValidationError struct {
	// Details lists the problems, in the order found.
	Details []FieldError
}

// Error lists the details, for logs.
func (e *ValidationError) Error() string {
	msgs := make([]string, len(e.Details))
	for i, d := range e.Details {
		if d.Field != "" {
			msgs[i] = d.Field + ": " + d.Message
		} else {
			msgs[i] = d.Message
		}
	}
	return "validation failed: " + strings.Join(msgs, "; ")
}

// A Validator checks its own content after decoding. [Bind] calls it.
type Validator interface {
	// Validate returns nil or an error describing what is wrong, best a
	// *ValidationError built with a [Validation].
	Validate() error
}

// A Validation collects the problems of an input, field by field. Its zero
// value is ready to use.
//
//	var v fn.Validation
//	v.Check(u.Email != "", "email", "is required")
//	v.Check(len(u.Name) <= 100, "name", "must be at most 100 characters")
//	return v.Err()
type Validation struct {
	details []FieldError
}

// Check records message for field when ok is false, and returns ok.
func (v *Validation) Check(ok bool, field, message string) bool {
	if !ok {
		v.details = append(v.details, FieldError{Field: field, Message: message})
	}
	return ok
}

// Err returns a *ValidationError listing the problems recorded, or nil.
func (v *Validation) Err() error {
	if len(v.details) == 0 {
		return nil
	}
	return &ValidationError{Details: v.details}
}
