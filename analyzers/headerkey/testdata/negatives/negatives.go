// Package negatives holds header lookups that are correct.
package negatives

import (
	"context"
	"net/http"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/fnlint/fnlint/fn"
)

func main() {
	lambda.Start(handleV2)
	lambda.Start(handleV1)
}

// handleV2 uses lower-case keys, as HTTP APIs deliver them.
func handleV2(ctx context.Context, ev events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	auth := ev.Headers["authorization"]
	name := "x-" + strings.ToLower(ev.PathParameters["header"])
	custom := ev.Headers[name] // not a constant key
	resp := events.APIGatewayV2HTTPResponse{StatusCode: http.StatusOK, Headers: map[string]string{}}
	// The response's headers are the code's own.
	resp.Headers["Content-Type"] = "application/json"
	if resp.Headers["Content-Type"] == "" {
		resp.Body = auth + custom
	}
	return resp, nil
}

// handleV1 looks keys up case-insensitively.
func handleV1(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	auth := header(req.Headers, "Authorization")
	h := http.Header{}
	for k, vs := range req.MultiValueHeaders {
		for _, v := range vs {
			h.Add(k, v)
		}
	}
	// Tests and middleware may set keys on the event: what they write is
	// what they read.
	req.Headers["X-Normalised"] = "1"
	return events.APIGatewayProxyResponse{StatusCode: http.StatusOK, Body: auth + h.Get("X-Forwarded-For")}, nil
}

// header finds a header whatever its casing.
func header(headers map[string]string, name string) string {
	for k, v := range headers {
		if strings.EqualFold(k, name) {
			return v
		}
	}
	return ""
}

// Serve uses canonical keys and the methods that canonicalise.
func Serve(w http.ResponseWriter, r *http.Request) {
	ct := r.Header.Get("content-type")
	ids := r.Header["X-Request-Id"]
	if _, ok := r.Header["Idempotency-Key"]; !ok {
		http.Error(w, "missing idempotency key", http.StatusBadRequest)
		return
	}
	w.Header()["Content-Type"] = []string{ct}
	w.Header().Set("x-request-id", strings.Join(ids, ","))
	// A key with a space is left alone by CanonicalMIMEHeaderKey.
	_ = r.Header["Bad Key"]
	delete(w.Header(), "X-Powered-By")
	// A plain map is not a header.
	labels := map[string]string{"env": "prod"}
	_ = labels["env"]
}

// Get answers with the fn runtime, whose Header is an http.Header.
func Get(ctx context.Context, ev *fn.Event) (*fn.Response, error) {
	tenant := ev.Header.Get("x-tenant-id")
	return &fn.Response{Status: http.StatusOK, Header: http.Header{"Content-Type": {"text/plain"}}, Body: []byte(tenant)}, nil
}

// lookup is generic over the key; the key is not a constant.
func lookup[K ~string](h http.Header, key K) []string { return h[string(key)] }

var _ = lookup[string]
