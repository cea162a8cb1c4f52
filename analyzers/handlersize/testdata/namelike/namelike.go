// Package namelike has large functions named like handlers whose
// signatures are not handlers and that nothing registers.
package namelike

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
)

// handler takes a plain string: a helper of a CLI, not a function handler.
func handler(ctx context.Context, input string) (string, error) {
	var out []string
	for _, line := range strings.Split(input, "\n") {
		if line != "" {
			for _, f := range strings.Fields(line) {
				if len(f) > 1 {
					switch f[0] {
					case '#':
						continue
					}
					out = append(out, f)
				}
			}
		}
	}
	if ctx.Err() != nil {
		return "", ctx.Err()
	}
	return strings.Join(out, " "), nil
}

// handleRequest takes only the request: it builds a client request.
func handleRequest(r *http.Request) error {
	for k, vs := range r.Header {
		if strings.HasPrefix(k, "X-") {
			for _, v := range vs {
				if v != "" {
					for _, p := range strings.Split(v, ",") {
						if strings.TrimSpace(p) == "" {
							return errors.New("empty header element in " + k)
						}
					}
				}
			}
		}
	}
	return nil
}

type logger struct{}

// ServeHTTP writes to an io.Writer, not an http.ResponseWriter.
func (logger) ServeHTTP(w io.Writer, r *http.Request) {
	for k, vs := range r.Header {
		if k != "Authorization" {
			for _, v := range vs {
				if v != "" {
					for i := range 2 {
						if i == 0 {
							io.WriteString(w, k+": "+v+"\n")
						}
					}
				}
			}
		}
	}
}

// Handle is the classic OpenFaaS signature outside an OpenFaaS function
// package: a helper.
func Handle(req []byte) string { // want Handle:`size\(statements=9 complexity=7 nesting=6 lines=15\)`
	var b strings.Builder
	for _, line := range strings.Split(string(req), "\n") {
		if line != "" {
			for _, w := range strings.Fields(line) {
				if len(w) > 3 {
					for _, r := range w {
						if r != '-' {
							b.WriteRune(r)
						}
					}
				}
			}
		}
	}
	return b.String()
}
