package gin

import "net/http"

// IRoutes defines all router handle interface.
type IRoutes interface {
	Use(...HandlerFunc) IRoutes

	Handle(string, string, ...HandlerFunc) IRoutes
	Any(string, ...HandlerFunc) IRoutes
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
	DELETE(string, ...HandlerFunc) IRoutes
	PATCH(string, ...HandlerFunc) IRoutes
	PUT(string, ...HandlerFunc) IRoutes
	OPTIONS(string, ...HandlerFunc) IRoutes
	HEAD(string, ...HandlerFunc) IRoutes
	Match([]string, string, ...HandlerFunc) IRoutes

	StaticFile(string, string) IRoutes
	StaticFileFS(string, string, http.FileSystem) IRoutes
	Static(string, string) IRoutes
	StaticFS(string, http.FileSystem) IRoutes
}

// RouterGroup is a path prefix and the handlers (middleware) of the routes
// registered under it.
type RouterGroup struct {
	Handlers HandlersChain
	basePath string
	engine   *Engine
	root     bool
}

// Use adds middleware to the group.
func (group *RouterGroup) Use(middleware ...HandlerFunc) IRoutes { return nil }

// Group creates a new router group with the path prefix and the handlers.
func (group *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	return nil
}

// Handle registers a request handle and middleware for the path and method.
func (group *RouterGroup) Handle(httpMethod, relativePath string, handlers ...HandlerFunc) IRoutes {
	return nil
}

// POST is a shortcut for Handle("POST", path, handlers...).
func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

// GET is a shortcut for Handle("GET", path, handlers...).
func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

// DELETE is a shortcut for Handle("DELETE", path, handlers...).
func (group *RouterGroup) DELETE(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

// PATCH is a shortcut for Handle("PATCH", path, handlers...).
func (group *RouterGroup) PATCH(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

// PUT is a shortcut for Handle("PUT", path, handlers...).
func (group *RouterGroup) PUT(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }
