package main

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/examples/sqsconsumer"
	"github.com/fnlint/fnlint/examples/users"
	"github.com/fnlint/fnlint/examples/webhook"
	"github.com/fnlint/fnlint/fn/auth"
	"github.com/fnlint/fnlint/fn/pgstore"
	"github.com/fnlint/fnlint/fn/pgstore/pgtest"
)

func TestMain(m *testing.M) {
	slog.SetDefault(slog.New(slog.DiscardHandler))
	os.Exit(m.Run())
}

const (
	jwtSecret     = "local-jwt-secret-local-jwt-secret"
	webhookSecret = "local-webhook-secret-local-webhook-secret"
)

func send(t *testing.T, method, url, body string, header map[string]string) (int, map[string]any) {
	t.Helper()
	status, _, m := sendH(t, method, url, body, header)
	return status, m
}

func sendH(t *testing.T, method, url, body string, header map[string]string) (int, http.Header, map[string]any) {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), method, url, strings.NewReader(body))
	require.NoError(t, err)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	var m map[string]any
	if len(b) > 0 {
		require.NoError(t, json.Unmarshal(b, &m), "body %s", b)
	}
	return resp.StatusCode, resp.Header, m
}

// TestExamplesTogether drives every example through the local mux.
func TestExamplesTogether(t *testing.T) {
	pool := pgtest.Pool(t)
	require.NoError(t, pgstore.Migrate(t.Context(), pool))
	require.NoError(t, pgstore.Exec(t.Context(), pool, users.Schema+sqsconsumer.Schema+webhook.Schema))
	mux, sched, err := build(config{JWTSecret: jwtSecret, WebhookSecret: webhookSecret, Retention: time.Hour}, pool)
	require.NoError(t, err)
	require.NotNil(t, sched)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	status, header, u := sendH(t, "POST", srv.URL+"/users", `{"email":"local@example.com","name":"Local"}`, nil)
	require.Equal(t, 201, status)
	assert.Equal(t, "local@example.com", u["email"])
	assert.Equal(t, "nosniff", header.Get("X-Content-Type-Options"), "the users API is enhanced")
	status, _ = send(t, "GET", srv.URL+"/users?limit=10", "", nil)
	assert.Equal(t, 200, status)

	status, v := send(t, "GET", srv.URL+"/api/version", "", nil)
	assert.Equal(t, 200, status)
	assert.Equal(t, "2024-03-15", v["version"])
	assert.Equal(t, "2024-03-15", v["meta"].(map[string]any)["apiVersion"])

	body := `{"id":"evt_local","type":"payment.succeeded","data":{"amount":1}}`
	status, _ = send(t, "POST", srv.URL+"/webhooks/payments", body,
		map[string]string{"Webhook-Signature": webhook.Sign([]byte(webhookSecret), time.Now(), []byte(body))})
	assert.Equal(t, 202, status)

	status, _ = send(t, "POST", srv.URL+"/queues/orders", `{"orderId":"o-1","status":"created","version":1,"at":"2024-03-15T12:00:00Z"}`,
		map[string]string{"Idempotency-Key": "msg-1"})
	assert.Equal(t, 204, status)
	status, _ = send(t, "POST", srv.URL+"/queues/orders", `{"orderId":"o-2","status":"lost","version":1,"at":"2024-03-15T12:00:00Z"}`,
		map[string]string{"Idempotency-Key": "msg-2"})
	assert.Equal(t, 400, status, "a message that fails validation fails for good")

	tok, err := jwt.NewWithClaims(jwt.SigningMethodHS256, auth.Claims{
		RegisteredClaims: jwt.RegisteredClaims{Subject: "ops", ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour))},
		Permissions:      []string{"admin:read"},
	}).SignedString([]byte(jwtSecret))
	require.NoError(t, err)
	status, failed := send(t, "GET", srv.URL+"/admin/failed?task=orders", "", map[string]string{"Authorization": "Bearer " + tok})
	require.Equal(t, 200, status)
	items := failed["items"].([]any)
	require.Len(t, items, 1, "the bad message is kept for review")
	assert.Equal(t, "msg-2", items[0].(map[string]any)["key"])
	status, _ = send(t, "GET", srv.URL+"/admin/failed", "", nil)
	assert.Equal(t, 401, status)
}

// TestRun starts the server from the environment and stops it.
func TestRun(t *testing.T) {
	url := pgtest.SchemaURL(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	require.NoError(t, l.Close())
	t.Setenv("ADDR", addr)
	t.Setenv("DATABASE_URL", url)
	t.Setenv("JWT_SECRET", jwtSecret)
	t.Setenv("WEBHOOK_SECRET", webhookSecret)

	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- run(ctx) }()
	require.Eventually(t, func() bool {
		resp, err := http.Get("http://" + addr + "/api/version")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == 200
	}, 10*time.Second, 50*time.Millisecond)
	cancel()
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(15 * time.Second):
		t.Fatal("run did not stop")
	}
}

func TestRunReportsMissingConfig(t *testing.T) {
	for _, name := range []string{"DATABASE_URL", "JWT_SECRET", "WEBHOOK_SECRET"} {
		t.Setenv(name, "")
	}
	err := run(t.Context())
	assert.EqualError(t, err, "missing required environment variables: DATABASE_URL, JWT_SECRET, WEBHOOK_SECRET")
}
