package echo

// Group is a set of routes under a path prefix that share middleware.
type Group struct {
	host       string
	prefix     string
	echo       *Echo
	middleware []MiddlewareFunc
}

// Use adds middleware to the group.
func (g *Group) Use(middleware ...MiddlewareFunc) {}

// DELETE registers a route for the DELETE method.
func (g *Group) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

// GET registers a route for the GET method.
func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

// POST registers a route for the POST method.
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

// PUT registers a route for the PUT method.
func (g *Group) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

// Group creates a subgroup with the path prefix and middleware.
func (g *Group) Group(prefix string, middleware ...MiddlewareFunc) (sg *Group) { return nil }

// Add registers a route for the method and path.
func (g *Group) Add(method, path string, handler HandlerFunc, middleware ...MiddlewareFunc) *Route {
	return nil
}
