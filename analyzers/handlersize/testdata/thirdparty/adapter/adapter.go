// Package adapter stands for a third-party Lambda adapter (a dependency
// with a version): its large entry point is registered as the handler of
// the fixtures, but it is not the user's code to split.
package adapter

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
)

// Request is the adapter's own event type.
type Request struct {
	Method, Path string
	Headers      map[string]string
	Body         string
}

// Response is the adapter's own answer.
type Response struct {
	Status  int
	Headers map[string]string
	Body    string
}

// Adapter serves an http.Handler behind a Lambda function.
type Adapter struct{ h http.Handler }

// New returns an adapter for h.
func New(h http.Handler) *Adapter { return &Adapter{h: h} }

// Proxy converts the event, serves it and converts the answer back.
func (a *Adapter) Proxy(ctx context.Context, req Request) (Response, error) {
	if req.Method == "" || req.Path == "" || !strings.HasPrefix(req.Path, "/") {
		return Response{Status: http.StatusBadRequest}, nil
	}
	r := httptest.NewRequest(req.Method, req.Path, strings.NewReader(req.Body)).WithContext(ctx)
	for k, v := range req.Headers {
		if k != "" {
			for _, part := range strings.Split(v, ",") {
				if part = strings.TrimSpace(part); part != "" {
					switch strings.ToLower(k) {
					case "cookie", "set-cookie":
						r.Header.Add(k, part)
					default:
						if r.Header.Get(k) == "" {
							r.Header.Set(k, part)
						}
					}
				}
			}
		}
	}
	w := httptest.NewRecorder()
	a.h.ServeHTTP(w, r)
	out := Response{Status: w.Code, Headers: map[string]string{}, Body: w.Body.String()}
	for k, vs := range w.Header() {
		if len(vs) > 0 && k != "" {
			out.Headers[k] = strings.Join(vs, ",")
		}
	}
	return out, nil
}
