// Package authutil reads credentials from requests.
package authutil

import (
	"net/http"
	"strings"
)

// Bearer returns the bearer token of a request.
func Bearer(r *http.Request) string { // want Bearer:`secretResult\(the "Authorization" header\)`
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

// RequestID returns the request id of a request.
func RequestID(r *http.Request) string { return r.Header.Get("X-Request-Id") }
