package fn

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"strings"
)

// A Matcher selects the responses a response function applies to.
type Matcher func(ev *Event, resp *Response) bool

// PathPrefix matches requests whose path is prefix or lies under it:
// "/api" matches "/api" and "/api/users", not "/apis".
func PathPrefix(prefix string) Matcher {
	prefix = strings.TrimSuffix(prefix, "/")
	return func(ev *Event, _ *Response) bool {
		return prefix == "" || ev.Path == prefix || strings.HasPrefix(ev.Path, prefix+"/")
	}
}

// ContentType matches responses whose media type is mediaType, ignoring
// parameters such as charset.
func ContentType(mediaType string) Matcher {
	return func(_ *Event, resp *Response) bool {
		mt, _, err := mime.ParseMediaType(resp.Header.Get("Content-Type"))
		return err == nil && strings.EqualFold(mt, mediaType)
	}
}

// AllOf matches when every matcher matches.
func AllOf(ms ...Matcher) Matcher {
	return func(ev *Event, resp *Response) bool {
		for _, m := range ms {
			if !m(ev, resp) {
				return false
			}
		}
		return true
	}
}

// Enhance returns a request function that answers with next, then applies
// the response function enhance to the responses that match. Errors of
// next are mapped to responses first (see [Serve]), so enhancers also see
// error responses.
//
// Enhancing fails soft: enhance gets a copy of the response, and when it
// returns an error, returns nil or panics, the original response is sent
// unchanged and the failure is logged.
func Enhance(next RequestFunc, match Matcher, enhance ResponseFunc) RequestFunc {
	return func(ctx context.Context, ev *Event) (*Response, error) {
		resp := Serve(ctx, next, ev)
		return ApplyEnhancer(ctx, ev, resp, match, enhance), nil
	}
}

// ApplyEnhancer applies enhance to resp when match selects it, and returns
// the enhanced response, or resp unchanged when enhance fails in any way.
// A nil match selects every response.
func ApplyEnhancer(ctx context.Context, ev *Event, resp *Response, match Matcher, enhance ResponseFunc) *Response {
	if resp == nil {
		return nil
	}
	out, err := tryEnhance(ctx, ev, resp, match, enhance)
	if err != nil {
		slog.WarnContext(ctx, "response function failed; sending the original response",
			"requestId", ev.RequestContext.RequestID, "path", ev.Path, "error", err)
		return resp
	}
	return out
}

// tryEnhance runs match and enhance on a copy of resp and turns their
// panics into errors.
func tryEnhance(ctx context.Context, ev *Event, resp *Response, match Matcher, enhance ResponseFunc) (out *Response, err error) {
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, fmt.Errorf("response function panicked: %v", p)
		}
	}()
	c := resp.Clone()
	if match != nil && !match(ev, c) {
		return resp, nil
	}
	out, err = enhance(ctx, ev, c)
	if err == nil && out == nil {
		err = errors.New("response function returned no response")
	}
	return out, err
}
