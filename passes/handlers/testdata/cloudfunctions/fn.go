// Package cloudfunctions registers Google Cloud Functions in init.
package cloudfunctions

import (
	"context"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
)

func init() { // want `init`
	functions.HTTP("Hello", hello)
	functions.CloudEvent("OnUpload", onUpload)
}

func hello(w http.ResponseWriter, r *http.Request) { // want `handler request cloudfunctions registered`
	_, _ = w.Write([]byte("hello"))
}

func onUpload(ctx context.Context, e event.Event) error { // want `handler task cloudfunctions registered`
	return process(e.ID())
}

func process(id string) error { return nil } // want `invocation onUpload → process`
