// Package httpfn serves fn functions over net/http: locally, on Cloud
// Functions (functions.HTTP("users", httpfn.Handler(api).ServeHTTP)), on
// Vercel (an api/*.go Handler that calls ServeHTTP), on Cloud Run, Knative
// or any server.
//
// Request bodies are read through http.MaxBytesReader and answered 413 past
// the limit; path parameters come from the http.ServeMux pattern that
// matched, as in mux.Handle("GET /users/{id}", httpfn.Handler(getUser)).
package httpfn

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/fnlint/fnlint/fn"
)

// An Option configures a handler.
type Option func(*options)

type options struct {
	maxBody  int64
	clientIP string
}

func newOptions(opts []Option) options {
	o := options{maxBody: fn.DefaultMaxBodyBytes}
	for _, opt := range opts {
		opt(&o)
	}
	return o
}

// MaxBodyBytes sets the size limit of request bodies; larger bodies are
// answered 413. The default is fn.DefaultMaxBodyBytes.
func MaxBodyBytes(n int64) Option {
	return func(o *options) { o.maxBody = n }
}

// ClientIPHeader names a header set by a trusted proxy in front of the
// server, as X-Forwarded-For or X-Real-Ip, to take the client's address
// from: the last address in it, the one the proxy added. Without it, the
// address is the connection's peer.
func ClientIPHeader(name string) Option {
	return func(o *options) { o.clientIP = name }
}

// Handler returns an http.Handler that serves h.
func Handler(h fn.RequestFunc, opts ...Option) http.Handler {
	o := newOptions(opts)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ev := o.event(r)
		w.Header().Set("X-Request-Id", ev.RequestContext.RequestID)
		body, err := readBody(w, r, o.maxBody)
		if err != nil {
			write(w, fn.ErrorResponse(r.Context(), ev, err))
			return
		}
		ev.Body = body
		write(w, fn.Serve(r.Context(), h, ev))
	})
}

// TaskHandler returns an http.Handler that runs h for POST requests, as a
// push queue (Cloud Tasks, Pub/Sub push) or a scheduler (Cloud Scheduler)
// sends them. The body is the task's JSON payload; the Idempotency-Key
// header, required, is its ID; X-CloudTasks-TaskRetryCount, if present,
// gives its attempt. It answers 204 when h succeeds, and an error status
// otherwise so that the sender retries.
func TaskHandler(name string, h fn.TaskFunc, opts ...Option) http.Handler {
	o := newOptions(opts)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ev := o.event(r)
		w.Header().Set("X-Request-Id", ev.RequestContext.RequestID)
		task, err := taskFromRequest(w, r, name, o.maxBody)
		if err == nil {
			err = fn.RunTask(r.Context(), h, task)
		}
		if err != nil {
			write(w, fn.ErrorResponse(r.Context(), ev, err))
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
}

func taskFromRequest(w http.ResponseWriter, r *http.Request, name string, limit int64) (*fn.Task, error) {
	if r.Method != http.MethodPost {
		return nil, &fn.Error{Status: http.StatusMethodNotAllowed, Message: "Method not allowed", Header: http.Header{"Allow": {http.MethodPost}}}
	}
	id := r.Header.Get("Idempotency-Key")
	if id == "" {
		return nil, fn.BadRequest("Idempotency-Key header required")
	}
	body, err := readBody(w, r, limit)
	if err != nil {
		return nil, err
	}
	if len(body) == 0 {
		body = []byte("{}")
	}
	if !json.Valid(body) {
		return nil, fn.ErrInvalidJSON
	}
	attempt := 1
	if n, err := strconv.Atoi(r.Header.Get("X-CloudTasks-TaskRetryCount")); err == nil && n >= 0 {
		attempt = n + 1
	}
	return &fn.Task{ID: id, Name: name, Payload: body, Attempt: attempt, ScheduledAt: time.Now().UTC()}, nil
}

// readBody reads the body up to limit bytes.
func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return nil, fn.ErrBodyTooLarge
	case err != nil:
		return nil, &fn.Error{Status: http.StatusBadRequest, Message: "Could not read the request body", Err: err}
	}
	return body, nil
}

// event converts a request, all but its body.
func (o options) event(r *http.Request) *fn.Event {
	return &fn.Event{
		Method:     r.Method,
		Path:       r.URL.Path,
		Header:     r.Header.Clone(),
		Query:      r.URL.Query(),
		PathParams: pathParams(r),
		RequestContext: fn.RequestContext{
			RequestID: requestID(r),
			SourceIP:  o.sourceIP(r),
			UserAgent: r.UserAgent(),
			Route:     r.Pattern,
			Time:      time.Now().UTC(),
		},
	}
}

// pathParams returns the wildcards of the ServeMux pattern that matched.
func pathParams(r *http.Request) map[string]string {
	params := map[string]string{}
	_, path, _ := strings.Cut(r.Pattern, "/")
	for seg := range strings.SplitSeq(path, "/") {
		name, ok := strings.CutPrefix(seg, "{")
		if !ok {
			continue
		}
		name = strings.TrimSuffix(strings.TrimSuffix(name, "}"), "...")
		if name != "" && name != "$" {
			params[name] = r.PathValue(name)
		}
	}
	return params
}

// requestID returns the request's X-Request-Id when it is a plausible id,
// else a new random one.
func requestID(r *http.Request) string {
	if id := r.Header.Get("X-Request-Id"); id != "" && len(id) <= 64 && strings.Trim(id, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.") == "" {
		return id
	}
	return rand.Text()
}

func (o options) sourceIP(r *http.Request) string {
	if o.clientIP != "" {
		if v := r.Header.Values(o.clientIP); len(v) > 0 {
			parts := strings.Split(v[len(v)-1], ",")
			if ip := strings.TrimSpace(parts[len(parts)-1]); ip != "" {
				return ip
			}
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// write writes resp. A client gone away is not worth more than a debug line.
func write(w http.ResponseWriter, resp *fn.Response) {
	for k, vs := range resp.Header {
		w.Header()[k] = vs
	}
	w.WriteHeader(resp.Status)
	if _, err := w.Write(resp.Body); err != nil {
		slog.Debug("write response", "error", err)
	}
}

// Start serves h on addr until ctx is done, then shuts down gracefully,
// with timeouts that protect a server exposed to the Internet. It is for
// local runs and long-running platforms (Cloud Run, Knative).
func Start(ctx context.Context, addr string, h http.Handler) error {
	srv := &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
