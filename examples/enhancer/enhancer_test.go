package enhancer_test

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/examples/enhancer"
	"github.com/fnlint/fnlint/fn"
)

func TestMain(m *testing.M) {
	slog.SetDefault(slog.New(slog.DiscardHandler))
	os.Exit(m.Run())
}

func serve(t *testing.T, h fn.RequestFunc, path string) *fn.Response {
	t.Helper()
	ev := &fn.Event{Method: "GET", Path: path, Header: http.Header{}, RequestContext: fn.RequestContext{RequestID: "req-7"}}
	return fn.Serve(t.Context(), h, ev)
}

func api() fn.RequestFunc {
	r := fn.NewRouter()
	r.Handle("GET /api/version", enhancer.Version)
	r.Handle("GET /api/list", func(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
		return fn.JSON(200, []int{1, 2})
	})
	r.Handle("GET /api/text", func(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
		return fn.Text(200, "plain"), nil
	})
	r.Handle("GET /api/cached", func(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
		resp, err := fn.JSON(200, map[string]int{"n": 1})
		if err == nil {
			resp.Header.Set("Cache-Control", "max-age=60")
		}
		return resp, err
	})
	r.Handle("GET /api/fail", func(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
		return nil, errors.New("boom")
	})
	r.Handle("GET /public/info", func(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
		return fn.JSON(200, map[string]string{"info": "x"})
	})
	return enhancer.Wrap(r.Serve)
}

func body(t *testing.T, resp *fn.Response) any {
	t.Helper()
	var v any
	require.NoError(t, json.Unmarshal(resp.Body, &v))
	return v
}

func TestWrap(t *testing.T) {
	h := api()
	tests := []struct {
		path  string
		body  any // nil for a body that is not JSON
		cache string
	}{
		{"/api/version", map[string]any{"version": enhancer.APIVersion, "meta": map[string]any{"requestId": "req-7", "apiVersion": enhancer.APIVersion}}, "no-store"},
		{"/api/list", []any{1.0, 2.0}, "no-store"},
		{"/api/text", nil, "no-store"},
		{"/api/cached", map[string]any{"n": 1.0, "meta": map[string]any{"requestId": "req-7", "apiVersion": enhancer.APIVersion}}, "max-age=60"},
		{"/api/fail", map[string]any{"error": "Internal server error", "requestId": "req-7", "meta": map[string]any{"requestId": "req-7", "apiVersion": enhancer.APIVersion}}, "no-store"},
		{"/public/info", map[string]any{"info": "x"}, "no-store"},
		{"/nowhere", map[string]any{"error": "Not found"}, "no-store"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp := serve(t, h, tt.path)
			assert.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"))
			assert.Equal(t, "DENY", resp.Header.Get("X-Frame-Options"))
			assert.Equal(t, tt.cache, resp.Header.Get("Cache-Control"))
			if tt.body == nil {
				assert.Equal(t, "plain", string(resp.Body))
				return
			}
			assert.Equal(t, tt.body, body(t, resp))
		})
	}
}

func TestAddMetaFailsSoft(t *testing.T) {
	ev := &fn.Event{Path: "/api/x", Header: http.Header{}}
	orig := []byte(`[1,2]`)
	resp := &fn.Response{Status: 200, Header: http.Header{}, Body: orig}
	out, err := enhancer.AddMeta(t.Context(), ev, resp)
	assert.Error(t, err)
	assert.Same(t, resp, out, "on failure the response given is returned")
	assert.Equal(t, `[1,2]`, string(out.Body))

	resp.Body = []byte(`null`)
	_, err = enhancer.AddMeta(t.Context(), ev, resp)
	assert.Error(t, err)
}
