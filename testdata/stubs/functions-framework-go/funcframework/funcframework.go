// Package funcframework is a fixture stub of
// github.com/GoogleCloudPlatform/functions-framework-go/funcframework v1.9.2:
// the server that runs registered functions locally.
package funcframework

import (
	"context"
	"net/http"

	cloudevents "github.com/cloudevents/sdk-go/v2"
)

// RegisterHTTPFunction registers an HTTP function at path.
func RegisterHTTPFunction(path string, fn interface{}) {}

// RegisterEventFunction registers a background event function at path.
func RegisterEventFunction(path string, fn interface{}) {}

// RegisterHTTPFunctionContext registers an HTTP function at path.
func RegisterHTTPFunctionContext(ctx context.Context, path string, fn func(http.ResponseWriter, *http.Request)) error {
	return nil
}

// RegisterEventFunctionContext registers a background event function at path.
func RegisterEventFunctionContext(ctx context.Context, path string, fn interface{}) error {
	return nil
}

// RegisterCloudEventFunctionContext registers a CloudEvent function at path.
func RegisterCloudEventFunctionContext(ctx context.Context, path string, fn func(context.Context, cloudevents.Event) error) error {
	return nil
}

// Start serves the registered functions on port.
func Start(port string) error { return nil }

// StartHostPort serves the registered functions on hostname:port.
func StartHostPort(hostname, port string) error { return nil }
