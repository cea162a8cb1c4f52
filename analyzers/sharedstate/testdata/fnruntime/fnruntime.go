// Package fnruntime writes package variables from request functions of
// the fn runtime, which serves concurrent requests over net/http.
package main

import (
	"context"
	"time"

	"github.com/fnlint/fnlint/fn"
)

var (
	served    int
	lastEvent *fn.Event
	started   = time.Now()
)

func getStatus(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
	served++       // want `package variable served is written on every invocation without synchronisation`
	lastEvent = ev // want `request data is kept in package variable lastEvent`
	return fn.JSON(200, map[string]any{"uptime": time.Since(started).String()})
}

// Routes registers the request functions.
func Routes() *fn.Router {
	r := fn.NewRouter()
	r.Handle("GET /status", getStatus)
	return r
}

func main() {}
