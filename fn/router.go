package fn

import (
	"context"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
)

// A Router sends each event to the request function registered for its
// method and path, filling [Event.PathParams]. A path that matches no
// pattern is answered 404; a path that matches with another method is
// answered 405 with an Allow header.
//
// Patterns are "[METHOD ]/path", where segments may be {name} (one
// segment) or, last, {name...} (the rest of the path):
//
//	r := fn.NewRouter()
//	r.Handle("GET /users/{id}", getUser)
//	r.Handle("DELETE /users/{id}", deleteUser)
//	lambda.Start(lambdafn.APIGatewayV2(r.Serve))
//
// When several patterns match, the most specific wins: a literal segment
// over {name}, {name} over {name...}, a pattern with a method over one
// without. Register routes in main, before serving: a Router is not safe
// for registration during Serve.
type Router struct {
	routes []*route
}

type route struct {
	pattern string
	method  string // "" for any
	segs    []segment
	h       RequestFunc
}

type segment struct {
	lit   string // literal segment, when param == ""
	param string
	rest  bool // {name...}
}

// rank orders segment kinds from the most specific.
func (s segment) rank() int {
	switch {
	case s.param == "":
		return 0
	case !s.rest:
		return 1
	}
	return 2
}

// NewRouter returns an empty router.
func NewRouter() *Router { return &Router{} }

// Handle registers h for pattern. It panics when the pattern is malformed
// or conflicts with one registered before, like http.ServeMux: both are
// mistakes in the program, found when main starts.
func (r *Router) Handle(pattern string, h RequestFunc) {
	rt, err := parsePattern(pattern)
	if err != nil {
		panic(err)
	}
	rt.h = h
	for _, o := range r.routes {
		if o.method == rt.method && sameShape(o.segs, rt.segs) {
			panic(fmt.Sprintf("fn: pattern %q conflicts with %q", pattern, o.pattern))
		}
	}
	r.routes = append(r.routes, rt)
}

func parsePattern(pattern string) (*route, error) {
	rt := &route{pattern: pattern}
	path := pattern
	if m, p, ok := strings.Cut(pattern, " "); ok {
		rt.method, path = m, strings.TrimLeft(p, " ")
		if rt.method == "" || strings.ToUpper(rt.method) != rt.method {
			return nil, fmt.Errorf("fn: pattern %q: the method must be in upper case", pattern)
		}
	}
	if !strings.HasPrefix(path, "/") {
		return nil, fmt.Errorf("fn: pattern %q: the path must start with /", pattern)
	}
	seen := map[string]bool{}
	parts := splitPath(path)
	for i, p := range parts {
		name, isParam := strings.CutPrefix(p, "{")
		if !isParam {
			if strings.ContainsAny(p, "{}") {
				return nil, fmt.Errorf("fn: pattern %q: a parameter must be a whole segment", pattern)
			}
			rt.segs = append(rt.segs, segment{lit: p})
			continue
		}
		name, ok := strings.CutSuffix(name, "}")
		if !ok {
			return nil, fmt.Errorf("fn: pattern %q: unclosed {", pattern)
		}
		name, rest := strings.CutSuffix(name, "...")
		if rest && i != len(parts)-1 {
			return nil, fmt.Errorf("fn: pattern %q: {%s...} must be the last segment", pattern, name)
		}
		if name == "" || strings.ContainsAny(name, "{}.") {
			return nil, fmt.Errorf("fn: pattern %q: bad parameter name %q", pattern, name)
		}
		if seen[name] {
			return nil, fmt.Errorf("fn: pattern %q: parameter %q appears twice", pattern, name)
		}
		seen[name] = true
		rt.segs = append(rt.segs, segment{param: name, rest: rest})
	}
	return rt, nil
}

// splitPath splits a path into its segments, ignoring a trailing slash.
func splitPath(path string) []string {
	path = strings.Trim(path, "/")
	if path == "" {
		return nil
	}
	return strings.Split(path, "/")
}

// sameShape tells whether two patterns match exactly the same paths.
func sameShape(a, b []segment) bool {
	return slices.EqualFunc(a, b, func(x, y segment) bool {
		return x.rank() == y.rank() && x.lit == y.lit
	})
}

// match matches the segments of a path and returns the parameters.
func (rt *route) match(parts []string) (map[string]string, bool) {
	params := map[string]string{}
	for i, s := range rt.segs {
		if s.rest {
			if i >= len(parts) {
				return nil, false
			}
			params[s.param] = strings.Join(parts[i:], "/")
			return params, true
		}
		if i >= len(parts) || (s.param == "" && parts[i] != s.lit) || parts[i] == "" {
			return nil, false
		}
		if s.param != "" {
			params[s.param] = parts[i]
		}
	}
	return params, len(parts) == len(rt.segs)
}

// moreSpecific tells whether a should win over b when both match.
func moreSpecific(a, b *route) bool {
	for i := range min(len(a.segs), len(b.segs)) {
		if ra, rb := a.segs[i].rank(), b.segs[i].rank(); ra != rb {
			return ra < rb
		}
	}
	if len(a.segs) != len(b.segs) {
		return len(a.segs) > len(b.segs)
	}
	return a.method != "" && b.method == ""
}

// Serve answers ev with the request function of the matching route. Its
// signature is a RequestFunc's: register r.Serve with an adapter.
func (r *Router) Serve(ctx context.Context, ev *Event) (*Response, error) {
	parts := splitPath(ev.Path)
	var (
		best    *route
		params  map[string]string
		allowed = map[string]bool{}
	)
	for _, rt := range r.routes {
		p, ok := rt.match(parts)
		if !ok {
			continue
		}
		if rt.method != "" && rt.method != ev.Method {
			allowed[rt.method] = true
			continue
		}
		if best == nil || moreSpecific(rt, best) {
			best, params = rt, p
		}
	}
	if best == nil {
		if len(allowed) > 0 {
			resp := errorMessage(http.StatusMethodNotAllowed, "Method not allowed")
			resp.Header.Set("Allow", strings.Join(slices.Sorted(maps.Keys(allowed)), ", "))
			return resp, nil
		}
		return errorMessage(http.StatusNotFound, "Not found"), nil
	}
	routed := *ev
	routed.PathParams = maps.Clone(ev.PathParams)
	if routed.PathParams == nil {
		routed.PathParams = make(map[string]string, len(params))
	}
	maps.Copy(routed.PathParams, params)
	routed.RequestContext.Route = best.pattern
	return best.h(ctx, &routed)
}
