package main

import (
	"database/sql"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

// Tests and the fake servers of tests are never deployed: what they read
// of a request is not input from a client (cli/cli, pkg/cmd/issue/list).

// TestRecordedRequest reads the body of a request a fake server recorded
// and ignores the decode error: the test fails on the next line anyway.
func TestRecordedRequest(t *testing.T) {
	var recorded []*http.Request
	var body struct{ Variables map[string]any }
	data, _ := io.ReadAll(recorded[0].Body)
	_ = json.Unmarshal(data, &body)
	if body.Variables["limit"] != 100.0 {
		t.Error("limit")
	}
}

// TestFakeServer answers with what the request asked, unchecked.
func TestFakeServer(t *testing.T) {
	var db *sql.DB
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var in struct{ Name string }
		json.NewDecoder(r.Body).Decode(&in)
		db.QueryRowContext(r.Context(), "SELECT id FROM users WHERE name = $1", r.URL.Query().Get("name"))
		w.Write([]byte(in.Name))
	}))
	defer srv.Close()
}
