package fn

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"runtime/debug"
)

type requestIDKey struct{}

// RequestID returns the id of the request being served, set by [Serve], or
// "".
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

// Serve runs a request function and always returns a response: errors are
// mapped by [ErrorResponse], a panic becomes a logged 500, a nil response a
// logged 500. Adapters call it; tests can too.
func Serve(ctx context.Context, h RequestFunc, ev *Event) (resp *Response) {
	ctx = context.WithValue(ctx, requestIDKey{}, ev.RequestContext.RequestID)
	defer func() {
		if p := recover(); p != nil {
			slog.ErrorContext(ctx, "request function panicked",
				"requestId", ev.RequestContext.RequestID, "method", ev.Method, "path", ev.Path,
				"panic", p, "stack", string(debug.Stack()))
			resp = internalError(ev)
		}
	}()
	r, err := h(ctx, ev)
	if err != nil {
		return ErrorResponse(ctx, ev, err)
	}
	if r == nil {
		slog.ErrorContext(ctx, "request function returned no response and no error",
			"requestId", ev.RequestContext.RequestID, "method", ev.Method, "path", ev.Path)
		return internalError(ev)
	}
	if r.Status == 0 {
		r.Status = http.StatusOK
	}
	if r.Header == nil {
		r.Header = http.Header{}
	}
	return r
}

// ErrorResponse maps the error of a request function to a response:
//
//   - a *ValidationError: 400 {"error":"Validation failed","details":[...]};
//   - an error wrapping ErrInvalidJSON: 400 {"error":"Invalid JSON"};
//   - an *Error: its status, {"error": message} and its headers;
//   - anything else: 500 {"error":"Internal server error","requestId":...}.
//
// Client errors are logged at level Info, others at level Error; the error
// text is never sent to the client.
func ErrorResponse(ctx context.Context, ev *Event, err error) *Response {
	var (
		verr *ValidationError
		ferr *Error
	)
	switch {
	case errors.As(err, &verr):
		logClientError(ctx, ev, http.StatusBadRequest, err)
		return jsonError(http.StatusBadRequest, struct {
			Error   string       `json:"error"`
			Details []FieldError `json:"details"`
		}{"Validation failed", verr.Details})
	case errors.Is(err, ErrInvalidJSON):
		logClientError(ctx, ev, http.StatusBadRequest, err)
		return errorMessage(http.StatusBadRequest, "Invalid JSON")
	case errors.As(err, &ferr) && ferr.Status >= 400 && ferr.Status < 500:
		logClientError(ctx, ev, ferr.Status, err)
		return withHeader(errorMessage(ferr.Status, ferr.Message), ferr.Header)
	}
	status := http.StatusInternalServerError
	message := "Internal server error"
	var header http.Header
	if errors.As(err, &ferr) && ferr.Status >= 500 && ferr.Status < 600 {
		status, message, header = ferr.Status, ferr.Message, ferr.Header
	}
	slog.ErrorContext(ctx, "request failed",
		"requestId", ev.RequestContext.RequestID, "method", ev.Method, "path", ev.Path,
		"status", status, "error", err)
	return withHeader(jsonError(status, struct {
		Error     string `json:"error"`
		RequestID string `json:"requestId"`
	}{message, ev.RequestContext.RequestID}), header)
}

// withHeader adds h to the headers of resp.
func withHeader(resp *Response, h http.Header) *Response {
	for k, vs := range h {
		resp.Header[k] = append(resp.Header[k], vs...)
	}
	return resp
}

func logClientError(ctx context.Context, ev *Event, status int, err error) {
	slog.InfoContext(ctx, "request rejected",
		"requestId", ev.RequestContext.RequestID, "method", ev.Method, "path", ev.Path,
		"status", status, "error", err)
}

func internalError(ev *Event) *Response {
	return jsonError(http.StatusInternalServerError, struct {
		Error     string `json:"error"`
		RequestID string `json:"requestId"`
	}{"Internal server error", ev.RequestContext.RequestID})
}

// errorMessage returns status with the body {"error": message}.
func errorMessage(status int, message string) *Response {
	return jsonError(status, struct {
		Error string `json:"error"`
	}{message})
}

// jsonError encodes v, a struct of strings that always encodes.
func jsonError(status int, v any) *Response {
	body, err := json.Marshal(v)
	if err != nil {
		body = []byte(`{"error":"Internal server error"}`)
	}
	return &Response{
		Status: status,
		Header: http.Header{"Content-Type": {"application/json"}},
		Body:   body,
	}
}
