package fn_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/fn"
)

func TestErrorMapping(t *testing.T) {
	secret := errors.New("pq: password authentication failed for user admin")
	tests := []struct {
		name     string
		err      error
		status   int
		body     string
		header   http.Header
		logLevel string
	}{
		{
			name:     "validation",
			err:      &fn.ValidationError{Details: []fn.FieldError{{Field: "email", Message: "is required"}, {Field: "age", Message: "must be positive"}}},
			status:   400,
			body:     `{"error":"Validation failed","details":[{"field":"email","message":"is required"},{"field":"age","message":"must be positive"}]}`,
			logLevel: "INFO",
		},
		{
			name:     "wrapped validation",
			err:      fmt.Errorf("create user: %w", &fn.ValidationError{Details: []fn.FieldError{{Message: "empty"}}}),
			status:   400,
			body:     `{"error":"Validation failed","details":[{"message":"empty"}]}`,
			logLevel: "INFO",
		},
		{
			name:     "invalid JSON",
			err:      fmt.Errorf("decode: %w", fn.ErrInvalidJSON),
			status:   400,
			body:     `{"error":"Invalid JSON"}`,
			logLevel: "INFO",
		},
		{
			name:     "bad request",
			err:      fn.BadRequest("limit must be a number"),
			status:   400,
			body:     `{"error":"limit must be a number"}`,
			logLevel: "INFO",
		},
		{
			name:     "not found with a cause",
			err:      fmt.Errorf("get user 7: %w", &fn.Error{Status: 404, Message: "User not found", Err: secret}),
			status:   404,
			body:     `{"error":"User not found"}`,
			logLevel: "INFO",
		},
		{
			name:     "headers",
			err:      &fn.Error{Status: 401, Message: "Unauthorized", Header: http.Header{"Www-Authenticate": {`Bearer error="invalid_token"`}}},
			status:   401,
			body:     `{"error":"Unauthorized"}`,
			header:   http.Header{"Www-Authenticate": {`Bearer error="invalid_token"`}},
			logLevel: "INFO",
		},
		{
			name:     "anything else",
			err:      fmt.Errorf("load user: %w", secret),
			status:   500,
			body:     `{"error":"Internal server error","requestId":"req-1"}`,
			logLevel: "ERROR",
		},
		{
			name:     "unavailable",
			err:      &fn.Error{Status: 503, Message: "Service unavailable", Err: secret, Header: http.Header{"Retry-After": {"30"}}},
			status:   503,
			body:     `{"error":"Service unavailable","requestId":"req-1"}`,
			header:   http.Header{"Retry-After": {"30"}},
			logLevel: "ERROR",
		},
		{
			name:     "out of range status",
			err:      &fn.Error{Status: 302, Message: "Found"},
			status:   500,
			body:     `{"error":"Internal server error","requestId":"req-1"}`,
			logLevel: "ERROR",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			logs := captureLogs(t)
			h := func(ctx context.Context, ev *fn.Event) (*fn.Response, error) { return nil, tt.err }
			resp := fn.Serve(t.Context(), h, event("GET", "/users/7"))
			assert.Equal(t, tt.status, resp.Status)
			assert.JSONEq(t, tt.body, string(resp.Body))
			assert.Equal(t, "application/json", resp.Header.Get("Content-Type"))
			for k, v := range tt.header {
				assert.Equal(t, v, resp.Header[k])
			}
			assert.NotContains(t, string(resp.Body), "password")
			assert.Contains(t, logs.String(), `"level":"`+tt.logLevel+`"`)
			assert.Contains(t, logs.String(), `"requestId":"req-1"`)
			assert.Contains(t, logs.String(), tt.err.Error(), "the error is logged")
		})
	}
}

func TestServe(t *testing.T) {
	t.Run("defaults", func(t *testing.T) {
		h := func(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
			assert.Equal(t, "req-1", fn.RequestID(ctx))
			return &fn.Response{Body: []byte("ok")}, nil
		}
		resp := fn.Serve(t.Context(), h, event("GET", "/"))
		assert.Equal(t, 200, resp.Status)
		assert.NotNil(t, resp.Header)
	})
	t.Run("panic", func(t *testing.T) {
		logs := captureLogs(t)
		h := func(ctx context.Context, ev *fn.Event) (*fn.Response, error) { panic("boom: secret") }
		resp := fn.Serve(t.Context(), h, event("GET", "/"))
		assert.Equal(t, 500, resp.Status)
		assert.JSONEq(t, `{"error":"Internal server error","requestId":"req-1"}`, string(resp.Body))
		assert.Contains(t, logs.String(), "boom: secret")
	})
	t.Run("nil response", func(t *testing.T) {
		logs := captureLogs(t)
		h := func(ctx context.Context, ev *fn.Event) (*fn.Response, error) { return nil, nil }
		resp := fn.Serve(t.Context(), h, event("GET", "/"))
		assert.Equal(t, 500, resp.Status)
		assert.Contains(t, logs.String(), "no response")
	})
	t.Run("no request id", func(t *testing.T) {
		assert.Empty(t, fn.RequestID(t.Context()))
	})
}

func TestResponses(t *testing.T) {
	resp, err := fn.JSON(201, map[string]int{"id": 7})
	require.NoError(t, err)
	assert.Equal(t, 201, resp.Status)
	assert.JSONEq(t, `{"id":7}`, string(resp.Body))
	assert.Equal(t, "application/json", resp.Header.Get("content-type"))

	_, err = fn.JSON(200, make(chan int))
	assert.ErrorContains(t, err, "encode response")

	txt := fn.Text(200, "hi")
	assert.Equal(t, "text/plain; charset=utf-8", txt.Header.Get("Content-Type"))
	assert.Equal(t, 204, fn.NoContent().Status)

	c := txt.Clone()
	c.Header.Set("X-A", "1")
	c.Body[0] = 'H'
	assert.Empty(t, txt.Header.Get("X-A"))
	assert.Equal(t, "hi", string(txt.Body))
}

func TestValidation(t *testing.T) {
	var v fn.Validation
	assert.NoError(t, v.Err())
	assert.True(t, v.Check(true, "a", "fine"))
	assert.False(t, v.Check(false, "email", "is required"))
	v.Check(false, "", "too many fields")
	err := v.Err()
	var verr *fn.ValidationError
	require.ErrorAs(t, err, &verr)
	assert.Equal(t, []fn.FieldError{{Field: "email", Message: "is required"}, {Message: "too many fields"}}, verr.Details)
	assert.EqualError(t, err, "validation failed: email: is required; too many fields")
}
