package handlers

import (
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// Analyzer finds the handlers of a package and the scope of its functions.
var Analyzer = &analysis.Analyzer{
	Name:       "handlers",
	Doc:        "find function handlers and their invocation scope",
	URL:        "https://github.com/fnlint/fnlint/tree/main/passes/handlers",
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(handlerFact)},
}

// Kind is the kind of a handler: what triggers it and what it answers.
type Kind uint8

const (
	// Other is a handler invoked with a payload fnlint does not classify,
	// such as a Lambda function taking a custom struct.
	Other Kind = iota
	// Request is a handler answering an HTTP request: API Gateway v1 and
	// v2, ALB, Function URL, net/http, functions.HTTP, fn request functions.
	Request
	// Response is a response-enhancing function of the fn runtime.
	Response
	// Task is a handler of an asynchronous event: SQS, SNS, EventBridge and
	// CloudWatch scheduled events, S3, DynamoDB and Kinesis streams,
	// CloudEvents, fn task functions.
	Task
)

var kindNames = [...]string{Other: "other", Request: "request", Response: "response", Task: "task"}

func (k Kind) String() string { return kindNames[k] }

// ParseKind parses the name of a kind as written in a //fnlint:handler
// directive.
func ParseKind(s string) (Kind, bool) {
	for k, name := range kindNames {
		if name == s {
			return Kind(k), true
		}
	}
	return 0, false
}

// Platform is the runtime a handler is written for.
type Platform uint8

const (
	// Unknown is a handler found by a directive with nothing else to go by.
	Unknown Platform = iota
	// Lambda is aws-lambda-go.
	Lambda
	// HTTP is net/http: http.HandleFunc, ServeMux, Vercel, Knative and
	// handlers found by their signature alone; and the handlers of gin,
	// echo and fiber, whose Event is their context type.
	HTTP
	// CloudFunctions is functions-framework-go.
	CloudFunctions
	// OpenFaaS is the classic OpenFaaS template (func Handle([]byte) string
	// in package function), which forks a process per request: there,
	// everything runs per invocation and scope-based checks stay quiet.
	OpenFaaS
	// Runtime is fnlint's reference runtime, github.com/fnlint/fnlint/fn.
	Runtime
)

var platformNames = [...]string{Unknown: "unknown", Lambda: "lambda", HTTP: "net/http", CloudFunctions: "cloudfunctions", OpenFaaS: "openfaas", Runtime: "fn"}

func (p Platform) String() string { return platformNames[p] }

// Source tells how a handler was found.
type Source uint8

const (
	// Registered handlers are passed to a registration call.
	Registered Source = iota
	// Signature handlers have a handler signature and nothing calls them:
	// the exact net/http signature, or an aws-lambda-go event in and its
	// response out.
	Signature
	// Directive handlers carry a //fnlint:handler directive.
	Directive
)

// A Handler is a function that runs once per invocation.
type Handler struct {
	// Fn is the function that runs per invocation. For a handler declared
	// in another package (lambda.Start(store.Handle)) Fn is nil and Func is
	// set.
	Fn *ssa.Function
	// Func is the declared function or method, nil for a function literal.
	Func *types.Func
	// Kind is what the handler answers.
	Kind Kind
	// Platform is the runtime the handler is written for.
	Platform Platform
	// Source tells how the handler was found.
	Source Source
	// Event is the type of the event the handler receives: the event
	// struct of aws-lambda-go (events.SQSEvent), *http.Request, *fn.Event,
	// or nil when the handler takes no event.
	Event types.Type
	// Pos is where the handler was registered: the registration call, the
	// directive, or the function itself for signature handlers.
	Pos token.Pos
	// Elsewhere is true for a handler of another package that its own
	// package already knows as a handler: checks reported there.
	Elsewhere bool
}

// Signature returns the signature of the handler's function, or nil when
// neither Fn nor Func is known.
func (h *Handler) Signature() *types.Signature {
	switch {
	case h.Fn != nil:
		return h.Fn.Signature
	case h.Func != nil:
		return h.Func.Signature()
	}
	return nil
}

// IsAuthorizer reports whether h is an API Gateway custom authorizer: it
// receives an authorizer's request, or answers with an authorizer's
// response (a REQUEST authorizer may read its event as a proxy request).
// An authorizer answers 401 by returning an error.
func (h *Handler) IsAuthorizer() bool {
	if IsAuthorizer(h.Event) {
		return true
	}
	sig := h.Signature()
	if sig == nil {
		return false
	}
	for r := range sig.Results().Variables() {
		if isAuthorizerResponse(r.Type()) {
			return true
		}
	}
	return false
}

// Name is a short name of the handler for messages: "Handle",
// "(*Server).ServeHTTP", "main.func1", "store.Handle".
func (h *Handler) Name() string {
	if h.Fn != nil {
		return FuncName(h.Fn)
	}
	return QualifiedName(h.Func)
}

// Scope tells when a function runs.
type Scope uint8

const (
	// Unreached functions are reached neither from a handler nor from
	// initialisation: an exported function of a library package, dead
	// code. Checks reach them through facts from the packages that call
	// them.
	Unreached Scope = iota
	// Init functions run once per cold start: package variable
	// initialisers, init, main up to the registration call, what they
	// call, and the bodies of sync.Once.Do, sync.OnceFunc, OnceValue and
	// OnceValues.
	Init
	// Invocation functions run on every invocation: a handler and what it
	// statically reaches. A function reached from both init and a handler
	// is in invocation scope.
	Invocation
)

var scopeNames = [...]string{Unreached: "unreached", Init: "init", Invocation: "invocation"}

func (s Scope) String() string { return scopeNames[s] }

// A Step is one function on a call path from a handler.
type Step struct {
	// Fn is the function reached.
	Fn *ssa.Function
	// Call is the position, in the previous step's function, of the call
	// (or function value) that reaches Fn; token.NoPos for the handler.
	Call token.Pos
}

// Result is the result of the handlers pass for one package.
type Result struct {
	pkg      *ssa.Package
	real     map[types.Object]*types.Func // stand-in functions of imports → real ones
	handlers []*Handler
	byFn     map[*ssa.Function]*Handler
	scope    map[*ssa.Function]Scope
	parent   map[*ssa.Function]Step // invocation scope: the step that reaches a function
	root     map[*ssa.Function]*Handler
	funcs    []*ssa.Function // every function of the package, in source order
	edges    map[*ssa.Function][]Step
	inTests  map[*ssa.Function]bool // functions declared in _test.go files
}

// Release drops what r holds, the SSA form of the package above all, so
// that the memory can be reclaimed while other packages are analysed. A
// driver calls it once every analyzer that requires the pass has run on
// the package (fnlint's CLI does; the go/analysis checker alone keeps
// every result to the end). Afterwards r is the result of a skipped
// package.
func (r *Result) Release() { *r = Result{} }

// Package returns the SSA form of the package, or nil for a package the
// pass skips (the standard library, dependencies from the module cache).
// Checks that need SSA use this package instead of requiring buildssa, so
// that the suite builds SSA once and never for the standard library.
//
// It is built with BareInits, and the imported functions and variables it
// refers to are stand-ins declared in stand-in packages holding only what
// this package uses (so that SSA is not built for every member of every
// import): compare them by FullName, and get the real object of a function
// with Object. Methods and types are the real ones.
func (r *Result) Package() *ssa.Package { return r.pkg }

// Handlers returns the handlers of the package in the order of their
// positions, including handlers declared in other packages and registered
// here (their Fn is nil).
func (r *Result) Handlers() []*Handler { return r.handlers }

// Handler returns the handler whose body is fn, or nil.
func (r *Result) Handler(fn *ssa.Function) *Handler { return r.byFn[fn] }

// Scope returns when fn runs. Functions of other packages are Unreached.
func (r *Result) Scope(fn *ssa.Function) Scope { return r.scope[fn] }

// InTest reports whether fn is declared in a _test.go file: a test, a
// helper of tests, or a test double such as the handler of an
// httptest.Server, which is never deployed.
func (r *Result) InTest(fn *ssa.Function) bool { return r.inTests[fn] }

// Funcs returns every function of the package that has a body, anonymous
// functions included, in source order.
func (r *Result) Funcs() []*ssa.Function { return r.funcs }

// Root returns the handler from which fn is reached on its shortest call
// path, or nil when fn is not in invocation scope.
func (r *Result) Root(fn *ssa.Function) *Handler { return r.root[fn] }

// Path returns the shortest call path from a handler to fn, the handler
// first and fn last, or nil when fn is not in invocation scope.
func (r *Result) Path(fn *ssa.Function) []Step {
	if r.scope[fn] != Invocation {
		return nil
	}
	return reverse(r.walk(fn))
}

// walk returns the path from fn back to its handler, fn first.
func (r *Result) walk(fn *ssa.Function) []Step {
	var rev []Step
	for {
		step, ok := r.parent[fn]
		if !ok {
			return append(rev, Step{Fn: fn})
		}
		rev = append(rev, Step{Fn: fn, Call: step.Call})
		fn = step.Fn
	}
}

func reverse(s []Step) []Step {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	return s
}

// FormatPath formats a call path for a message: "Handle → loadUser →
// openDB", followed by extra names (from facts of other packages).
func FormatPath(path []Step, extra ...string) string {
	names := make([]string, 0, len(path)+len(extra))
	for _, s := range path {
		names = append(names, FuncName(s.Fn))
	}
	names = append(names, extra...)
	return strings.Join(names, " → ")
}

// FuncName is a short name of fn for messages: "Handle",
// "(*Server).ServeHTTP", "Handle.func1", and "pkg.Name" for functions of
// other packages than from.
func FuncName(fn *ssa.Function) string {
	if fn.Parent() != nil {
		suffix := strings.TrimPrefix(fn.Name(), fn.Parent().Name())
		return FuncName(fn.Parent()) + strings.ReplaceAll(suffix, "$", ".func")
	}
	if obj, ok := fn.Object().(*types.Func); ok {
		return shortFuncName(obj)
	}
	return fn.Name()
}

// QualifiedName is a name of a function of another package for messages:
// "store.Open", "store.(*Store).Ping".
func QualifiedName(fn *types.Func) string {
	return fn.Pkg().Name() + "." + shortFuncName(fn)
}

// shortFuncName is "Name", "(*T).Name" or "(T).Name".
func shortFuncName(fn *types.Func) string {
	sig := fn.Signature()
	if recv := sig.Recv(); recv != nil {
		t := recv.Type()
		ptr := ""
		if p, ok := t.(*types.Pointer); ok {
			ptr, t = "*", p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return "(" + ptr + n.Obj().Name() + ")." + fn.Name()
		}
	}
	return fn.Name()
}

// handlerFact marks a function that is a handler in its own package, so
// that a package registering it does not report what its own package
// already reported.
type handlerFact struct {
	Kind Kind
}

func (*handlerFact) AFact() {}

func (f *handlerFact) String() string { return "handler(" + f.Kind.String() + ")" }

func newResult() *Result {
	return &Result{
		byFn:   make(map[*ssa.Function]*Handler),
		scope:  make(map[*ssa.Function]Scope),
		parent: make(map[*ssa.Function]Step),
		root:   make(map[*ssa.Function]*Handler),
	}
}
