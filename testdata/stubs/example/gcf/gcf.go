// Package gcf is a template fixture: Cloud Functions registered with
// functions-framework-go.
package gcf

import (
	"context"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
)

func init() {
	functions.HTTP("Hello", hello)
	functions.CloudEvent("OnUpload", onUpload)
}

func hello(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

func onUpload(ctx context.Context, e event.Event) error {
	var data map[string]any
	return e.DataAs(&data)
}
