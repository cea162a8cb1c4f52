// Package fn is a fixture stub of github.com/fnlint/fnlint/fn, fnlint's
// reference runtime: its handler types, their payloads, and the functions
// that serve, wrap and register handlers.
package fn

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"time"
)

// Event is the HTTP request a request or response function receives.
type Event struct {
	Method         string
	Path           string
	Header         http.Header
	Query          url.Values
	PathParams     map[string]string
	Body           []byte
	RequestContext RequestContext
}

// PathParam returns the path parameter name.
func (ev *Event) PathParam(name string) string { return ev.PathParams[name] }

// RequestContext describes a request.
type RequestContext struct {
	RequestID string
	SourceIP  string
	UserAgent string
	Route     string
	Time      time.Time
}

// Response is what a request function answers.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
}

// Clone returns a deep copy of the response.
func (r *Response) Clone() *Response { return nil }

// Task is the payload of a task function.
type Task struct {
	ID          string
	Name        string
	Payload     json.RawMessage
	Attempt     int
	ScheduledAt time.Time
	Attributes  map[string]string
}

// Clone returns a deep copy of the task.
func (t *Task) Clone() *Task { return nil }

// Decode decodes the payload into v.
func (t *Task) Decode(v any) error { return nil }

// RequestFunc answers a request.
type RequestFunc func(ctx context.Context, ev *Event) (*Response, error)

// ResponseFunc enhances the response of a request function.
type ResponseFunc func(ctx context.Context, ev *Event, resp *Response) (*Response, error)

// TaskFunc runs a task.
type TaskFunc func(ctx context.Context, task *Task) error

// Matcher selects the responses a ResponseFunc enhances.
type Matcher func(ev *Event, resp *Response) bool

// AllOf matches when every matcher matches.
func AllOf(ms ...Matcher) Matcher { return nil }

// ContentType matches responses of a media type.
func ContentType(mediaType string) Matcher { return nil }

// PathPrefix matches requests under a path prefix.
func PathPrefix(prefix string) Matcher { return nil }

// Serve runs a request function and maps its error to a response.
func Serve(ctx context.Context, h RequestFunc, ev *Event) (resp *Response) { return nil }

// Enhance applies enhance to the responses of next that match.
func Enhance(next RequestFunc, match Matcher, enhance ResponseFunc) RequestFunc {
	return next
}

// ApplyEnhancer applies enhance to resp when it matches, keeping resp when
// enhance fails.
func ApplyEnhancer(ctx context.Context, ev *Event, resp *Response, match Matcher, enhance ResponseFunc) *Response {
	return nil
}

// RunTask runs a task function and turns a panic into an error.
func RunTask(ctx context.Context, h TaskFunc, task *Task) (err error) { return nil }

// RequestID returns the id of the request being served.
func RequestID(ctx context.Context) string { return "" }

// Router routes requests to request functions by method and path.
type Router struct {
	routes []string
}

// NewRouter returns an empty router.
func NewRouter() *Router { return &Router{} }

// Handle registers h for pattern.
func (r *Router) Handle(pattern string, h RequestFunc) {}

// Serve routes a request.
func (r *Router) Serve(ctx context.Context, ev *Event) (*Response, error) { return nil, nil }

// Scheduler runs task functions on schedules. Its zero value is ready.
type Scheduler struct {
	jobs []string
}

// Add registers h to run on the schedule expr.
func (s *Scheduler) Add(name, expr string, h TaskFunc) error { return nil }

// Run runs the scheduled tasks until ctx is done.
func (s *Scheduler) Run(ctx context.Context) {}
