// Package v2 holds HTTP API and Function URL handlers that look headers up
// with capitalised keys, which those events never carry.
package v2

import (
	"context"
	"net/http"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

const headerTenant = "X-Tenant-Id"

func main() {
	lambda.Start(handle)
	lambda.Start(handleALB)
}

func handle(ctx context.Context, ev events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	auth := ev.Headers["Authorization"] // want `Headers\["Authorization"\] never matches: API Gateway v2 delivers lower-case header keys; use "authorization"`
	if !strings.HasPrefix(auth, "Bearer ") {
		return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusUnauthorized}, nil
	}
	tenant, ok := ev.Headers[headerTenant] // want `Headers\["X-Tenant-Id"\] never matches: API Gateway v2 delivers lower-case header keys; use "x-tenant-id"`
	if !ok {
		return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusBadRequest}, nil
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: http.StatusOK, Body: tenant + contentType(&ev)}, nil
}

// contentType reads through a pointer and a local copy of the map.
func contentType(ev *events.APIGatewayV2HTTPRequest) string {
	headers := ev.Headers
	if ct := headers["Content-Type"]; ct != "" { // want `never matches: API Gateway v2 delivers lower-case header keys; use "content-type"`
		return ct
	}
	return "application/json"
}

// handleURL is a Function URL handler; the closure reads the event too.
func handleURL(ctx context.Context, ev *events.LambdaFunctionURLRequest) (*events.LambdaFunctionURLResponse, error) {
	origin := func() string {
		return ev.Headers["Origin"] // want `Headers\["Origin"\] never matches: Function URLs deliver lower-case header keys; use "origin"`
	}
	return &events.LambdaFunctionURLResponse{StatusCode: 200, Headers: map[string]string{"Access-Control-Allow-Origin": origin()}}, nil
}

// authorize is an HTTP API authorizer with the simple response.
func authorize(ctx context.Context, ev events.APIGatewayV2CustomAuthorizerV2Request) (events.APIGatewayV2CustomAuthorizerSimpleResponse, error) {
	key := ev.Headers["X-Api-Key"] // want `never matches: API Gateway v2 delivers lower-case header keys; use "x-api-key"`
	return events.APIGatewayV2CustomAuthorizerSimpleResponse{IsAuthorized: key != ""}, nil
}

// handleALB looks up a capitalised key: ALB delivers header keys in lower
// case, as the events it sends show ("user-agent" for a browser's
// User-Agent).
func handleALB(ctx context.Context, req events.ALBTargetGroupRequest) (events.ALBTargetGroupResponse, error) {
	if _, ok := req.Headers["X-Amzn-Trace-Id"]; !ok { // want `Headers\["X-Amzn-Trace-Id"\] never matches: ALB delivers lower-case header keys; use "x-amzn-trace-id"`
		return events.ALBTargetGroupResponse{StatusCode: http.StatusBadRequest}, nil
	}
	host := req.Headers["host"] // lower case: fine
	return events.ALBTargetGroupResponse{StatusCode: http.StatusOK, Body: host}, nil
}
