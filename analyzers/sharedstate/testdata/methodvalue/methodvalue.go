// Package methodvalue registers a method value with net/http; the
// method writes a package variable and its receiver's fields.
package main

import (
	"net/http"
	"time"
)

type server struct {
	started time.Time
	served  int
}

var lastRequest time.Time

func (s *server) handle(w http.ResponseWriter, r *http.Request) {
	lastRequest = time.Now() // want `package variable lastRequest is written on every invocation without synchronisation, a data race when invocations run concurrently \(\(\*server\).handle\)`
	s.served++
	w.WriteHeader(http.StatusOK)
}

func main() {
	s := &server{started: time.Now()}
	mux := http.NewServeMux()
	mux.HandleFunc("/", s.handle)
	_ = http.ListenAndServe(":8080", mux)
}
