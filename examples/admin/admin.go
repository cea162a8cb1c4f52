// Package admin is an example authenticated endpoint on the fn runtime:
// operators review the items that tasks failed to process and mark them
// resolved.
//
//	GET    /admin/failed?task=cleanup&limit=50   list failed items (admin:read)
//	DELETE /admin/failed/{task}/{key}            resolve one (admin:write)
//
// Requests need a Bearer JWT with the permission named; the limiter runs
// first, per client address, so that guessing tokens is slow too.
package admin

import (
	"context"
	"log/slog"
	"strconv"

	"github.com/fnlint/fnlint/fn"
	"github.com/fnlint/fnlint/fn/auth"
	"github.com/fnlint/fnlint/fn/ratelimit"
)

// API serves the admin endpoints.
type API struct {
	failed fn.FailedStore
}

// New returns the API over the failed-item store of the tasks.
func New(failed fn.FailedStore) *API {
	return &API{failed: failed}
}

// Routes returns the request function to register: every route requires
// a token verified by v, and requests are limited by lim.
func (a *API) Routes(v *auth.Verifier, lim *ratelimit.Limiter) fn.RequestFunc {
	r := fn.NewRouter()
	r.Handle("GET /admin/failed", v.Require(a.List, "admin:read"))
	r.Handle("DELETE /admin/failed/{task}/{key}", v.Require(a.Resolve, "admin:write"))
	return lim.Limit(ratelimit.BySourceIP, r.Serve)
}

// List answers GET /admin/failed.
func (a *API) List(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
	task, limit, err := listParams(ev)
	if err != nil {
		return nil, err
	}
	items, err := a.failed.ListFailed(ctx, task, limit)
	if err != nil {
		return nil, err
	}
	if items == nil {
		items = []fn.FailedItem{}
	}
	return fn.JSON(200, map[string]any{"items": items})
}

// listParams validates the query of List.
func listParams(ev *fn.Event) (task string, limit int, err error) {
	var v fn.Validation
	task = ev.Query.Get("task")
	v.Check(len(task) <= 100, "task", "must be at most 100 characters")
	limit = 50
	if s := ev.Query.Get("limit"); s != "" {
		n, perr := strconv.Atoi(s)
		v.Check(perr == nil && n >= 1 && n <= 500, "limit", "must be a number from 1 to 500")
		limit = n
	}
	return task, limit, v.Err()
}

// Resolve answers DELETE /admin/failed/{task}/{key}.
func (a *API) Resolve(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
	task, key := ev.PathParam("task"), ev.PathParam("key")
	var v fn.Validation
	v.Check(len(task) <= 100, "task", "must be at most 100 characters")
	v.Check(len(key) <= 200, "key", "must be at most 200 characters")
	if err := v.Err(); err != nil {
		return nil, err
	}
	if err := a.failed.DeleteFailed(ctx, task, key); err != nil {
		return nil, err
	}
	subject := ""
	if c, ok := auth.ClaimsFrom(ctx); ok {
		subject = c.Subject
	}
	slog.InfoContext(ctx, "failed item resolved", "task", task, "key", key, "by", subject)
	return fn.NoContent(), nil
}
