package adapter // want package:"errresponse\\(analyzed\\)"

// Package adapter is a library with the shape of a handler, as the
// adapters of aws-lambda-go-api-proxy have: nothing here registers it, and
// the code that calls ProxyWithContext decides what to answer for its
// errors, so its error returns are not reported.

import (
	"context"
	"errors"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
)

// Adapter serves API Gateway events with an http.Handler.
type Adapter struct {
	Handler http.Handler
}

// ProxyWithContext converts the event and serves it.
func (a *Adapter) ProxyWithContext(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	if a.Handler == nil {
		return events.APIGatewayProxyResponse{}, errors.New("adapter: no handler")
	}
	if req.HTTPMethod == "" {
		return events.APIGatewayProxyResponse{}, errors.New("adapter: the event has no method")
	}
	return events.APIGatewayProxyResponse{StatusCode: http.StatusOK}, ctx.Err()
}
