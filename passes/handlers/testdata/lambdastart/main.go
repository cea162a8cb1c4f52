// Package main registers Lambda handlers in every form aws-lambda-go offers.
package main

import (
	"context"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

type server struct{ log *slog.Logger }

func (s *server) handle(ctx context.Context, ev events.SQSEvent) error { // want `handler task lambda registered`
	return s.process(ev) // calls a helper
}

func (s *server) process(ev events.SQSEvent) error { // want `invocation \(\*server\).handle → \(\*server\).process`
	for range ev.Records {
		s.log.Info("record")
	}
	return nil
}

type order struct{ ID string }

func custom(ctx context.Context, o order) (string, error) { // want `handler other lambda registered`
	return o.ID, nil
}

func api(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) { // want `handler request lambda registered`
	return respond(200), nil
}

func respond(code int) events.APIGatewayV2HTTPResponse { // want `invocation api → respond`
	return events.APIGatewayV2HTTPResponse{StatusCode: code}
}

// newHandler is a constructor: it runs in init scope, the closure it
// returns on every invocation.
func newHandler(log *slog.Logger) func(context.Context, order) error { // want `init`
	return func(ctx context.Context, o order) error { // want `handler other lambda registered`
		log.Info("order", "id", o.ID)
		return nil
	}
}

// withLogging wraps any handler, like ddlambda.WrapFunction.
func withLogging[T any](h func(context.Context, T) error) func(context.Context, T) error { // want `init`
	return func(ctx context.Context, v T) error { // want `handler other lambda registered`
		return h(ctx, v)
	}
}

func wrapped(ctx context.Context, o order) error { // want `handler other lambda registered`
	return nil
}

func generic(ctx context.Context, o order) (string, error) { // want `handler other lambda registered`
	return o.ID, nil
}

type invoker struct{}

func (invoker) Invoke(ctx context.Context, payload []byte) ([]byte, error) { // want `handler other lambda registered`
	return payload, nil
}

func main() { // want `init`
	s := &server{log: slog.Default()}
	// One binary, one handler: which one is chosen at cold start.
	switch os.Getenv("HANDLER") {
	case "sqs":
		lambda.Start(s.handle)
	case "custom":
		lambda.StartWithOptions(custom, lambda.WithContext(context.Background()))
	case "api":
		lambda.Start(api)
	case "constructor":
		lambda.Start(newHandler(slog.Default()))
	case "wrapped":
		lambda.Start(withLogging(wrapped))
	case "generic":
		lambda.StartHandlerFunc(generic)
	case "processor":
		startProcessor()
	case "invoker":
		lambda.StartHandler(invoker{})
	default:
		lambda.Start(func(ctx context.Context, ev events.SNSEvent) error { // want `handler task lambda registered`
			return nil
		})
	}
}

// batchResponse is a stream handler's own copy of the batch item failures.
type batchResponse struct {
	BatchItemFailures []struct{ ItemIdentifier string }
}

// Stream answers its own response struct: a task by its event.
func (s *server) Stream(ctx context.Context, ev events.DynamoDBEvent) (batchResponse, error) { // want `handler task lambda signature`
	return batchResponse{}, nil
}

// processor is an interface the handler is registered through.
type processor interface {
	Process(ctx context.Context, o order) error
}

type orderProcessor struct{}

func (*orderProcessor) Process(ctx context.Context, o order) error { // want `handler other lambda registered`
	return nil
}

func newProcessor() processor { return &orderProcessor{} } // want `init`

func startProcessor() { // want `init`
	p := newProcessor()
	lambda.Start(p.Process)
}
