package main

import (
	"encoding/json"
	"log/slog"
	"os"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/fn/pgstore/pgtest"
)

func TestMain(m *testing.M) {
	slog.SetDefault(slog.New(slog.DiscardHandler))
	os.Exit(m.Run())
}

func request(method, id string) events.APIGatewayV2HTTPRequest {
	return events.APIGatewayV2HTTPRequest{
		RouteKey:       "GET /orders/{id}",
		RawPath:        "/orders/" + id,
		PathParameters: map[string]string{"id": id},
		RequestContext: events.APIGatewayV2HTTPRequestContext{
			RequestID: "gw-1",
			HTTP:      events.APIGatewayV2HTTPRequestContextHTTPDescription{Method: method},
		},
	}
}

func body(t *testing.T, resp events.APIGatewayV2HTTPResponse) map[string]any {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal([]byte(resp.Body), &m))
	return m
}

func TestRequestsThatNeverReachTheDatabase(t *testing.T) {
	h := &handler{}
	resp, err := h.handle(t.Context(), request("DELETE", "o-1"))
	require.NoError(t, err)
	assert.Equal(t, 405, resp.StatusCode)
	assert.Equal(t, "GET", resp.Headers["Allow"])

	for _, id := range []string{"", "a b", "x'; DROP TABLE orders; --"} {
		resp, err = h.handle(t.Context(), request("GET", id))
		require.NoError(t, err)
		assert.Equal(t, 400, resp.StatusCode, id)
		assert.Equal(t, map[string]any{"error": "Invalid order id"}, body(t, resp))
	}
}

func TestDatabaseDown(t *testing.T) {
	pool, err := openPool(t.Context(), "postgres://u@127.0.0.1:1/none?sslmode=disable")
	require.NoError(t, err)
	defer pool.Close()
	resp, err := (&handler{db: pool}).handle(t.Context(), request("GET", "o-1"))
	require.NoError(t, err, "errors are responses, not Lambda errors")
	assert.Equal(t, 500, resp.StatusCode)
	assert.Equal(t, map[string]any{"error": "Internal server error", "requestId": "gw-1"}, body(t, resp))

	_, err = openPool(t.Context(), "postgres://u@h:bad/db")
	assert.EqualError(t, err, "the connection URL does not parse")
}

func TestOrders(t *testing.T) {
	pool := pgtest.Pool(t)
	pgtest.Exec(t, pool, `CREATE TABLE orders (id text PRIMARY KEY, status text NOT NULL, updated_at timestamptz NOT NULL)`)
	at := time.Date(2024, 3, 15, 12, 0, 0, 0, time.UTC)
	pgtest.Exec(t, pool, "INSERT INTO orders VALUES ($1, $2, $3)", "o-1", "paid", at)
	h := &handler{db: pool}

	resp, err := h.handle(t.Context(), request("GET", "o-1"))
	require.NoError(t, err)
	assert.Equal(t, 200, resp.StatusCode)
	assert.Equal(t, "application/json", resp.Headers["Content-Type"])
	assert.Equal(t, map[string]any{"id": "o-1", "status": "paid", "updatedAt": "2024-03-15T12:00:00Z"}, body(t, resp))

	resp, err = h.handle(t.Context(), request("GET", "o-2"))
	require.NoError(t, err)
	assert.Equal(t, 404, resp.StatusCode)
}
