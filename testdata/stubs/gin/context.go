package gin

import (
	"net/http"
	"net/url"
	"sync"
	"time"
)

// Context carries a request through the handlers: the request, the response
// writer, the path parameters and the values handlers share. The stub omits
// the unexported fields of internal types.
type Context struct {
	writermem responseWriter
	Request   *http.Request
	Writer    ResponseWriter

	Params   Params
	handlers HandlersChain
	index    int8
	fullPath string

	engine *Engine
	params *Params

	mu sync.RWMutex

	// Keys is a key/value pair exclusively for the context of each request.
	Keys map[any]any

	// Errors is a list of errors attached to all the handlers/middlewares who used this context.
	Errors errorMsgs

	// Accepted defines a list of manually accepted formats for content negotiation.
	Accepted []string

	queryCache url.Values
	formCache  url.Values
	sameSite   http.SameSite
}

// ResponseWriter is the response writer of a Context.
type ResponseWriter interface {
	http.ResponseWriter
	http.Hijacker
	http.Flusher
	http.CloseNotifier

	// Status returns the HTTP response status code of the current request.
	Status() int

	// Size returns the number of bytes already written into the response http body.
	Size() int

	// WriteString writes the string into the response body.
	WriteString(string) (int, error)

	// Written returns true if the response body was already written.
	Written() bool

	// WriteHeaderNow forces to write the http header (status code + headers).
	WriteHeaderNow()

	// Pusher get the http.Pusher for server push
	Pusher() http.Pusher
}

type responseWriter struct {
	http.ResponseWriter
	size   int
	status int
}

// Param is a single URL parameter, consisting of a key and a value.
type Param struct {
	Key   string
	Value string
}

// Params is the list of URL parameters, in the order of the path.
type Params []Param

// ErrorType is the kind of an Error.
type ErrorType uint64

// Error is an error attached to a Context.
type Error struct {
	Err  error
	Type ErrorType
	Meta any
}

// Error implements the error interface.
func (msg Error) Error() string { return "" }

// Unwrap returns the wrapped error.
func (msg Error) Unwrap() error { return nil }

type errorMsgs []*Error

// AbortWithStatus calls Abort() and writes the headers with the status code.
func (c *Context) AbortWithStatus(code int) {}

// AbortWithStatusJSON calls Abort() and writes obj as JSON with the status code.
func (c *Context) AbortWithStatusJSON(code int, jsonObj any) {}

// Param returns the value of the URL parameter.
func (c *Context) Param(key string) string { return "" }

// Query returns the value of the URL query parameter, or "".
func (c *Context) Query(key string) (value string) { return "" }

// DefaultQuery returns the value of the URL query parameter, or defaultValue.
func (c *Context) DefaultQuery(key, defaultValue string) string { return "" }

// PostForm returns the value of the urlencoded or multipart form field, or "".
func (c *Context) PostForm(key string) (value string) { return "" }

// BindJSON binds the JSON body to obj and aborts with 400 on error.
func (c *Context) BindJSON(obj any) error { return nil }

// ShouldBind binds the body to obj by the method and Content-Type.
func (c *Context) ShouldBind(obj any) error { return nil }

// ShouldBindJSON binds the JSON body to obj.
func (c *Context) ShouldBindJSON(obj any) error { return nil }

// Status sets the HTTP response code.
func (c *Context) Status(code int) {}

// GetHeader returns the value of the request header.
func (c *Context) GetHeader(key string) string { return "" }

// JSON writes obj as JSON with the status code.
func (c *Context) JSON(code int, obj any) {}

// String writes the formatted string with the status code.
func (c *Context) String(code int, format string, values ...any) {}

// Deadline returns the deadline of the request context when
// Engine.ContextWithFallback is set.
func (c *Context) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }

// Done returns the done channel of the request context when
// Engine.ContextWithFallback is set.
func (c *Context) Done() <-chan struct{} { return nil }

// Err returns the error of the request context when
// Engine.ContextWithFallback is set.
func (c *Context) Err() error { return nil }

// Value returns the value of the context for key.
func (c *Context) Value(key any) any { return nil }
