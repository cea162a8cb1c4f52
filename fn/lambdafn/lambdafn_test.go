package lambdafn_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/fn"
	"github.com/fnlint/fnlint/fn/lambdafn"
)

var (
	testdataOnce sync.Once
	testdataDir  string
	testdataErr  error
)

// testdata reads an event of aws-lambda-go's own test data, from the module
// cache: the JSON Lambda really sends.
func testdata(t *testing.T, name string) []byte {
	t.Helper()
	testdataOnce.Do(func() {
		out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/aws/aws-lambda-go").Output()
		if err != nil {
			testdataErr = err
			return
		}
		testdataDir = filepath.Join(strings.TrimSpace(string(out)), "events", "testdata")
	})
	require.NoError(t, testdataErr, "locate aws-lambda-go in the module cache")
	b, err := os.ReadFile(filepath.Join(testdataDir, name))
	require.NoError(t, err)
	return b
}

// invoke runs an adapted handler as the Lambda runtime does: JSON in,
// JSON out, through aws-lambda-go's reflection.
func invoke(t *testing.T, ctx context.Context, handler any, payload []byte) map[string]any {
	t.Helper()
	out, err := lambda.NewHandler(handler).Invoke(ctx, payload)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(out, &m), "response %s", out)
	return m
}

// recorder is a request function that keeps the event it got.
type recorder struct {
	ev   *fn.Event
	resp *fn.Response
	err  error
}

func (r *recorder) handle(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
	r.ev = ev
	return r.resp, r.err
}

func okResponse() *fn.Response {
	return &fn.Response{
		Status: 201,
		Header: http.Header{
			"Content-Type": {"application/json"},
			"Set-Cookie":   {"a=1; HttpOnly", "b=2"},
		},
		Body: []byte(`{"ok":true}`),
	}
}

func TestAPIGatewayV1(t *testing.T) {
	rec := &recorder{resp: okResponse()}
	out := invoke(t, t.Context(), lambdafn.APIGatewayV1(rec.handle), testdata(t, "apigw-request.json"))

	ev := rec.ev
	require.NotNil(t, ev)
	assert.Equal(t, "POST", ev.Method)
	assert.Equal(t, "/hello/world", ev.Path)
	assert.Equal(t, "application/json", ev.Header.Get("content-type"))
	assert.Equal(t, "no-cache", ev.Header.Get("Cache-Control"), "header names are case-insensitive")
	assert.Equal(t, "headerValue", ev.Header.Get("HEADERNAME"))
	assert.Equal(t, "me", ev.Query.Get("name"))
	assert.Equal(t, "hello/world", ev.PathParam("proxy"))
	assert.Equal(t, "{\r\n\t\"a\": 1\r\n}", string(ev.Body))
	assert.Equal(t, fn.RequestContext{
		RequestID: "deef4878-7910-11e6-8f14-25afc3e9ae33",
		SourceIP:  "192.168.196.186",
		UserAgent: "PostmanRuntime/2.4.5",
		Route:     "/{proxy+}",
		Time:      time.UnixMilli(1589522469693).UTC(),
	}, ev.RequestContext)

	assert.Equal(t, float64(201), out["statusCode"])
	assert.Equal(t, `{"ok":true}`, out["body"])
	assert.Equal(t, map[string]any{"Content-Type": "application/json"}, out["headers"])
	assert.Equal(t, map[string]any{"Set-Cookie": []any{"a=1; HttpOnly", "b=2"}}, out["multiValueHeaders"])
	assert.NotContains(t, out, "isBase64Encoded")
}

func TestAPIGatewayV2(t *testing.T) {
	rec := &recorder{resp: okResponse()}
	out := invoke(t, t.Context(), lambdafn.APIGatewayV2(rec.handle), testdata(t, "apigw-v2-request-iam.json"))
	ev := rec.ev
	require.NotNil(t, ev)
	assert.Equal(t, "GET", ev.Method)
	assert.Equal(t, "/my/path", ev.Path)
	assert.Equal(t, "{\r\n\t\"a\": 1\r\n}", string(ev.Body))
	assert.Equal(t, "IP", ev.RequestContext.SourceIP)
	assert.Equal(t, "agent", ev.RequestContext.UserAgent)
	assert.Equal(t, "value1", ev.Header.Get("header1"))
	assert.Equal(t, "cookie1; cookie2", ev.Header.Get("Cookie"))
	assert.Equal(t, []string{"value1", "value2"}, ev.Query["parameter1"], "repeated parameters from the raw query string")
	assert.Equal(t, "hello/world", ev.PathParam("proxy"))
	assert.Equal(t, "id", ev.RequestContext.RequestID)
	assert.Equal(t, "$default", ev.RequestContext.Route)

	assert.Equal(t, float64(201), out["statusCode"])
	assert.Equal(t, `{"ok":true}`, out["body"])
	assert.Equal(t, map[string]any{"Content-Type": "application/json"}, out["headers"])
	assert.Equal(t, []any{"a=1; HttpOnly", "b=2"}, out["cookies"])

	rec = &recorder{resp: fn.NoContent()}
	out = invoke(t, t.Context(), lambdafn.APIGatewayV2(rec.handle), testdata(t, "apigw-v2-request-no-authorizer.json"))
	assert.Equal(t, "GET", rec.ev.Method)
	assert.Equal(t, "/", rec.ev.Path)
	assert.Equal(t, "1.2.3.4", rec.ev.RequestContext.SourceIP)
	assert.Equal(t, "curl/7.58.0", rec.ev.RequestContext.UserAgent)
	assert.Equal(t, time.UnixMilli(1587481701067).UTC(), rec.ev.RequestContext.Time)
	assert.Empty(t, rec.ev.Body)
	assert.Equal(t, float64(204), out["statusCode"])
}

func TestFunctionURL(t *testing.T) {
	rec := &recorder{resp: okResponse()}
	out := invoke(t, t.Context(), lambdafn.FunctionURL(rec.handle), testdata(t, "lambda-urls-request.json"))
	ev := rec.ev
	require.NotNil(t, ev)
	assert.Equal(t, "POST", ev.Method)
	assert.Equal(t, "/my/path", ev.Path)
	assert.Equal(t, "Hello from client!", string(ev.Body))
	assert.Equal(t, "value1,value2", ev.Header.Get("Header2"))
	assert.Equal(t, "cookie1; cookie2", ev.Header.Get("cookie"))
	assert.Equal(t, []string{"value1", "value2"}, ev.Query["parameter1"])
	assert.Equal(t, "id", ev.RequestContext.RequestID)
	assert.Equal(t, "123.123.123.123", ev.RequestContext.SourceIP)
	assert.Equal(t, float64(201), out["statusCode"])
	assert.Equal(t, []any{"a=1; HttpOnly", "b=2"}, out["cookies"])
}

// v2Event is a minimal HTTP API event for the cases the test data lacks.
func v2Event(body string, isBase64 bool) []byte {
	b, _ := json.Marshal(map[string]any{
		"version":         "2.0",
		"routeKey":        "POST /upload/{name}",
		"rawPath":         "/upload/a%20b",
		"rawQueryString":  "",
		"headers":         map[string]string{"content-type": "application/octet-stream"},
		"pathParameters":  map[string]string{"name": "a b"},
		"requestContext":  map[string]any{"requestId": "r-2", "http": map[string]any{"method": "POST", "path": "/upload/a b", "sourceIp": "5.6.7.8"}},
		"body":            body,
		"isBase64Encoded": isBase64,
	})
	return b
}

func TestBodies(t *testing.T) {
	binary := []byte{0xff, 0x00, 0xfe, 0x01}
	echo := func(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
		return &fn.Response{Status: 200, Header: http.Header{"Content-Type": {"application/octet-stream"}}, Body: ev.Body}, nil
	}
	out := invoke(t, t.Context(), lambdafn.APIGatewayV2(echo), v2Event(base64.StdEncoding.EncodeToString(binary), true))
	assert.Equal(t, true, out["isBase64Encoded"])
	got, err := base64.StdEncoding.DecodeString(out["body"].(string))
	require.NoError(t, err)
	assert.Equal(t, binary, got)

	rec := &recorder{resp: fn.NoContent()}
	invoke(t, t.Context(), lambdafn.APIGatewayV2(rec.handle), v2Event("", false))
	assert.Equal(t, "/upload/a b", rec.ev.Path, "the raw path is decoded")

	out = invoke(t, t.Context(), lambdafn.APIGatewayV2(echo), v2Event("%%%", true))
	assert.Equal(t, float64(400), out["statusCode"])
	assert.JSONEq(t, `{"error":"Invalid request body encoding"}`, out["body"].(string))

	out = invoke(t, t.Context(), lambdafn.APIGatewayV2(echo, lambdafn.MaxBodyBytes(3)), v2Event("abcd", false))
	assert.Equal(t, float64(413), out["statusCode"])
	assert.JSONEq(t, `{"error":"Request body too large"}`, out["body"].(string))
}

func TestErrorsBecomeResponses(t *testing.T) {
	failing := func(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
		return nil, errors.New("connect: password authentication failed")
	}
	out := invoke(t, t.Context(), lambdafn.APIGatewayV2(failing), v2Event("", false))
	assert.Equal(t, float64(500), out["statusCode"])
	assert.JSONEq(t, `{"error":"Internal server error","requestId":"r-2"}`, out["body"].(string))

	out = invoke(t, t.Context(), lambdafn.APIGatewayV1(failing), testdata(t, "apigw-request.json"))
	assert.Equal(t, float64(500), out["statusCode"])
	out = invoke(t, t.Context(), lambdafn.FunctionURL(failing), testdata(t, "lambda-urls-request.json"))
	assert.Equal(t, float64(500), out["statusCode"])
}

func TestMain(m *testing.M) {
	// Keep the output of the tests readable; logging is tested in fn.
	slog.SetDefault(slog.New(slog.DiscardHandler))
	os.Exit(m.Run())
}

// lambdaContext returns a context like the runtime's, with a request id.
func lambdaContext(ctx context.Context, requestID string) context.Context {
	return lambdacontext.NewContext(ctx, &lambdacontext.LambdaContext{AwsRequestID: requestID})
}
