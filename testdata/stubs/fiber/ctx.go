package fiber

import (
	"context"
	"io"
	"sync"
)

const maxParams = 30

// Ctx is the context of the current request: the request and response,
// the route and its parameters. The stub omits the unexported fields of
// internal and fasthttp types.
type Ctx struct {
	app                 *App
	indexRoute          int
	indexHandler        int
	method              string
	methodINT           int
	baseURI             string
	path                string
	pathBuffer          []byte
	detectionPath       string
	detectionPathBuffer []byte
	treePath            string
	pathOriginal        string
	values              [maxParams]string
	matched             bool
	viewBindMap         sync.Map
}

// Views is a template engine.
type Views interface {
	Load() error
	Render(io.Writer, string, interface{}, ...string) error
}

// Body returns the raw request body.
func (c *Ctx) Body() []byte { return nil }

// BodyParser binds the request body to out by its Content-Type.
func (c *Ctx) BodyParser(out interface{}) error { return nil }

// UserContext returns the context.Context set by SetUserContext, or
// context.Background.
func (c *Ctx) UserContext() context.Context { return nil }

// Get returns the value of the request header, or defaultValue.
func (c *Ctx) Get(key string, defaultValue ...string) string { return "" }

// JSON writes data as JSON.
func (c *Ctx) JSON(data interface{}, ctype ...string) error { return nil }

// Params returns the value of the route parameter, or defaultValue.
func (c *Ctx) Params(key string, defaultValue ...string) string { return "" }

// Query returns the value of the query parameter, or defaultValue.
func (c *Ctx) Query(key string, defaultValue ...string) string { return "" }

// SendString writes body as the response body.
func (c *Ctx) SendString(body string) error { return nil }

// Status sets the HTTP status code.
func (c *Ctx) Status(status int) *Ctx { return nil }
