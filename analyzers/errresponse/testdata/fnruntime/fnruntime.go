// Package fnruntime holds request functions on the fn runtime, which maps
// returned errors to logged 500s: returning an error is right there.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/fnlint/fnlint/fn"
)

type note struct {
	Text string `json:"text"`
}

func save(ctx context.Context, n note) error { return nil }

// Create returns its errors to the runtime.
func Create(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
	var n note
	if err := json.Unmarshal(ev.Body, &n); err != nil {
		return &fn.Response{Status: http.StatusBadRequest, Body: []byte(`{"error":"Invalid JSON"}`)}, nil
	}
	if err := save(ctx, n); err != nil {
		return nil, fmt.Errorf("save note: %w", err)
	}
	switch ev.Method {
	case http.MethodPost, http.MethodPut:
		return &fn.Response{Status: http.StatusCreated}, nil
	default:
		return &fn.Response{Status: http.StatusMethodNotAllowed, Header: http.Header{"Allow": {"POST, PUT"}}}, nil
	}
}

func main() {
	r := fn.NewRouter()
	r.Handle("POST /notes", Create)
}
