// Package echo is a fixture stub of github.com/labstack/echo/v4 v4.16.0:
// the router, context and handler types fnlint's checks match.
package echo

import (
	"io"
	stdLog "log"
	"net"
	"net/http"
	"sync"
)

// Echo is the framework's instance: the router, middleware and
// configuration. The stub omits the AutoTLSManager field, whose type is in
// golang.org/x/crypto/acme/autocert, and the unexported fields of internal
// types.
type Echo struct {
	startupMutex sync.RWMutex

	premiddleware []MiddlewareFunc
	middleware    []MiddlewareFunc
	maxParam      *int
	pool          sync.Pool

	StdLogger        *stdLog.Logger
	Server           *http.Server
	TLSServer        *http.Server
	Listener         net.Listener
	TLSListener      net.Listener
	HTTPErrorHandler HTTPErrorHandler
	Binder           Binder
	JSONSerializer   JSONSerializer
	Validator        Validator
	Renderer         Renderer
	Logger           Logger
	IPExtractor      IPExtractor
	SchemeExtractor  SchemeExtractor
	ListenerNetwork  string

	OnAddRouteHandler func(host string, route Route, handler HandlerFunc, middleware []MiddlewareFunc)
	DisableHTTP2      bool
	Debug             bool
	HideBanner        bool
	HidePort          bool

	EnablePathUnescapingStaticFiles bool
}

// Route is a registered route.
type Route struct {
	Method string `json:"method"`
	Path   string `json:"path"`
	Name   string `json:"name"`
}

// HTTPError is an error with an HTTP status code, handled by the
// HTTPErrorHandler.
type HTTPError struct {
	Internal error       `json:"-"` // Stores the error returned by an external dependency
	Message  interface{} `json:"message"`
	Code     int         `json:"-"`
}

// MiddlewareFunc wraps a handler.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// HandlerFunc is an echo handler.
type HandlerFunc func(c Context) error

// HTTPErrorHandler handles the errors handlers return.
type HTTPErrorHandler func(err error, c Context)

// Validator validates bound values.
type Validator interface {
	Validate(i interface{}) error
}

// JSONSerializer encodes and decodes JSON bodies.
type JSONSerializer interface {
	Serialize(c Context, i interface{}, indent string) error
	Deserialize(c Context, i interface{}) error
}

// Binder binds a request to a value.
type Binder interface {
	Bind(i interface{}, c Context) error
}

// Renderer renders templates.
type Renderer interface {
	Render(io.Writer, string, interface{}, Context) error
}

// IPExtractor returns the client IP of a request.
type IPExtractor func(*http.Request) string

// SchemeExtractor returns the scheme (http or https) of a request.
type SchemeExtractor func(*http.Request) string

// Map is a shortcut for map[string]interface{}.
type Map map[string]interface{}

// New returns a new Echo.
func New() (e *Echo) { return nil }

// Use adds middleware run after the router.
func (e *Echo) Use(middleware ...MiddlewareFunc) {}

// DELETE registers a route for the DELETE method.
func (e *Echo) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

// GET registers a route for the GET method.
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

// POST registers a route for the POST method.
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

// PUT registers a route for the PUT method.
func (e *Echo) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

// Add registers a route for the method and path.
func (e *Echo) Add(method, path string, handler HandlerFunc, middleware ...MiddlewareFunc) *Route {
	return nil
}

// Group creates a router group with the path prefix and middleware.
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) { return nil }

// ServeHTTP implements http.Handler.
func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

// NewHTTPError returns an HTTPError with the status code and an optional
// message.
func NewHTTPError(code int, message ...interface{}) *HTTPError { return nil }

// Error implements the error interface.
func (he *HTTPError) Error() string { return "" }

// Unwrap returns the internal error.
func (he *HTTPError) Unwrap() error { return nil }
