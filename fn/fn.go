package fn

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"time"
)

// RequestFunc is a request function: it answers an HTTP request. It returns
// an error rather than an error response; [Serve] maps the error to a
// response and logs it.
type RequestFunc func(ctx context.Context, ev *Event) (*Response, error)

// ResponseFunc is a response function: it receives the response of a
// request function and returns an enhanced one. It runs through [Enhance],
// which gives it a copy of the response and keeps the original when the
// function fails.
type ResponseFunc func(ctx context.Context, ev *Event, resp *Response) (*Response, error)

// TaskFunc is a task function: it runs a scheduled run or a queued message.
// A non-nil error means the task failed and may be retried.
type TaskFunc func(ctx context.Context, task *Task) error

// An Event is the HTTP request a request function answers.
type Event struct {
	// Method is the HTTP method, in upper case.
	Method string
	// Path is the decoded request path, starting with "/".
	Path string
	// Header holds the request headers. Look them up with Header.Get,
	// which ignores case.
	Header http.Header
	// Query holds the query string parameters.
	Query url.Values
	// PathParams holds the parameters of the matched route, from the
	// platform (API Gateway) or from a [Router].
	PathParams map[string]string
	// Body is the request body, decoded from base64 when the platform
	// encoded it.
	Body []byte
	// RequestContext describes the request: its id, its source.
	RequestContext RequestContext
}

// RequestContext describes a request beyond its HTTP content.
type RequestContext struct {
	// RequestID identifies the request in logs and in 500 responses.
	RequestID string
	// SourceIP is the address of the client as seen by the platform.
	SourceIP string
	// UserAgent is the client's User-Agent.
	UserAgent string
	// Route is the route that matched: an API Gateway route key or a
	// [Router] pattern.
	Route string
	// Time is when the platform received the request.
	Time time.Time
}

// PathParam returns the path parameter name, or "".
func (ev *Event) PathParam(name string) string { return ev.PathParams[name] }

// A Response is the answer of a request function.
type Response struct {
	// Status is the HTTP status code; 0 means 200.
	Status int
	// Header holds the response headers.
	Header http.Header
	// Body is the response body.
	Body []byte
}

// Clone returns a deep copy of r.
func (r *Response) Clone() *Response {
	return &Response{Status: r.Status, Header: r.Header.Clone(), Body: slices.Clone(r.Body)}
}

// JSON returns a response with status and v encoded as JSON.
func JSON(status int, v any) (*Response, error) {
	body, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("encode response: %w", err)
	}
	return &Response{
		Status: status,
		Header: http.Header{"Content-Type": {"application/json"}},
		Body:   body,
	}, nil
}

// Text returns a plain text response.
func Text(status int, s string) *Response {
	return &Response{
		Status: status,
		Header: http.Header{"Content-Type": {"text/plain; charset=utf-8"}},
		Body:   []byte(s),
	}
}

// NoContent returns a 204 response.
func NoContent() *Response {
	return &Response{Status: http.StatusNoContent, Header: http.Header{}}
}

// A Task is one run of a task function.
type Task struct {
	// ID identifies the run and is its default idempotency key: the same
	// message delivered twice, or the same scheduled run retried, has the
	// same ID.
	ID string
	// Name names the task: the schedule, the queue.
	Name string
	// Payload is the task's input as JSON: a message body, the detail of
	// an event.
	Payload json.RawMessage
	// Attempt counts deliveries of this run, starting at 1.
	Attempt int
	// ScheduledAt is when the run was scheduled or the message was sent.
	ScheduledAt time.Time
	// Attributes holds platform metadata: message attributes, the event
	// source.
	Attributes map[string]string
}

// Decode decodes the payload into v. A payload that is not valid JSON for
// v is a [Permanent] error: retrying cannot fix it.
func (t *Task) Decode(v any) error {
	if err := json.Unmarshal(t.Payload, v); err != nil {
		return Permanent(fmt.Errorf("decode payload of task %s: %w: %w", t.ID, ErrInvalidJSON, err))
	}
	return nil
}

// Clone returns a copy of t that shares nothing with it.
func (t *Task) Clone() *Task {
	c := *t
	c.Payload = slices.Clone(t.Payload)
	c.Attributes = maps.Clone(t.Attributes)
	return &c
}
