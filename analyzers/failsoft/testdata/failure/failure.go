// Package failure holds response functions of the fn runtime that answer
// failures with something else than the response they were given.
package failure

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"strconv"

	"github.com/fnlint/fnlint/fn"
)

var errNotObject = errors.New("the body is not a JSON object")

// AddMeta adds a meta member to JSON objects.
func AddMeta(ctx context.Context, ev *fn.Event, resp *fn.Response) (*fn.Response, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(resp.Body, &obj); err != nil {
		return nil, err // want `response function AddMeta returns nil after an error; return the original response resp so the request's answer is kept`
	}
	meta, err := json.Marshal(map[string]string{"requestId": ev.RequestContext.RequestID})
	if err != nil {
		return fn.Text(500, "cannot add metadata"), nil // want `response function AddMeta returns a new response after an error`
	}
	obj["meta"] = meta
	body, err := json.Marshal(obj)
	if err != nil {
		return resp, err
	}
	out := resp.Clone()
	out.Body = body
	return out, nil
}

// Paginate sets a Link header from the page the response reports.
func Paginate(ctx context.Context, ev *fn.Event, resp *fn.Response) (*fn.Response, error) {
	page, ok := ev.Query["page"]
	if !ok {
		return &fn.Response{Status: resp.Status, Body: resp.Body}, nil // want `response function Paginate returns a new response after a failed map lookup`
	}
	n, err := strconv.Atoi(page[0])
	if err != nil {
		slog.WarnContext(ctx, "bad page", "error", err)
		n = 1
	}
	out := resp.Clone()
	out.Header.Set("Link", "</?page="+strconv.Itoa(n+1)+">; rel=next")
	return out, nil
}

// Compact compacts JSON bodies, and keeps the response as it is when the
// body is not JSON: with or without the error, that is failing soft.
func Compact(ctx context.Context, ev *fn.Event, resp *fn.Response) (*fn.Response, error) {
	var buf bytes.Buffer
	if err := json.Compact(&buf, resp.Body); err != nil {
		if errors.Is(err, errNotObject) {
			return resp, nil
		}
		return resp, err
	}
	if v, ok := any(resp.Header).(interface{ Get(string) string }); ok && v.Get("Content-Encoding") != "" {
		return resp, nil
	}
	resp.Body = buf.Bytes()
	return resp, nil
}

// Stamp stamps successful responses; a nil error is the success side.
func Stamp(ctx context.Context, ev *fn.Event, resp *fn.Response) (*fn.Response, error) {
	stamped, err := stamp(resp)
	if err == nil {
		return stamped, nil
	}
	return resp, err
}

func stamp(resp *fn.Response) (*fn.Response, error) {
	out := resp.Clone()
	out.Header.Set("X-Stamp", "1")
	return out, nil
}

// Wrap registers the response functions.
func Wrap(h fn.RequestFunc) fn.RequestFunc {
	h = fn.Enhance(h, fn.ContentType("application/json"), AddMeta)
	h = fn.Enhance(h, nil, Paginate)
	h = fn.Enhance(h, nil, Compact)
	return fn.Enhance(h, nil, Stamp)
}
