// Package adapter turns API Gateway events into net/http requests, like
// aws-lambda-go-api-proxy: every entry point has a context-free form and
// a context form, and the context form is built on the context-free one.
package adapter

import (
	"context"
	"net/http"
	"strings"

	"github.com/aws/aws-lambda-go/events"
)

// Adapter serves events with an http.Handler.
type Adapter struct {
	Handler http.Handler
}

// EventToRequest converts an event to a request with no context.
func (a *Adapter) EventToRequest(ev events.APIGatewayProxyRequest) (*http.Request, error) { // want EventToRequest:`nocontext: http.NewRequest ignores the handler's deadline`
	return http.NewRequest(ev.HTTPMethod, ev.Path, strings.NewReader(ev.Body))
}

// EventToRequestWithContext converts an event to a request carrying ctx:
// the call of the context-free form is its implementation.
func (a *Adapter) EventToRequestWithContext(ctx context.Context, ev events.APIGatewayProxyRequest) (*http.Request, error) {
	r, err := a.EventToRequest(ev)
	if err != nil {
		return nil, err
	}
	return r.WithContext(ctx), nil
}

// Proxy serves an event with no context: for callers that have none.
func (a *Adapter) Proxy(ev events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) { // want Proxy:`nocontext: \(\*adapter.Adapter\).EventToRequest ignores the handler's deadline`
	r, err := a.EventToRequest(ev)
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 400}, nil
	}
	a.Handler.ServeHTTP(nil, r)
	return events.APIGatewayProxyResponse{StatusCode: 200}, nil
}

// ProxyWithContext serves an event with the handler's context.
func (a *Adapter) ProxyWithContext(ctx context.Context, ev events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	r, err := a.EventToRequestWithContext(ctx, ev)
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 400}, nil
	}
	a.Handler.ServeHTTP(nil, r)
	return events.APIGatewayProxyResponse{StatusCode: 200}, nil
}

// Config configures a run; a nil Ctx defaults to context.Background.
type Config struct {
	Ctx context.Context
}

// Init fills the defaults: the fallback for a missing context is fine.
func (c *Config) Init() {
	if c.Ctx == nil {
		c.Ctx = context.Background()
	}
}

// ProxyV2 serves an event with no context and has no context form of the
// same name: a library's entry point for callers with no context.
func (a *Adapter) ProxyV2(ev events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) { // want ProxyV2:`nocontext: \(\*adapter.Adapter\).EventToRequest ignores the handler's deadline`
	r, err := a.EventToRequest(ev)
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 400}, nil
	}
	a.Handler.ServeHTTP(nil, r)
	return events.APIGatewayProxyResponse{StatusCode: 200}, nil
}
