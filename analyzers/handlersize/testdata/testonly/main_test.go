package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// fakeUpstream is a test double with the handler signature: test code is
// not measured.
func fakeUpstream(w http.ResponseWriter, r *http.Request) {
	for _, v := range r.Header.Values("X-Case") {
		if v != "" {
			for _, c := range strings.Split(v, ",") {
				if c != "" {
					switch c {
					case "slow":
						for range 3 {
							w.Write([]byte("."))
						}
					}
				}
			}
		}
	}
}

func TestPing(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(fakeUpstream))
	defer srv.Close()
	rec := httptest.NewRecorder()
	ping(rec, httptest.NewRequest(http.MethodGet, "/ping", nil))
	if rec.Code != http.StatusNoContent {
		t.Fatalf("status %d", rec.Code)
	}
}
