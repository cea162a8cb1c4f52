// Package lambdaurl is a fixture stub of
// github.com/aws/aws-lambda-go/lambdaurl v1.55.1.
package lambdaurl

import (
	"context"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

// WithDetectContentType sets whether the response content type is sniffed.
func WithDetectContentType(detectContentType bool) lambda.Option {
	return lambda.WithContextValue(detectContentType, detectContentType)
}

// RequestFromContext returns the Function URL request of ctx, if any.
func RequestFromContext(ctx context.Context) (*events.LambdaFunctionURLRequest, bool) {
	return nil, false
}

// Wrap converts an http.Handler into a streaming Function URL handler.
func Wrap(handler http.Handler) func(context.Context, *events.LambdaFunctionURLRequest) (*events.LambdaFunctionURLStreamingResponse, error) {
	return func(context.Context, *events.LambdaFunctionURLRequest) (*events.LambdaFunctionURLStreamingResponse, error) {
		return nil, nil
	}
}

// Start wraps handler and starts the Lambda runtime loop.
func Start(handler http.Handler, options ...lambda.Option) {
	lambda.StartHandlerFunc(Wrap(handler), options...)
}
