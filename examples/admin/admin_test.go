package admin_test

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/time/rate"

	"github.com/fnlint/fnlint/examples/admin"
	"github.com/fnlint/fnlint/fn"
	"github.com/fnlint/fnlint/fn/auth"
	"github.com/fnlint/fnlint/fn/ratelimit"
)

func TestMain(m *testing.M) {
	slog.SetDefault(slog.New(slog.DiscardHandler))
	os.Exit(m.Run())
}

var secret = []byte("test-secret-test-secret-test-secret")

func token(t *testing.T, perms ...string) string {
	t.Helper()
	c := auth.Claims{
		RegisteredClaims: jwt.RegisteredClaims{
			Subject:   "ops@example.com",
			Issuer:    "https://auth.example.com",
			Audience:  jwt.ClaimStrings{"admin"},
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour)),
		},
		Permissions: perms,
	}
	s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(secret)
	require.NoError(t, err)
	return s
}

func setup(t *testing.T, lim *ratelimit.Limiter) (fn.RequestFunc, *fn.MemoryFailedStore) {
	t.Helper()
	v, err := auth.NewVerifier(auth.Config{Algorithms: []string{"HS256"}, Key: secret, Issuer: "https://auth.example.com", Audience: "admin"})
	require.NoError(t, err)
	store := fn.NewMemoryFailedStore()
	t0 := time.Date(2024, 3, 15, 3, 0, 0, 0, time.UTC)
	require.NoError(t, store.SaveFailed(t.Context(), []fn.FailedItem{
		{Task: "cleanup", Key: "41", Payload: []byte(`41`), Error: "user not purged", FailedAt: t0},
		{Task: "orders", Key: "m-9", Payload: []byte(`{"orderId":"o-9"}`), Error: "status: invalid", FailedAt: t0.Add(time.Minute)},
	}))
	return admin.New(store).Routes(v, lim), store
}

func call(t *testing.T, h fn.RequestFunc, method, target, tok, ip string) (*fn.Response, map[string]any) {
	t.Helper()
	u, err := url.Parse(target)
	require.NoError(t, err)
	ev := &fn.Event{Method: method, Path: u.Path, Query: u.Query(), Header: http.Header{},
		RequestContext: fn.RequestContext{RequestID: "r1", SourceIP: ip}}
	if tok != "" {
		ev.Header.Set("Authorization", "Bearer "+tok)
	}
	resp := fn.Serve(t.Context(), h, ev)
	var m map[string]any
	if len(resp.Body) > 0 {
		require.NoError(t, json.Unmarshal(resp.Body, &m))
	}
	return resp, m
}

func TestAdmin(t *testing.T) {
	h, store := setup(t, ratelimit.New(rate.Inf, 1))
	reader := token(t, "admin:read")
	writer := token(t, "admin:read", "admin:write")

	resp, m := call(t, h, "GET", "/admin/failed", reader, "10.0.0.1")
	require.Equal(t, 200, resp.Status)
	items := m["items"].([]any)
	require.Len(t, items, 2)
	assert.Equal(t, "cleanup", items[0].(map[string]any)["task"])

	resp, m = call(t, h, "GET", "/admin/failed?task=orders&limit=1", reader, "10.0.0.1")
	require.Equal(t, 200, resp.Status)
	require.Len(t, m["items"], 1)
	assert.Equal(t, map[string]any{"orderId": "o-9"}, m["items"].([]any)[0].(map[string]any)["payload"])

	resp, m = call(t, h, "GET", "/admin/failed?task=none", reader, "10.0.0.1")
	assert.Equal(t, 200, resp.Status)
	assert.Equal(t, []any{}, m["items"])

	resp, m = call(t, h, "GET", "/admin/failed?limit=0", reader, "10.0.0.1")
	assert.Equal(t, 400, resp.Status)
	assert.Equal(t, "Validation failed", m["error"])

	resp, m = call(t, h, "DELETE", "/admin/failed/orders/m-9", reader, "10.0.0.1")
	assert.Equal(t, 403, resp.Status, "reading is not writing")
	assert.Equal(t, map[string]any{"error": "Forbidden"}, m)

	resp, _ = call(t, h, "DELETE", "/admin/failed/orders/m-9", writer, "10.0.0.1")
	assert.Equal(t, 204, resp.Status)
	left, err := store.ListFailed(t.Context(), "", -1)
	require.NoError(t, err)
	assert.Len(t, left, 1)

	resp, m = call(t, h, "GET", "/admin/failed", "", "10.0.0.1")
	assert.Equal(t, 401, resp.Status)
	assert.Equal(t, map[string]any{"error": "Unauthorized"}, m)
	resp, _ = call(t, h, "GET", "/admin/failed", reader+"x", "10.0.0.1")
	assert.Equal(t, 401, resp.Status)

	resp, _ = call(t, h, "POST", "/admin/failed", writer, "10.0.0.1")
	assert.Equal(t, 405, resp.Status)
}

func TestAdminRateLimit(t *testing.T) {
	h, _ := setup(t, ratelimit.New(rate.Every(time.Minute), 2))
	for range 2 {
		resp, _ := call(t, h, "GET", "/admin/failed", "bad-token", "10.0.0.9")
		assert.Equal(t, 401, resp.Status)
	}
	resp, _ := call(t, h, "GET", "/admin/failed", token(t, "admin:read"), "10.0.0.9")
	assert.Equal(t, 429, resp.Status, "the limit applies before authentication")
}

// brokenStore fails to list.
type brokenStore struct{ fn.FailedStore }

func (brokenStore) ListFailed(context.Context, string, int) ([]fn.FailedItem, error) {
	return nil, errors.New("connection refused")
}

func TestAdminStoreDown(t *testing.T) {
	v, err := auth.NewVerifier(auth.Config{Algorithms: []string{"HS256"}, Key: secret})
	require.NoError(t, err)
	h := admin.New(brokenStore{}).Routes(v, ratelimit.New(rate.Inf, 1))
	resp, m := call(t, h, "GET", "/admin/failed", token(t, "admin:read"), "10.0.0.1")
	assert.Equal(t, 500, resp.Status)
	assert.Equal(t, map[string]any{"error": "Internal server error", "requestId": "r1"}, m)
}
