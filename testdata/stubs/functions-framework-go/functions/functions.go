// Package functions is a fixture stub of
// github.com/GoogleCloudPlatform/functions-framework-go/functions v1.9.2:
// the declarative registration of Cloud Functions.
package functions

import (
	"context"
	"net/http"

	cloudevents "github.com/cloudevents/sdk-go/v2"
)

// HTTP registers an HTTP function.
func HTTP(name string, fn func(http.ResponseWriter, *http.Request)) {}

// CloudEvent registers a CloudEvent function.
func CloudEvent(name string, fn func(context.Context, cloudevents.Event) error) {}

// Typed registers a typed function.
func Typed(name string, fn interface{}) {}
