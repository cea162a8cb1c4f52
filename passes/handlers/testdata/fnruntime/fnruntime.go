// Package fnruntime registers functions of fnlint's reference runtime,
// found by the runtime's handler types.
package fnruntime

import (
	"context"

	"github.com/fnlint/fnlint/fn"
)

type router struct {
	routes map[string]fn.RequestFunc
}

// Handle registers f; what it is given is a handler by its type.
func (r *router) Handle(path string, f fn.RequestFunc) { // want `init`
	r.routes[path] = f
}

func getUser(ctx context.Context, ev *fn.Event) (*fn.Response, error) { // want `handler request fn registered`
	return &fn.Response{}, nil
}

func addHeaders(ctx context.Context, ev *fn.Event, resp *fn.Response) (*fn.Response, error) { // want `handler response fn signature`
	return resp, nil
}

func cleanup(ctx context.Context, t *fn.Task) error { // want `handler task fn registered`
	return nil
}

var tasks = map[string]fn.TaskFunc{"cleanup": cleanup}

// Routes builds the routes.
func Routes() *router { // want `init`
	r := &router{routes: map[string]fn.RequestFunc{}}
	r.Handle("/users", getUser)
	r.Handle("/health", func(ctx context.Context, ev *fn.Event) (*fn.Response, error) { // want `handler request fn registered`
		return &fn.Response{}, nil
	})
	return r
}

var _ = Routes()
