// Package gin is a fixture stub of github.com/gin-gonic/gin v1.12.0: the
// engine, router group and handler types fnlint's checks match.
package gin

import (
	"html/template"
	"net"
	"net/http"
	"sync"
)

// HandlerFunc is a gin handler or middleware.
type HandlerFunc func(*Context)

// OptionFunc configures an Engine.
type OptionFunc func(*Engine)

// HandlersChain is a list of handlers.
type HandlersChain []HandlerFunc

// H is a shortcut for map[string]any.
type H map[string]any

// Engine is the framework's instance: the router, middleware and
// configuration. The stub omits the HTMLRender field, whose type is in
// gin/render, and the unexported fields of internal types.
type Engine struct {
	RouterGroup

	routeTreesUpdated sync.Once

	RedirectTrailingSlash  bool
	RedirectFixedPath      bool
	HandleMethodNotAllowed bool
	ForwardedByClientIP    bool
	AppEngine              bool
	UseRawPath             bool
	UseEscapedPath         bool
	UnescapePathValues     bool
	RemoveExtraSlash       bool
	RemoteIPHeaders        []string
	TrustedPlatform        string
	MaxMultipartMemory     int64
	UseH2C                 bool
	ContextWithFallback    bool

	secureJSONPrefix string
	FuncMap          template.FuncMap
	allNoRoute       HandlersChain
	allNoMethod      HandlersChain
	noRoute          HandlersChain
	noMethod         HandlersChain
	pool             sync.Pool
	maxParams        uint16
	maxSections      uint16
	trustedProxies   []string
	trustedCIDRs     []*net.IPNet
}

// New returns a new blank Engine without any middleware.
func New(opts ...OptionFunc) *Engine { return nil }

// Default returns an Engine with the Logger and Recovery middleware.
func Default(opts ...OptionFunc) *Engine { return nil }

// Use attaches global middleware to the engine.
func (engine *Engine) Use(middleware ...HandlerFunc) IRoutes { return nil }

// ServeHTTP conforms to the http.Handler interface.
func (engine *Engine) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
