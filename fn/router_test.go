package fn_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/fn"
)

// echo answers with its name, the route and the path parameters.
func echo(name string) fn.RequestFunc {
	return func(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
		return fn.JSON(200, map[string]any{"h": name, "route": ev.RequestContext.Route, "params": ev.PathParams})
	}
}

func TestRouter(t *testing.T) {
	r := fn.NewRouter()
	r.Handle("GET /users", echo("list"))
	r.Handle("POST /users", echo("create"))
	r.Handle("GET /users/{id}", echo("get"))
	r.Handle("DELETE /users/{id}", echo("delete"))
	r.Handle("GET /users/me", echo("me"))
	r.Handle("GET /files/{path...}", echo("file"))
	r.Handle("/health", echo("health"))
	r.Handle("GET /health", echo("health-get"))
	r.Handle("GET /", echo("root"))

	tests := []struct {
		method, path string
		status       int
		h            string
		params       map[string]any
		allow        string
	}{
		{"GET", "/users", 200, "list", map[string]any{}, ""},
		{"GET", "/users/", 200, "list", map[string]any{}, ""},
		{"POST", "/users", 200, "create", map[string]any{}, ""},
		{"GET", "/users/42", 200, "get", map[string]any{"id": "42"}, ""},
		{"DELETE", "/users/42", 200, "delete", map[string]any{"id": "42"}, ""},
		{"GET", "/users/me", 200, "me", map[string]any{}, ""},
		{"GET", "/files/a/b/c.txt", 200, "file", map[string]any{"path": "a/b/c.txt"}, ""},
		{"GET", "/health", 200, "health-get", map[string]any{}, ""},
		{"POST", "/health", 200, "health", map[string]any{}, ""},
		{"GET", "/", 200, "root", map[string]any{}, ""},
		{"PUT", "/users/42", 405, "", nil, "DELETE, GET"},
		{"DELETE", "/users", 405, "", nil, "GET, POST"},
		{"POST", "/", 405, "", nil, "GET"},
		{"GET", "/files", 404, "", nil, ""},
		{"GET", "/users/42/posts", 404, "", nil, ""},
		{"GET", "/nope", 404, "", nil, ""},
		{"GET", "/users//", 200, "list", map[string]any{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			resp := fn.Serve(t.Context(), r.Serve, event(tt.method, tt.path))
			require.Equal(t, tt.status, resp.Status, "body %s", resp.Body)
			body := decode(t, resp)
			switch tt.status {
			case 200:
				assert.Equal(t, tt.h, body["h"])
				assert.Equal(t, tt.params, body["params"])
			case 405:
				assert.Equal(t, tt.allow, resp.Header.Get("Allow"))
				assert.Equal(t, "Method not allowed", body["error"])
			case 404:
				assert.Equal(t, "Not found", body["error"])
			}
		})
	}
}

func TestRouterKeepsPlatformParams(t *testing.T) {
	r := fn.NewRouter()
	r.Handle("GET /orders/{id}", echo("order"))
	ev := event("GET", "/orders/9")
	ev.PathParams = map[string]string{"proxy": "orders/9"}
	resp := fn.Serve(t.Context(), r.Serve, ev)
	body := decode(t, resp)
	assert.Equal(t, map[string]any{"proxy": "orders/9", "id": "9"}, body["params"])
	assert.Equal(t, "GET /orders/{id}", body["route"])
	assert.Equal(t, map[string]string{"proxy": "orders/9"}, ev.PathParams, "the caller's event is not modified")
}

func TestRouterPatternErrors(t *testing.T) {
	bad := []string{
		"users",
		"get /users",
		"GET users",
		"GET /users/{id",
		"GET /users/x{id}",
		"GET /files/{path...}/x",
		"GET /a/{}",
		"GET /a/{id}/{id}",
	}
	for _, p := range bad {
		assert.Panics(t, func() { fn.NewRouter().Handle(p, echo("x")) }, p)
	}
	r := fn.NewRouter()
	r.Handle("GET /users/{id}", echo("a"))
	assert.PanicsWithValue(t, `fn: pattern "GET /users/{name}" conflicts with "GET /users/{id}"`, func() {
		r.Handle("GET /users/{name}", echo("b"))
	})
	assert.NotPanics(t, func() { r.Handle("PUT /users/{name}", echo("c")) })
}
