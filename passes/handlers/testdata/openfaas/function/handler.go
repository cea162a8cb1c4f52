// Package function is the classic OpenFaaS template: a process per request.
package function

import "fmt"

// Handle answers one request.
func Handle(req []byte) string { // want `handler request openfaas signature`
	return fmt.Sprintf("Hello, Go. You said: %s", echo(req))
}

func echo(b []byte) string { return string(b) } // want `invocation Handle → echo`

// handle is not the entry point.
func handle(req []byte) string { return string(req) }
