package httpfn_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/fn"
	"github.com/fnlint/fnlint/fn/httpfn"
)

func TestMain(m *testing.M) {
	slog.SetDefault(slog.New(slog.DiscardHandler))
	os.Exit(m.Run())
}

// describe answers with what it saw of the event.
func describe(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
	return fn.JSON(200, map[string]any{
		"method":    ev.Method,
		"path":      ev.Path,
		"params":    ev.PathParams,
		"query":     ev.Query,
		"body":      string(ev.Body),
		"header":    ev.Header.Get("x-custom"),
		"requestId": ev.RequestContext.RequestID,
		"ip":        ev.RequestContext.SourceIP,
		"route":     ev.RequestContext.Route,
		"ctxId":     fn.RequestID(ctx),
	})
}

func do(t *testing.T, h http.Handler, req *http.Request) (*http.Response, map[string]any) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	resp := rec.Result()
	var body map[string]any
	if b, _ := io.ReadAll(resp.Body); len(b) > 0 {
		require.NoError(t, json.Unmarshal(b, &body), "body %s", b)
	}
	return resp, body
}

func TestHandler(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("POST /users/{id}/notes/{rest...}", httpfn.Handler(describe))
	mux.Handle("GET /{$}", httpfn.Handler(describe))

	req := httptest.NewRequest("POST", "/users/42/notes/a/b?x=1&x=2", strings.NewReader(`{"n":1}`))
	req.Header.Set("X-Custom", "yes")
	req.Header.Set("X-Request-Id", "abc-123")
	resp, body := do(t, mux, req)
	assert.Equal(t, 200, resp.StatusCode)
	assert.Equal(t, "abc-123", resp.Header.Get("X-Request-Id"))
	assert.Equal(t, map[string]any{
		"method":    "POST",
		"path":      "/users/42/notes/a/b",
		"params":    map[string]any{"id": "42", "rest": "a/b"},
		"query":     map[string]any{"x": []any{"1", "2"}},
		"body":      `{"n":1}`,
		"header":    "yes",
		"requestId": "abc-123",
		"ip":        "192.0.2.1",
		"route":     "POST /users/{id}/notes/{rest...}",
		"ctxId":     "abc-123",
	}, body)

	req = httptest.NewRequest("GET", "/", nil)
	req.Header.Set("X-Request-Id", "<script>")
	resp, body = do(t, mux, req)
	assert.Equal(t, 200, resp.StatusCode)
	assert.Equal(t, map[string]any{}, body["params"])
	id := resp.Header.Get("X-Request-Id")
	assert.NotEqual(t, "<script>", id, "implausible request ids are replaced")
	assert.Equal(t, id, body["requestId"])
}

func TestHandlerLimits(t *testing.T) {
	h := httpfn.Handler(describe, httpfn.MaxBodyBytes(8))
	resp, body := do(t, h, httptest.NewRequest("POST", "/", strings.NewReader("123456789")))
	assert.Equal(t, 413, resp.StatusCode)
	assert.Equal(t, map[string]any{"error": "Request body too large"}, body)

	resp, _ = do(t, h, httptest.NewRequest("POST", "/", strings.NewReader("12345678")))
	assert.Equal(t, 200, resp.StatusCode)

	req := httptest.NewRequest("POST", "/", errReader{})
	resp, body = do(t, h, req)
	assert.Equal(t, 400, resp.StatusCode)
	assert.Equal(t, map[string]any{"error": "Could not read the request body"}, body)
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("connection reset") }

func TestHandlerErrors(t *testing.T) {
	failing := func(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
		return nil, errors.New("dial tcp 10.0.0.5:5432: connection refused")
	}
	resp, body := do(t, httpfn.Handler(failing), httptest.NewRequest("GET", "/", nil))
	assert.Equal(t, 500, resp.StatusCode)
	assert.Equal(t, "application/json", resp.Header.Get("Content-Type"))
	assert.Equal(t, map[string]any{"error": "Internal server error", "requestId": resp.Header.Get("X-Request-Id")}, body)
}

func TestClientIPHeader(t *testing.T) {
	h := httpfn.Handler(describe, httpfn.ClientIPHeader("X-Forwarded-For"))
	req := httptest.NewRequest("GET", "/", nil)
	req.Header.Add("X-Forwarded-For", "6.6.6.6, 10.0.0.1")
	req.Header.Add("X-Forwarded-For", "203.0.113.7")
	_, body := do(t, h, req)
	assert.Equal(t, "203.0.113.7", body["ip"], "the address the trusted proxy added")

	_, body = do(t, h, httptest.NewRequest("GET", "/", nil))
	assert.Equal(t, "192.0.2.1", body["ip"], "without the header, the peer")
}

func TestTaskHandler(t *testing.T) {
	var got *fn.Task
	h := httpfn.TaskHandler("orders", func(ctx context.Context, task *fn.Task) error {
		got = task
		if string(task.Payload) == `{"fail":true}` {
			return errors.New("downstream unavailable")
		}
		return nil
	})
	post := func(body string, headers map[string]string) *http.Request {
		req := httptest.NewRequest("POST", "/tasks/orders", strings.NewReader(body))
		for k, v := range headers {
			req.Header.Set(k, v)
		}
		return req
	}

	resp, _ := do(t, h, post(`{"order":7}`, map[string]string{"Idempotency-Key": "order-7", "X-CloudTasks-TaskRetryCount": "2"}))
	assert.Equal(t, 204, resp.StatusCode)
	require.NotNil(t, got)
	assert.Equal(t, "order-7", got.ID)
	assert.Equal(t, "orders", got.Name)
	assert.JSONEq(t, `{"order":7}`, string(got.Payload))
	assert.Equal(t, 3, got.Attempt)

	resp, _ = do(t, h, post(``, map[string]string{"Idempotency-Key": "k"}))
	assert.Equal(t, 204, resp.StatusCode)
	assert.JSONEq(t, `{}`, string(got.Payload))
	assert.Equal(t, 1, got.Attempt)

	resp, body := do(t, h, post(`{}`, nil))
	assert.Equal(t, 400, resp.StatusCode)
	assert.Equal(t, map[string]any{"error": "Idempotency-Key header required"}, body)

	resp, body = do(t, h, post(`{`, map[string]string{"Idempotency-Key": "k"}))
	assert.Equal(t, 400, resp.StatusCode)
	assert.Equal(t, map[string]any{"error": "Invalid JSON"}, body)

	resp, body = do(t, h, post(`{"fail":true}`, map[string]string{"Idempotency-Key": "k"}))
	assert.Equal(t, 500, resp.StatusCode)
	assert.Equal(t, "Internal server error", body["error"])

	resp, _ = do(t, h, httptest.NewRequest("GET", "/tasks/orders", nil))
	assert.Equal(t, 405, resp.StatusCode)
	assert.Equal(t, "POST", resp.Header.Get("Allow"))
}

func TestStart(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	require.NoError(t, l.Close())

	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- httpfn.Start(ctx, addr, httpfn.Handler(describe)) }()

	var resp *http.Response
	require.Eventually(t, func() bool {
		resp, err = http.Get("http://" + addr + "/ping")
		return err == nil
	}, 5*time.Second, 20*time.Millisecond)
	assert.Equal(t, 200, resp.StatusCode)
	require.NoError(t, resp.Body.Close())

	cancel()
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(15 * time.Second):
		t.Fatal("Start did not return")
	}

	assert.Error(t, httpfn.Start(t.Context(), "256.0.0.1:bad", httpfn.Handler(describe)))
}
