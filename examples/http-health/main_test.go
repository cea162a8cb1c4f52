package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHealth(t *testing.T) {
	tests := []struct {
		method string
		status int
		body   map[string]string
		allow  string
	}{
		{"GET", 200, map[string]string{"status": "ok", "version": "dev"}, ""},
		{"POST", 405, map[string]string{"error": "Method not allowed"}, "GET, HEAD"},
		{"DELETE", 405, map[string]string{"error": "Method not allowed"}, "GET, HEAD"},
	}
	for _, tt := range tests {
		t.Run(tt.method, func(t *testing.T) {
			rec := httptest.NewRecorder()
			health(rec, httptest.NewRequest(tt.method, "/healthz", nil))
			assert.Equal(t, tt.status, rec.Code)
			assert.Equal(t, tt.allow, rec.Header().Get("Allow"))
			assert.Equal(t, "application/json", rec.Header().Get("Content-Type"))
			var body map[string]string
			require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &body))
			assert.Equal(t, tt.body, body)
		})
	}
	rec := httptest.NewRecorder()
	health(rec, httptest.NewRequest(http.MethodHead, "/healthz", nil))
	assert.Equal(t, 200, rec.Code)
}
