package users_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/aws/aws-lambda-go/events"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/examples/users"
	"github.com/fnlint/fnlint/fn"
	"github.com/fnlint/fnlint/fn/lambdafn"
	"github.com/fnlint/fnlint/fn/pgstore/pgtest"
)

func TestMain(m *testing.M) {
	slog.SetDefault(slog.New(slog.DiscardHandler))
	os.Exit(m.Run())
}

// call serves one request and decodes the JSON answer.
func call(t *testing.T, h fn.RequestFunc, method, target, body string) (*fn.Response, map[string]any) {
	t.Helper()
	u, err := url.Parse(target)
	require.NoError(t, err)
	ev := &fn.Event{
		Method:         method,
		Path:           u.Path,
		Query:          u.Query(),
		Header:         http.Header{"Content-Type": {"application/json"}},
		Body:           []byte(body),
		RequestContext: fn.RequestContext{RequestID: "test"},
	}
	resp := fn.Serve(t.Context(), h, ev)
	var m map[string]any
	if len(resp.Body) > 0 {
		require.NoError(t, json.Unmarshal(resp.Body, &m), "body %s", resp.Body)
	}
	return resp, m
}

func details(m map[string]any) []string {
	var out []string
	ds, _ := m["details"].([]any)
	for _, d := range ds {
		d := d.(map[string]any)
		out = append(out, fmt.Sprint(d["field"], ": ", d["message"]))
	}
	return out
}

// TestValidation needs no database: invalid input never reaches it.
func TestValidation(t *testing.T) {
	h := users.New(nil).Routes()
	tests := []struct {
		method, target, body string
		status               int
		details              []string
	}{
		{"POST", "/users", `{}`, 400, []string{"email: is required", "name: is required"}},
		{"POST", "/users", `{"email":"not an email","name":"A"}`, 400, []string{"email: must be an email address"}},
		{"POST", "/users", `{"email":"Ann <ann@example.com>","name":"A"}`, 400, []string{"email: must be an email address"}},
		{"POST", "/users", `{"email":"ann@example.com","name":"` + strings.Repeat("é", 101) + `"}`, 400, []string{"name: must be at most 100 characters"}},
		{"POST", "/users", `{"email":"ann@example.com","name":"   "}`, 400, []string{"name: is required"}},
		{"POST", "/users", `{"email":42}`, 400, []string{"email: must be a string"}},
		{"POST", "/users", `{"email":`, 400, nil},
		{"GET", "/users?limit=0", ``, 400, []string{"limit: must be between 1 and 100"}},
		{"GET", "/users?limit=x&after=-1", ``, 400, []string{"limit: must be a number", "after: must be a user id"}},
		{"GET", "/users/abc", ``, 400, []string{"id: must be a positive integer"}},
		{"DELETE", "/users/0", ``, 400, []string{"id: must be a positive integer"}},
		{"PUT", "/users/1", `{"email":"x"}`, 400, []string{"email: must be an email address", "name: is required"}},
		{"PATCH", "/users/1", ``, 405, nil},
		{"GET", "/accounts", ``, 404, nil},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.target+" "+tt.body, func(t *testing.T) {
			resp, body := call(t, h, tt.method, tt.target, tt.body)
			assert.Equal(t, tt.status, resp.Status)
			if tt.details != nil {
				assert.Equal(t, "Validation failed", body["error"])
				assert.Equal(t, tt.details, details(body))
			}
		})
	}
	resp, body := call(t, h, "POST", "/users", `{"email":`)
	assert.Equal(t, map[string]any{"error": "Invalid JSON"}, body)
	assert.Equal(t, 400, resp.Status)
	resp, _ = call(t, h, "PATCH", "/users/1", ``)
	assert.Equal(t, "DELETE, GET, PUT", resp.Header.Get("Allow"))
}

func newAPI(t *testing.T) fn.RequestFunc {
	pool := pgtest.Pool(t)
	pgtest.Exec(t, pool, users.Schema)
	return users.New(pool).Routes()
}

func TestUsersLifecycle(t *testing.T) {
	h := newAPI(t)

	resp, ann := call(t, h, "POST", "/users", `{"email":"ann@example.com","name":" Ann "}`)
	require.Equal(t, 201, resp.Status, "body %v", ann)
	id := int64(ann["id"].(float64))
	assert.Equal(t, fmt.Sprintf("/users/%d", id), resp.Header.Get("Location"))
	assert.Equal(t, "Ann", ann["name"], "input is trimmed")
	assert.NotEmpty(t, ann["createdAt"])

	resp, got := call(t, h, "GET", fmt.Sprintf("/users/%d", id), "")
	assert.Equal(t, 200, resp.Status)
	assert.Equal(t, ann, got)

	resp, body := call(t, h, "POST", "/users", `{"email":"ANN@example.com","name":"Other Ann"}`)
	assert.Equal(t, 409, resp.Status)
	assert.Equal(t, map[string]any{"error": "A user with this email already exists"}, body)

	resp, bob := call(t, h, "POST", "/users", `{"email":"bob@example.com","name":"Bob"}`)
	require.Equal(t, 201, resp.Status)
	resp, _ = call(t, h, "PUT", fmt.Sprintf("/users/%d", int64(bob["id"].(float64))), `{"email":"ann@example.com","name":"Bob"}`)
	assert.Equal(t, 409, resp.Status, "an update cannot take another user's email")

	resp, upd := call(t, h, "PUT", fmt.Sprintf("/users/%d", id), `{"email":"ann@example.org","name":"Ann B"}`)
	assert.Equal(t, 200, resp.Status)
	assert.Equal(t, "ann@example.org", upd["email"])
	assert.Equal(t, "Ann B", upd["name"])

	resp, _ = call(t, h, "DELETE", fmt.Sprintf("/users/%d", id), "")
	assert.Equal(t, 204, resp.Status)
	assert.Empty(t, resp.Body)
	for _, m := range []string{"GET", "DELETE"} {
		resp, body = call(t, h, m, fmt.Sprintf("/users/%d", id), "")
		assert.Equal(t, 404, resp.Status)
		assert.Equal(t, map[string]any{"error": "User not found"}, body)
	}
	resp, _ = call(t, h, "PUT", fmt.Sprintf("/users/%d", id), `{"email":"ann@example.org","name":"Ann"}`)
	assert.Equal(t, 404, resp.Status)

	resp, _ = call(t, h, "POST", "/users", `{"email":"ann@example.org","name":"Ann again"}`)
	assert.Equal(t, 201, resp.Status, "a deleted user's email is free again")
}

func TestList(t *testing.T) {
	h := newAPI(t)
	for i := range 5 {
		resp, _ := call(t, h, "POST", "/users", fmt.Sprintf(`{"email":"u%d@example.com","name":"U%d"}`, i, i))
		require.Equal(t, 201, resp.Status)
	}
	var emails []string
	target := "/users?limit=2"
	for pages := 0; ; pages++ {
		require.Less(t, pages, 5)
		resp, page := call(t, h, "GET", target, "")
		require.Equal(t, 200, resp.Status)
		for _, u := range page["users"].([]any) {
			emails = append(emails, u.(map[string]any)["email"].(string))
		}
		next, ok := page["next"]
		if !ok {
			break
		}
		target = fmt.Sprintf("/users?limit=2&after=%d", int64(next.(float64)))
	}
	assert.Equal(t, []string{"u0@example.com", "u1@example.com", "u2@example.com", "u3@example.com", "u4@example.com"}, emails)

	resp, page := call(t, h, "GET", "/users?after=1000000", "")
	assert.Equal(t, 200, resp.Status)
	assert.Equal(t, []any{}, page["users"])
}

// TestConcurrentInvocations shares one pool between concurrent requests,
// as a function instance with concurrency does.
func TestConcurrentInvocations(t *testing.T) {
	h := newAPI(t)
	var wg sync.WaitGroup
	ids := make([]float64, 20)
	for i := range ids {
		wg.Go(func() {
			resp, u := call(t, h, "POST", "/users", fmt.Sprintf(`{"email":"c%d@example.com","name":"C"}`, i))
			if assert.Equal(t, 201, resp.Status) {
				ids[i] = u["id"].(float64)
			}
		})
	}
	wg.Wait()
	seen := map[float64]bool{}
	for _, id := range ids {
		assert.False(t, seen[id])
		seen[id] = true
	}
}

// TestLambda goes through the API Gateway v2 adapter, as deployed.
func TestLambda(t *testing.T) {
	handler := lambdafn.APIGatewayV2(newAPI(t))
	req := func(method, path, body string) events.APIGatewayV2HTTPResponse {
		resp, err := handler(context.Background(), events.APIGatewayV2HTTPRequest{
			Version:  "2.0",
			RouteKey: "$default",
			RawPath:  path,
			Headers:  map[string]string{"content-type": "application/json"},
			Body:     body,
			RequestContext: events.APIGatewayV2HTTPRequestContext{
				RequestID: "gw-1",
				HTTP:      events.APIGatewayV2HTTPRequestContextHTTPDescription{Method: method, Path: path},
			},
		})
		require.NoError(t, err)
		return resp
	}
	created := req("POST", "/users", `{"email":"lambda@example.com","name":"L"}`)
	require.Equal(t, 201, created.StatusCode)
	got := req("GET", created.Headers["Location"], "")
	assert.Equal(t, 200, got.StatusCode)
	assert.Contains(t, got.Body, `"email":"lambda@example.com"`)
	assert.Equal(t, "application/json", got.Headers["Content-Type"])
}
