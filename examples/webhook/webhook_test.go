package webhook_test

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/time/rate"

	"github.com/fnlint/fnlint/examples/webhook"
	"github.com/fnlint/fnlint/fn"
	"github.com/fnlint/fnlint/fn/pgstore/pgtest"
	"github.com/fnlint/fnlint/fn/ratelimit"
)

func TestMain(m *testing.M) {
	slog.SetDefault(slog.New(slog.DiscardHandler))
	os.Exit(m.Run())
}

var secret = []byte("whsec_0123456789abcdef0123456789abcdef")

// memInbox is an Inbox in memory.
type memInbox struct {
	mu     sync.Mutex
	events map[string]webhook.Event
	err    error
}

func (in *memInbox) Save(_ context.Context, e webhook.Event) (bool, error) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.err != nil {
		return false, in.err
	}
	if _, ok := in.events[e.ID]; ok {
		return false, nil
	}
	in.events[e.ID] = e
	return true, nil
}

const body = `{"id":"evt_1","type":"payment.succeeded","data":{"amount":1200}}`

func post(t *testing.T, h fn.RequestFunc, ip, signature, body string) (*fn.Response, map[string]any) {
	t.Helper()
	ev := &fn.Event{
		Method:         "POST",
		Path:           "/webhooks/payments",
		Header:         http.Header{"Content-Type": {"application/json"}},
		Body:           []byte(body),
		RequestContext: fn.RequestContext{RequestID: "r1", SourceIP: ip},
	}
	if signature != "" {
		ev.Header.Set("webhook-signature", signature)
	}
	resp := fn.Serve(t.Context(), h, ev)
	var m map[string]any
	require.NoError(t, json.Unmarshal(resp.Body, &m))
	return resp, m
}

func receiver(t *testing.T, inbox webhook.Inbox) fn.RequestFunc {
	rc, err := webhook.New(secret, inbox)
	require.NoError(t, err)
	return rc.Routes(ratelimit.New(rate.Inf, 1))
}

func TestReceive(t *testing.T) {
	inbox := &memInbox{events: map[string]webhook.Event{}}
	h := receiver(t, inbox)
	now := time.Now()

	resp, m := post(t, h, "1.1.1.1", webhook.Sign(secret, now, []byte(body)), body)
	assert.Equal(t, 202, resp.Status)
	assert.Equal(t, map[string]any{"status": "accepted"}, m)
	assert.Equal(t, "payment.succeeded", inbox.events["evt_1"].Type)
	assert.JSONEq(t, `{"amount":1200}`, string(inbox.events["evt_1"].Data))

	resp, m = post(t, h, "1.1.1.1", webhook.Sign(secret, now, []byte(body)), body)
	assert.Equal(t, 200, resp.Status)
	assert.Equal(t, map[string]any{"status": "duplicate"}, m)

	rotated := webhook.Sign([]byte("an old secret that is being rotated"), now, []byte(body)) + "," +
		strings.Split(webhook.Sign(secret, now, []byte(body)), ",")[1]
	resp, _ = post(t, h, "1.1.1.1", rotated, body)
	assert.Equal(t, 200, resp.Status, "any of several signatures may match")
}

func TestReceiveRejects(t *testing.T) {
	inbox := &memInbox{events: map[string]webhook.Event{}}
	h := receiver(t, inbox)
	now := time.Now()
	sign := func(b string) string { return webhook.Sign(secret, now, []byte(b)) }
	tests := []struct {
		name      string
		signature string
		body      string
		status    int
		want      map[string]any
	}{
		{"no signature", "", body, 401, map[string]any{"error": "Invalid signature"}},
		{"wrong secret", webhook.Sign([]byte("not the secret, not the secret!!"), now, []byte(body)), body, 401, map[string]any{"error": "Invalid signature"}},
		{"body changed", sign(body), strings.Replace(body, "1200", "9999", 1), 401, map[string]any{"error": "Invalid signature"}},
		{"replayed", webhook.Sign(secret, now.Add(-10*time.Minute), []byte(body)), body, 401, map[string]any{"error": "Invalid signature"}},
		{"invalid JSON", sign(`{"id":`), `{"id":`, 400, map[string]any{"error": "Invalid JSON"}},
		{"invalid event", sign(`{"id":"a b","type":"x","data":[]}`), `{"id":"a b","type":"x","data":[]}`, 400, map[string]any{
			"error": "Validation failed",
			"details": []any{
				map[string]any{"field": "id", "message": "must be 1 to 100 letters, digits, - or _"},
				map[string]any{"field": "type", "message": "must be one of payment.succeeded, payment.failed, refund.created"},
				map[string]any{"field": "data", "message": "must be an object"},
			},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, m := post(t, h, "1.1.1.1", tt.signature, tt.body)
			assert.Equal(t, tt.status, resp.Status)
			assert.Equal(t, tt.want, m)
		})
	}
	assert.Empty(t, inbox.events)

	inbox.err = errors.New("db down")
	resp, m := post(t, h, "1.1.1.1", sign(body), body)
	assert.Equal(t, 500, resp.Status)
	assert.Equal(t, map[string]any{"error": "Internal server error", "requestId": "r1"}, m)
}

func TestRateLimit(t *testing.T) {
	rc, err := webhook.New(secret, &memInbox{events: map[string]webhook.Event{}})
	require.NoError(t, err)
	h := rc.Routes(ratelimit.New(rate.Every(time.Minute), 1))
	resp, _ := post(t, h, "6.6.6.6", "", body)
	assert.Equal(t, 401, resp.Status)
	resp, _ = post(t, h, "6.6.6.6", "", body)
	assert.Equal(t, 429, resp.Status)
	assert.Equal(t, "60", resp.Header.Get("Retry-After"))
	resp, _ = post(t, h, "7.7.7.7", "", body)
	assert.Equal(t, 401, resp.Status)
}

func TestVerify(t *testing.T) {
	now := time.Unix(1710504000, 0)
	b := []byte(body)
	assert.NoError(t, webhook.Verify(secret, webhook.Sign(secret, now, b), b, now.Add(4*time.Minute)))
	assert.ErrorContains(t, webhook.Verify(secret, webhook.Sign(secret, now, b), b, now.Add(6*time.Minute)), "off by 6m0s")
	assert.ErrorContains(t, webhook.Verify(secret, webhook.Sign(secret, now, b), b, now.Add(-6*time.Minute)), "off by -6m0s")
	assert.ErrorContains(t, webhook.Verify(secret, "t=1710504000", b, now), "malformed")
	assert.ErrorContains(t, webhook.Verify(secret, "v1=00", b, now), "malformed")
	assert.ErrorContains(t, webhook.Verify(secret, "t=1710504000,v1=zz", b, now), "malformed")
	assert.ErrorContains(t, webhook.Verify(secret, "t=1710504000,v1=00", b, now), "no signature matches")
}

func TestNew(t *testing.T) {
	_, err := webhook.New([]byte("short"), nil)
	assert.EqualError(t, err, "webhook: the secret must be at least 32 bytes")
}

func TestPGInbox(t *testing.T) {
	pool := pgtest.Pool(t)
	pgtest.Exec(t, pool, webhook.Schema)
	inbox := webhook.NewPGInbox(pool)
	e := webhook.Event{ID: "evt_9", Type: "refund.created", Data: json.RawMessage(`{"amount":5}`)}
	isNew, err := inbox.Save(t.Context(), e)
	require.NoError(t, err)
	assert.True(t, isNew)
	isNew, err = inbox.Save(t.Context(), e)
	require.NoError(t, err)
	assert.False(t, isNew)
	var data string
	require.NoError(t, pool.QueryRow(t.Context(), "SELECT data::text FROM webhook_events WHERE id = $1", "evt_9").Scan(&data))
	assert.JSONEq(t, `{"amount":5}`, data)

	rc, err := webhook.New(secret, inbox)
	require.NoError(t, err)
	h := rc.Routes(ratelimit.New(rate.Inf, 1))
	resp, _ := post(t, h, "1.1.1.1", webhook.Sign(secret, time.Now(), []byte(body)), body)
	assert.Equal(t, 202, resp.Status)
}
