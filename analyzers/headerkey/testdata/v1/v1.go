// Package v1 holds REST API handlers, whose events keep the client's
// header casing: any fixed key misses some clients.
package v1

import (
	"context"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func main() {
	lambda.Start(handle)
}

func handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	if req.Headers["Authorization"] == "" { // want `Headers\["Authorization"\] misses clients that send another casing \(API Gateway v1 keeps it\); compare keys with strings.EqualFold`
		return events.APIGatewayProxyResponse{StatusCode: http.StatusUnauthorized}, nil
	}
	// A lower-case key misses curl and every HTTP/1.1 client that
	// capitalises.
	lang := req.Headers["accept-language"]          // want `Headers\["accept-language"\] misses clients`
	fwd := req.MultiValueHeaders["X-Forwarded-For"] // want `MultiValueHeaders\["X-Forwarded-For"\] misses clients`
	return events.APIGatewayProxyResponse{StatusCode: http.StatusOK, Body: lang + fwd[0]}, nil
}

// token looks the key up twice in one spelling: reported once.
func token(req events.APIGatewayProxyRequest) string {
	if req.Headers["Authorization"] != "" { // want `Headers\["Authorization"\] misses clients`
		return req.Headers["Authorization"]
	}
	return ""
}

var _ = token
