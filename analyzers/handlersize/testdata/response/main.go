// Package main is written on the fn runtime: response functions are held
// to stricter limits than request functions of the same size.
package main

import (
	"context"
	"strings"

	"github.com/fnlint/fnlint/fn"
)

type server struct {
	locales []string
	banned  map[string]bool
}

// localize is a response function found by its signature.
func (s *server) localize(ctx context.Context, ev *fn.Event, resp *fn.Response) (*fn.Response, error) { // want `response function \(\*server\).localize nests control statements 4 deep \(max 3\)` `response function \(\*server\).localize has cyclomatic complexity 9 \(max 8\)`
	if resp == nil {
		return resp, nil
	}
	for _, loc := range s.locales {
		if loc != "" && !s.banned[loc] {
			for _, part := range strings.Split(loc, "-") {
				if len(part) == 2 || len(part) == 3 || part == "x" {
					return resp, ctx.Err()
				}
			}
		}
	}
	return resp, nil
}

// search is a request function of the same size: under the request limits.
func (s *server) search(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
	if ev == nil {
		return nil, nil
	}
	for _, loc := range s.locales {
		if loc != "" && !s.banned[loc] {
			for _, part := range strings.Split(loc, "-") {
				if len(part) == 2 || len(part) == 3 || part == "x" {
					return nil, ctx.Err()
				}
			}
		}
	}
	return &fn.Response{}, nil
}

// register converts to fn.ResponseFunc: the literal is a response function.
func register(s *server) []fn.ResponseFunc {
	return []fn.ResponseFunc{
		fn.ResponseFunc(func(ctx context.Context, ev *fn.Event, resp *fn.Response) (*fn.Response, error) { // want `response function register.func1 nests control statements 4 deep \(max 3\)`
			for _, b := range s.locales {
				if b != "" {
					for range 3 {
						if s.banned[b] {
							return resp, nil
						}
					}
				}
			}
			return resp, nil
		}),
	}
}

func main() {
	s := &server{banned: map[string]bool{}}
	_ = register(s)
	_ = fn.RequestFunc(s.search)
	_ = fn.ResponseFunc(s.localize)
}
