// Package recovered holds response functions that recover their panics.
package recovered

import (
	"context"
	"fmt"

	"github.com/fnlint/fnlint/fn"
)

// Translate recovers and drops the response.
func Translate(ctx context.Context, ev *fn.Event, resp *fn.Response) (out *fn.Response, err error) {
	defer func() {
		if p := recover(); p != nil {
			out = nil // want `response function Translate recovers a panic and returns nil; set the result to the original response resp`
			err = fmt.Errorf("translate: %v", p)
		}
	}()
	out = resp.Clone()
	out.Body = translate(out.Body)
	return out, nil
}

// Localize recovers and keeps the original response.
func Localize(ctx context.Context, ev *fn.Event, resp *fn.Response) (out *fn.Response, err error) {
	defer func() {
		if p := recover(); p != nil {
			out, err = resp, fmt.Errorf("localize: %v", p)
		}
	}()
	out = resp.Clone()
	out.Body = translate(out.Body)
	return out, nil
}

func translate(b []byte) []byte { return b }

// Wrap registers the response functions.
func Wrap(h fn.RequestFunc) fn.RequestFunc {
	return fn.Enhance(fn.Enhance(h, nil, Translate), nil, Localize)
}
