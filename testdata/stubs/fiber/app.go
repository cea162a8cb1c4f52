// Package fiber is a fixture stub of github.com/gofiber/fiber/v2 v2.52.15:
// the app, router, context and handler types fnlint's checks match.
package fiber

import (
	"net"
	"sync"
	"time"
)

// Handler is a fiber handler or middleware.
type Handler = func(*Ctx) error

// Map is a shortcut for map[string]interface{}.
type Map map[string]interface{}

// ErrorHandler handles the errors handlers return.
type ErrorHandler = func(*Ctx, error) error

// Error is an error with an HTTP status code.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// App is a fiber application: the router and its configuration. The stub
// omits the unexported fields of internal and fasthttp types.
type App struct {
	mutex           sync.Mutex
	routesRefreshed bool
	handlersCount   uint32
	pool            sync.Pool
	config          Config
	getBytes        func(s string) (b []byte)
	getString       func(b []byte) string
	configured      Config
}

// Config configures an App. The stub omits the JSONEncoder, JSONDecoder and
// XMLEncoder fields, whose types are in gofiber/fiber/v2/utils.
type Config struct {
	Prefork                      bool          `json:"prefork"`
	ServerHeader                 string        `json:"server_header"`
	StrictRouting                bool          `json:"strict_routing"`
	CaseSensitive                bool          `json:"case_sensitive"`
	Immutable                    bool          `json:"immutable"`
	UnescapePath                 bool          `json:"unescape_path"`
	ETag                         bool          `json:"etag"`
	BodyLimit                    int           `json:"body_limit"`
	Concurrency                  int           `json:"concurrency"`
	Views                        Views         `json:"-"`
	ViewsLayout                  string        `json:"views_layout"`
	PassLocalsToViews            bool          `json:"pass_locals_to_views"`
	ReadTimeout                  time.Duration `json:"read_timeout"`
	WriteTimeout                 time.Duration `json:"write_timeout"`
	IdleTimeout                  time.Duration `json:"idle_timeout"`
	ReadBufferSize               int           `json:"read_buffer_size"`
	WriteBufferSize              int           `json:"write_buffer_size"`
	CompressedFileSuffix         string        `json:"compressed_file_suffix"`
	ProxyHeader                  string        `json:"proxy_header"`
	GETOnly                      bool          `json:"get_only"`
	ErrorHandler                 ErrorHandler  `json:"-"`
	DisableKeepalive             bool          `json:"disable_keepalive"`
	DisableDefaultDate           bool          `json:"disable_default_date"`
	DisableDefaultContentType    bool          `json:"disable_default_content_type"`
	DisableHeaderNormalizing     bool          `json:"disable_header_normalizing"`
	DisableStartupMessage        bool          `json:"disable_startup_message"`
	AppName                      string        `json:"app_name"`
	StreamRequestBody            bool
	DisablePreParseMultipartForm bool
	ReduceMemoryUsage            bool `json:"reduce_memory_usage"`
	Network                      string
	EnableTrustedProxyCheck      bool     `json:"enable_trusted_proxy_check"`
	TrustedProxies               []string `json:"trusted_proxies"`
	trustedProxiesMap            map[string]struct{}
	trustedProxyRanges           []*net.IPNet
	EnableIPValidation           bool   `json:"enable_ip_validation"`
	EnablePrintRoutes            bool   `json:"enable_print_routes"`
	ColorScheme                  Colors `json:"color_scheme"`
	RequestMethods               []string
	EnableSplittingOnParsers     bool `json:"enable_splitting_on_parsers"`
}

// Static configures the serving of static files.
type Static struct {
	Compress       bool          `json:"compress"`
	ByteRange      bool          `json:"byte_range"`
	Browse         bool          `json:"browse"`
	Download       bool          `json:"download"`
	Index          string        `json:"index"`
	CacheDuration  time.Duration `json:"cache_duration"`
	MaxAge         int           `json:"max_age"`
	ModifyResponse Handler
	Next           func(c *Ctx) bool
}

// Colors are the colors of the startup message and the middleware output.
type Colors struct {
	Black   string
	Red     string
	Green   string
	Yellow  string
	Blue    string
	Magenta string
	Cyan    string
	White   string
	Reset   string
}

// New returns an App with the optional config.
func New(config ...Config) *App { return nil }

// Use registers middleware: handlers, optionally after a path prefix.
func (app *App) Use(args ...interface{}) Router { return nil }

// Get registers a route for the GET (and HEAD) method.
func (app *App) Get(path string, handlers ...Handler) Router { return nil }

// Post registers a route for the POST method.
func (app *App) Post(path string, handlers ...Handler) Router { return nil }

// Put registers a route for the PUT method.
func (app *App) Put(path string, handlers ...Handler) Router { return nil }

// Delete registers a route for the DELETE method.
func (app *App) Delete(path string, handlers ...Handler) Router { return nil }

// Group creates a router group with the path prefix and handlers.
func (app *App) Group(prefix string, handlers ...Handler) Router { return nil }

// Error implements the error interface.
func (e *Error) Error() string { return "" }

// NewError returns an Error with the status code and an optional message.
func NewError(code int, message ...string) *Error { return nil }
