// Package panics holds response functions that read decoded bodies, with
// and without checks of their shape.
package panics

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"

	"github.com/fnlint/fnlint/fn"
)

type listing struct {
	Items []struct {
		ID string `json:"id"`
	} `json:"items"`
	Next *string `json:"next"`
}

// Tag copies the id of the body into a header.
func Tag(ctx context.Context, ev *fn.Event, resp *fn.Response) (*fn.Response, error) {
	var obj map[string]any
	if err := json.Unmarshal(resp.Body, &obj); err != nil {
		return resp, err
	}
	resp.Header.Set("X-Id", obj["id"].(string)) // want `response function Tag: type assertion string on the decoded body panics on a malformed body; use the comma-ok form`
	tags := obj["tags"].([]any)                 // want `type assertion \[\]any on the decoded body panics`
	if first, ok := tags[0].(string); ok {      // want `index of a slice of the decoded body panics on a malformed body; check its length first`
		resp.Header.Set("X-Tag", first)
	}
	return resp, nil
}

// First copies the first item id of a listing into a header.
func First(ctx context.Context, ev *fn.Event, resp *fn.Response) (*fn.Response, error) {
	var l listing
	if err := json.NewDecoder(bytes.NewReader(resp.Body)).Decode(&l); err != nil {
		return resp, err
	}
	resp.Header.Set("X-First", l.Items[0].ID) // want `index of a slice of the decoded body panics`
	return resp, nil
}

// Safe checks the shape of what it decoded before using it.
func Safe(ctx context.Context, ev *fn.Event, resp *fn.Response) (*fn.Response, error) {
	var obj map[string]any
	if err := json.Unmarshal(resp.Body, &obj); err != nil {
		return resp, err
	}
	id, ok := obj["id"].(string)
	if !ok {
		return resp, errors.New("no string id")
	}
	resp.Header.Set("X-Id", id)
	var l listing
	if err := json.Unmarshal(resp.Body, &l); err != nil {
		return resp, err
	}
	if len(l.Items) > 0 {
		resp.Header.Set("X-First", l.Items[0].ID)
	}
	for i := range l.Items {
		resp.Header.Add("X-Item", l.Items[i].ID)
	}
	// Assertions on values that do not come from the body.
	var hdr any = resp.Header
	_ = hdr.(interface{ Get(string) string }).Get("Content-Type")
	return resp, nil
}

// Wrap registers the response functions.
func Wrap(h fn.RequestFunc) fn.RequestFunc {
	return fn.Enhance(fn.Enhance(fn.Enhance(h, nil, Tag), nil, First), nil, Safe)
}
