// Package enhancer is an example of response functions on the fn runtime:
// they add security headers to every response and metadata to the JSON
// objects of the API, without touching the request functions.
//
// Each enhancer applies only where its matcher says, and fails soft: when
// it cannot do its work (a body that is not a JSON object), it returns
// the response it was given with an error, and fn.Enhance sends the
// original response unchanged.
package enhancer

import (
	"context"
	"encoding/json"
	"errors"

	"github.com/fnlint/fnlint/fn"
)

// APIVersion is the version reported in the metadata of API responses.
const APIVersion = "2024-03-15"

// securityHeaders are set on every response that lacks them.
var securityHeaders = map[string]string{
	"Strict-Transport-Security": "max-age=63072000; includeSubDomains",
	"X-Content-Type-Options":    "nosniff",
	"X-Frame-Options":           "DENY",
	"Referrer-Policy":           "no-referrer",
	"Cache-Control":             "no-store",
}

// SecurityHeaders is a response function that adds the usual security
// headers, keeping those the request function set itself.
func SecurityHeaders(ctx context.Context, ev *fn.Event, resp *fn.Response) (*fn.Response, error) {
	for k, v := range securityHeaders {
		if resp.Header.Get(k) == "" {
			resp.Header.Set(k, v)
		}
	}
	return resp, nil
}

// errNotObject reports a body that AddMeta cannot extend.
var errNotObject = errors.New("the body is not a JSON object")

// AddMeta is a response function that adds a "meta" member, with the
// request id and the API version, to JSON object bodies.
func AddMeta(ctx context.Context, ev *fn.Event, resp *fn.Response) (*fn.Response, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(resp.Body, &obj); err != nil || obj == nil {
		return resp, errNotObject
	}
	meta, err := json.Marshal(map[string]string{"requestId": ev.RequestContext.RequestID, "apiVersion": APIVersion})
	if err != nil {
		return resp, err
	}
	obj["meta"] = meta
	body, err := json.Marshal(obj)
	if err != nil {
		return resp, err
	}
	resp.Body = body
	return resp, nil
}

// Wrap returns h with both enhancers: metadata on the JSON responses under
// /api, security headers everywhere.
func Wrap(h fn.RequestFunc) fn.RequestFunc {
	withMeta := fn.Enhance(h, fn.AllOf(fn.PathPrefix("/api"), fn.ContentType("application/json")), AddMeta)
	return fn.Enhance(withMeta, fn.PathPrefix("/"), SecurityHeaders)
}

// Version is a small request function to enhance: GET /api/version.
func Version(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
	return fn.JSON(200, map[string]string{"version": APIVersion})
}
