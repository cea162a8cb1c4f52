package fn_test

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/fnlint/fnlint/fn"
)

func okJSON(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
	return fn.JSON(200, map[string]string{"path": ev.Path})
}

func addHeader(ctx context.Context, ev *fn.Event, resp *fn.Response) (*fn.Response, error) {
	resp.Header.Set("X-Enhanced", "yes")
	return resp, nil
}

func TestEnhanceMatches(t *testing.T) {
	h := fn.Enhance(okJSON, fn.PathPrefix("/api/"), addHeader)
	tests := []struct {
		path string
		want string
	}{
		{"/api", "yes"},
		{"/api/users", "yes"},
		{"/apis", ""},
		{"/", ""},
	}
	for _, tt := range tests {
		resp := fn.Serve(t.Context(), h, event("GET", tt.path))
		assert.Equal(t, tt.want, resp.Header.Get("X-Enhanced"), tt.path)
		assert.Equal(t, 200, resp.Status)
	}
	all := fn.Enhance(okJSON, fn.PathPrefix("/"), addHeader)
	assert.Equal(t, "yes", fn.Serve(t.Context(), all, event("GET", "/x")).Header.Get("X-Enhanced"))
	none := fn.Enhance(okJSON, nil, addHeader)
	assert.Equal(t, "yes", fn.Serve(t.Context(), none, event("GET", "/x")).Header.Get("X-Enhanced"))
}

func TestEnhanceSeesErrorResponses(t *testing.T) {
	failing := func(ctx context.Context, ev *fn.Event) (*fn.Response, error) { return nil, errors.New("db down") }
	resp := fn.Serve(t.Context(), fn.Enhance(failing, nil, addHeader), event("GET", "/"))
	assert.Equal(t, 500, resp.Status)
	assert.Equal(t, "yes", resp.Header.Get("X-Enhanced"))
}

func TestEnhanceContentType(t *testing.T) {
	text := func(ctx context.Context, ev *fn.Event) (*fn.Response, error) { return fn.Text(200, "hi"), nil }
	m := fn.AllOf(fn.PathPrefix("/api"), fn.ContentType("application/json"))
	assert.Equal(t, "yes", fn.Serve(t.Context(), fn.Enhance(okJSON, m, addHeader), event("GET", "/api/x")).Header.Get("X-Enhanced"))
	assert.Empty(t, fn.Serve(t.Context(), fn.Enhance(text, m, addHeader), event("GET", "/api/x")).Header.Get("X-Enhanced"))
	assert.Empty(t, fn.Serve(t.Context(), fn.Enhance(okJSON, m, addHeader), event("GET", "/x")).Header.Get("X-Enhanced"))
}

// TestEnhanceFailsSoft checks that every failure of a response function,
// even after it changed its copy, leaves the original response.
func TestEnhanceFailsSoft(t *testing.T) {
	failures := map[string]fn.ResponseFunc{
		"error": func(ctx context.Context, ev *fn.Event, resp *fn.Response) (*fn.Response, error) {
			resp.Header.Set("X-Half", "done")
			resp.Body = []byte("mangled")
			resp.Status = 299
			return resp, errors.New("metadata service down")
		},
		"panic": func(ctx context.Context, ev *fn.Event, resp *fn.Response) (*fn.Response, error) {
			resp.Header.Set("X-Half", "done")
			resp.Body[0] = 'X'
			panic("nil map")
		},
		"nil": func(ctx context.Context, ev *fn.Event, resp *fn.Response) (*fn.Response, error) {
			resp.Header.Set("X-Half", "done")
			return nil, nil
		},
	}
	for name, enh := range failures {
		t.Run(name, func(t *testing.T) {
			logs := captureLogs(t)
			resp := fn.Serve(t.Context(), fn.Enhance(okJSON, fn.PathPrefix("/api"), enh), event("GET", "/api/x"))
			assert.Equal(t, 200, resp.Status)
			assert.JSONEq(t, `{"path":"/api/x"}`, string(resp.Body))
			assert.Empty(t, resp.Header.Get("X-Half"))
			assert.Contains(t, logs.String(), "sending the original response")
		})
	}
	t.Run("matcher panic", func(t *testing.T) {
		bad := func(*fn.Event, *fn.Response) bool { panic("bad matcher") }
		resp := fn.Serve(t.Context(), fn.Enhance(okJSON, bad, addHeader), event("GET", "/api/x"))
		assert.Equal(t, 200, resp.Status)
		assert.Empty(t, resp.Header.Get("X-Enhanced"))
	})
	t.Run("nil response", func(t *testing.T) {
		assert.Nil(t, fn.ApplyEnhancer(t.Context(), event("GET", "/"), nil, nil, addHeader))
	})
}
