// Package lambda is a fixture stub of github.com/aws/aws-lambda-go/lambda
// v1.55.1: the real exported signatures, no runtime.
package lambda

import "context"

// Handler is implemented by the Lambda function handlers.
type Handler interface {
	Invoke(ctx context.Context, payload []byte) ([]byte, error)
}

// HandlerFunc is the set of handler functions StartHandlerFunc accepts.
type HandlerFunc[TIn, TOut any] interface {
	func(context.Context, TIn) (TOut, error)
}

type handlerOptions struct {
	handler    any
	options    []Option
	baseCtx    context.Context
	ctxValues  map[any]any
	callbacks  []func()
	escapeHTML bool
}

// Invoke implements Handler.
func (h *handlerOptions) Invoke(ctx context.Context, payload []byte) ([]byte, error) {
	return nil, nil
}

// Option configures a handler.
type Option func(*handlerOptions)

// Start starts the Lambda runtime loop with handler.
func Start(handler interface{}) {}

// StartWithContext starts the Lambda runtime loop with a base context.
func StartWithContext(ctx context.Context, handler interface{}) {}

// StartHandler starts the Lambda runtime loop with a Handler.
func StartHandler(handler Handler) {}

// StartWithOptions starts the Lambda runtime loop with options.
func StartWithOptions(handler interface{}, options ...Option) {}

// StartHandlerWithContext starts the Lambda runtime loop with a Handler and a
// base context.
func StartHandlerWithContext(ctx context.Context, handler Handler) {}

// StartHandlerFunc starts the Lambda runtime loop with a typed handler.
func StartHandlerFunc[TIn any, TOut any, H HandlerFunc[TIn, TOut]](handler H, options ...Option) {}

// NewHandler returns a Handler for a handler function.
func NewHandler(handlerFunc interface{}) Handler { return &handlerOptions{handler: handlerFunc} }

// NewHandlerWithOptions returns a Handler for a handler function, with
// options.
func NewHandlerWithOptions(handlerFunc interface{}, options ...Option) Handler {
	return &handlerOptions{handler: handlerFunc, options: options}
}

// WithContext sets the base context of every invocation.
func WithContext(ctx context.Context) Option {
	return func(h *handlerOptions) { h.baseCtx = ctx }
}

// WithContextValue adds a value to the handler context.
func WithContextValue(key interface{}, value interface{}) Option {
	return func(h *handlerOptions) { h.ctxValues[key] = value }
}

// WithSetEscapeHTML sets SetEscapeHTML on the response encoder.
func WithSetEscapeHTML(escapeHTML bool) Option {
	return func(h *handlerOptions) { h.escapeHTML = escapeHTML }
}

// WithSetIndent sets SetIndent on the response encoder.
func WithSetIndent(prefix, indent string) Option { return func(*handlerOptions) {} }

// WithUseNumber sets UseNumber on the request decoder.
func WithUseNumber(useNumber bool) Option { return func(*handlerOptions) {} }

// WithDisallowUnknownFields sets DisallowUnknownFields on the request decoder.
func WithDisallowUnknownFields(disallowUnknownFields bool) Option {
	return func(*handlerOptions) {}
}

// WithEnableSIGTERM enables SIGTERM handling with callbacks.
func WithEnableSIGTERM(callbacks ...func()) Option {
	return func(h *handlerOptions) { h.callbacks = append(h.callbacks, callbacks...) }
}
