package fn

import (
	"context"
	"errors"
	"net/http"
)

// DefaultMaxBodyBytes is the default size limit of request bodies.
const DefaultMaxBodyBytes = 1 << 20

// ErrInvalidJSON is wrapped by the errors of bodies that are not valid JSON.
var ErrInvalidJSON = errors.New("invalid JSON")

// ErrBodyTooLarge answers a request body over the limit with 413.
var ErrBodyTooLarge = &Error{Status: http.StatusRequestEntityTooLarge, Message: "Request body too large"}

// JSON returns a JSON response.
func JSON(status int, v any) (*Response, error) { return nil, nil }

// Text returns a text response.
func Text(status int, s string) *Response { return nil }

// NoContent returns a 204 response.
func NoContent() *Response { return nil }

// ErrorResponse returns the response Serve gives for err.
func ErrorResponse(ctx context.Context, ev *Event, err error) *Response { return nil }

// Error is an error with an HTTP status.
type Error struct {
	Status  int
	Message string
	Header  http.Header
	Err     error
}

// Error implements error.
func (e *Error) Error() string { return e.Message }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// BadRequest returns a 400 error.
func BadRequest(message string) *Error {
	return &Error{Status: http.StatusBadRequest, Message: message}
}

// NotFound returns a 404 error.
func NotFound(message string) *Error { return &Error{Status: http.StatusNotFound, Message: message} }

// Conflict returns a 409 error.
func Conflict(message string) *Error { return &Error{Status: http.StatusConflict, Message: message} }

// FieldError is one problem of an input.
type FieldError struct {
	Field   string `json:"field,omitempty"`
	Message string `json:"message"`
}

// ValidationError lists the problems of an input.
type ValidationError struct {
	Details []FieldError
}

// Error implements error.
func (e *ValidationError) Error() string { return "" }

// Validation collects the problems of an input. Its zero value is ready.
type Validation struct {
	details []FieldError
}

// Check records message for field when ok is false, and returns ok.
func (v *Validation) Check(ok bool, field, message string) bool { return ok }

// Err returns a *ValidationError or nil.
func (v *Validation) Err() error { return nil }

// Validator checks its own content after decoding.
type Validator interface {
	Validate() error
}

// DecodeJSON decodes the request body into v.
func DecodeJSON(ev *Event, v any) error { return nil }

// Bind decodes the request body into v and validates it.
func Bind(ev *Event, v any) error { return nil }
