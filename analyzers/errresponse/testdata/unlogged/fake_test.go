package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

// A fake upstream answers 500 without logging: test code, not reported.
func TestFakeUpstream(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var it item
		if err := json.NewDecoder(r.Body).Decode(&it); err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		switch r.Method {
		case http.MethodGet, http.MethodPut:
			w.WriteHeader(http.StatusOK)
		}
	}))
	defer srv.Close()
}
