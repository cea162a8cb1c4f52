// Package web is a tiny stand-in for net/http, so that the cli tests load
// no standard library package: handlers are functions taking a
// ResponseWriter and a *Request.
package web

// ResponseWriter receives the answer.
type ResponseWriter interface {
	Write(p []byte) (int, error)
}

// Request is a request.
type Request struct {
	Path string
}
