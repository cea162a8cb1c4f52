package handlers

import (
	"go/types"

	"github.com/fnlint/fnlint/internal/typesx"
)

// Import paths of the platforms the pass knows.
const (
	lambdaPath    = "github.com/aws/aws-lambda-go/lambda"
	lambdaURLPath = "github.com/aws/aws-lambda-go/lambdaurl"
	eventsPath    = "github.com/aws/aws-lambda-go/events"
	functionsPath = "github.com/GoogleCloudPlatform/functions-framework-go/functions"
	cloudEvent    = "github.com/cloudevents/sdk-go/v2/event"
	runtimePath   = "github.com/fnlint/fnlint/fn"
	httpPath      = "net/http"
	ginPath       = "github.com/gin-gonic/gin"
	echoPath      = "github.com/labstack/echo/v4"
	fiberPath     = "github.com/gofiber/fiber/v2"
)

// eventKinds maps the aws-lambda-go event types to the kind of handler that
// receives them. Event types not listed make an Other handler.
var eventKinds = map[string]Kind{
	"APIGatewayProxyRequest":                       Request,
	"APIGatewayV2HTTPRequest":                      Request,
	"ALBTargetGroupRequest":                        Request,
	"LambdaFunctionURLRequest":                     Request,
	"APIGatewayWebsocketProxyRequest":              Request,
	"APIGatewayCustomAuthorizerRequest":            Request,
	"APIGatewayCustomAuthorizerRequestTypeRequest": Request,
	"APIGatewayV2CustomAuthorizerV2Request":        Request,
	"VPCLatticeEventV2":                            Request,

	"SQSEvent":                Task,
	"SNSEvent":                Task,
	"CloudWatchEvent":         Task,
	"EventBridgeEvent":        Task,
	"S3Event":                 Task,
	"DynamoDBEvent":           Task,
	"KinesisEvent":            Task,
	"KinesisFirehoseEvent":    Task,
	"KafkaEvent":              Task,
	"RabbitMQEvent":           Task,
	"ActiveMQEvent":           Task,
	"CloudwatchLogsEvent":     Task,
	"SESEvent":                Task,
	"CodeCommitEvent":         Task,
	"S3BatchJobEvent":         Task,
	"SimpleEmailEvent":        Task,
	"IoTButtonEvent":          Task,
	"ECRScanEvent":            Task,
	"CodePipelineJobEvent":    Task,
	"CloudWatchAlarmSNSEvent": Task,
}

// IsEvent reports whether t (or what it points to) is the aws-lambda-go
// event type events.name.
func IsEvent(t types.Type, name string) bool {
	pkg, n, ok := namedOf(t)
	return ok && pkg == eventsPath && n == name
}

// IsAuthorizer reports whether t is the request of an API Gateway custom
// authorizer, whose handlers answer 401 by returning an error. A handler
// may also be an authorizer by its response: see Handler.IsAuthorizer.
func IsAuthorizer(t types.Type) bool {
	pkg, n, ok := namedOf(t)
	if !ok || pkg != eventsPath {
		return false
	}
	switch n {
	case "APIGatewayCustomAuthorizerRequest", "APIGatewayCustomAuthorizerRequestTypeRequest",
		"APIGatewayV2CustomAuthorizerV1Request", "APIGatewayV2CustomAuthorizerV2Request":
		return true
	}
	return false
}

// isAuthorizerResponse reports whether t is the response of an API
// Gateway custom authorizer.
func isAuthorizerResponse(t types.Type) bool {
	pkg, n, ok := namedOf(t)
	if !ok || pkg != eventsPath {
		return false
	}
	switch n {
	case "APIGatewayCustomAuthorizerResponse", "APIGatewayV2CustomAuthorizerSimpleResponse",
		"APIGatewayV2CustomAuthorizerIAMPolicyResponse":
		return true
	}
	return false
}

// namedOf returns the package path and name of t, or of what t points to.
func namedOf(t types.Type) (pkg, name string, ok bool) {
	if t == nil {
		return "", "", false
	}
	if p, isPtr := types.Unalias(t).(*types.Pointer); isPtr {
		t = p.Elem()
	}
	n, isNamed := types.Unalias(t).(*types.Named)
	if !isNamed || n.Obj().Pkg() == nil {
		return "", "", false
	}
	return n.Obj().Pkg().Path(), n.Obj().Name(), true
}

// isContext reports whether t is context.Context.
func isContext(t types.Type) bool { return typesx.IsNamed(t, "context", "Context") }

// isError reports whether t is the error interface.
func isError(t types.Type) bool { return types.Identical(t, types.Universe.Lookup("error").Type()) }

// A shape is what a signature says about a handler.
type shape struct {
	kind     Kind
	platform Platform
	event    types.Type
}

// classify returns the handler shape of sig, or false when sig is no
// handler signature fnlint knows: net/http, an aws-lambda-go event handler,
// a CloudEvents function, a function of the fn runtime or the classic
// OpenFaaS handler.
func classify(sig *types.Signature, pkgName string) (shape, bool) {
	if sig.TypeParams().Len() > 0 || sig.Variadic() {
		return shape{}, false
	}
	params, results := sig.Params(), sig.Results()
	if s, ok := httpShape(params, results); ok {
		return s, true
	}
	if s, ok := runtimeShape(params, results); ok {
		return s, true
	}
	if s, ok := frameworkShape(params, results); ok {
		return s, true
	}
	if pkgName == "function" && params.Len() == 1 && results.Len() == 1 &&
		isBytes(params.At(0).Type()) && isString(results.At(0).Type()) {
		return shape{kind: Request, platform: OpenFaaS, event: params.At(0).Type()}, true
	}
	return lambdaShape(params, results)
}

// httpShape matches func(http.ResponseWriter, *http.Request).
func httpShape(params, results *types.Tuple) (shape, bool) {
	if params.Len() != 2 || results.Len() != 0 {
		return shape{}, false
	}
	w, r := params.At(0).Type(), params.At(1).Type()
	p, ok := types.Unalias(r).(*types.Pointer)
	if !ok || !typesx.IsNamed(w, httpPath, "ResponseWriter") || !typesx.IsNamed(p.Elem(), httpPath, "Request") {
		return shape{}, false
	}
	return shape{kind: Request, platform: HTTP, event: r}, true
}

// frameworkShape matches the handlers of the web frameworks that run on
// Lambda through adapters (aws-lambda-go-api-proxy) or as servers:
// func(*gin.Context), func(echo.Context) error, func(*fiber.Ctx) error.
// Their middleware has the same shape and runs per request too.
func frameworkShape(params, results *types.Tuple) (shape, bool) {
	if params.Len() != 1 {
		return shape{}, false
	}
	ev := params.At(0).Type()
	switch {
	case isPointerTo(ev, ginPath, "Context") && results.Len() == 0,
		typesx.IsNamed(ev, echoPath, "Context") && results.Len() == 1 && isError(results.At(0).Type()),
		isPointerTo(ev, fiberPath, "Ctx") && results.Len() == 1 && isError(results.At(0).Type()):
		return shape{kind: Request, platform: HTTP, event: ev}, true
	}
	return shape{}, false
}

// runtimeShape matches fn.RequestFunc, fn.ResponseFunc and fn.TaskFunc.
func runtimeShape(params, results *types.Tuple) (shape, bool) {
	if params.Len() < 2 || !isContext(params.At(0).Type()) {
		return shape{}, false
	}
	ev := params.At(1).Type()
	switch {
	case params.Len() == 2 && isRuntime(ev, "Event") && results.Len() == 2 &&
		isRuntime(results.At(0).Type(), "Response") && isError(results.At(1).Type()):
		return shape{kind: Request, platform: Runtime, event: ev}, true
	case params.Len() == 3 && isRuntime(ev, "Event") && isRuntime(params.At(2).Type(), "Response") &&
		results.Len() == 2 && isRuntime(results.At(0).Type(), "Response") && isError(results.At(1).Type()):
		return shape{kind: Response, platform: Runtime, event: ev}, true
	case params.Len() == 2 && isRuntime(ev, "Task") && results.Len() == 1 && isError(results.At(0).Type()):
		return shape{kind: Task, platform: Runtime, event: ev}, true
	}
	return shape{}, false
}

// isRuntime reports whether t is *fn.name.
func isRuntime(t types.Type, name string) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	return ok && typesx.IsNamed(p.Elem(), runtimePath, name)
}

// lambdaShape matches the handlers aws-lambda-go accepts whose event is
// an aws-lambda-go event type or a CloudEvent: at most two parameters, the
// first a context.Context when there are two; at most two results, the
// last an error.
func lambdaShape(params, results *types.Tuple) (shape, bool) {
	var ev types.Type
	switch params.Len() {
	case 1:
		ev = params.At(0).Type()
	case 2:
		if !isContext(params.At(0).Type()) {
			return shape{}, false
		}
		ev = params.At(1).Type()
	default:
		return shape{}, false
	}
	if results.Len() > 2 || results.Len() > 0 && !isError(results.At(results.Len()-1).Type()) {
		return shape{}, false
	}
	if typesx.IsNamed(ev, cloudEvent, "Event") || isPointerTo(ev, cloudEvent, "Event") {
		if results.Len() != 1 {
			return shape{}, false
		}
		return shape{kind: Task, platform: CloudFunctions, event: ev}, true
	}
	pkg, name, ok := namedOf(ev)
	if !ok || pkg != eventsPath {
		return shape{}, false
	}
	kind, known := eventKinds[name]
	if !known {
		return shape{}, false
	}
	// A request event answered by anything but an events response type
	// (func(events.APIGatewayProxyRequest) (User, error)) is a helper that
	// parses a request, not a handler.
	if kind == Request && (results.Len() != 2 || !isEventsType(results.At(0).Type())) {
		return shape{}, false
	}
	// A task answers nothing, an error, or a batch response: an events
	// type or a struct of its own ((StreamsEventResponse, error)), not a
	// plain value.
	if kind == Task && results.Len() == 2 && !isEventsType(results.At(0).Type()) && !isStruct(results.At(0).Type()) {
		return shape{}, false
	}
	return shape{kind: kind, platform: Lambda, event: ev}, true
}

// eventShape returns the shape of a registered handler whose signature
// classify does not know: the event is the last parameter, and the kind is
// the event's when it is an aws-lambda-go event (a stream handler answering
// its own response struct), Other for a custom payload.
func eventShape(sig *types.Signature) shape {
	s := shape{kind: Other, platform: Lambda}
	if n := sig.Params().Len(); n > 0 {
		if t := sig.Params().At(n - 1).Type(); !isContext(t) {
			s.event = t
			if pkg, name, ok := namedOf(t); ok && pkg == eventsPath {
				s.kind = eventKinds[name] // Other when unknown
			}
		}
	}
	return s
}

func isEventsType(t types.Type) bool {
	pkg, _, ok := namedOf(t)
	return ok && pkg == eventsPath
}

func isPointerTo(t types.Type, pkg, name string) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	return ok && typesx.IsNamed(p.Elem(), pkg, name)
}

func isBytes(t types.Type) bool {
	s, ok := types.Unalias(t).(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

func isString(t types.Type) bool {
	b, ok := types.Unalias(t).(*types.Basic)
	return ok && b.Kind() == types.String
}

// isStruct reports whether t is a struct type or a pointer to one.
func isStruct(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	_, ok := t.Underlying().(*types.Struct)
	return ok
}
