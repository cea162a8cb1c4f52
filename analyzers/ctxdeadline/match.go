package ctxdeadline

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/passes/handlers"
)

// requestCalls send an HTTP request built inside the call, which cannot
// be given a context.
var requestCalls = map[string]bool{
	"net/http.Get":                true,
	"net/http.Head":               true,
	"net/http.Post":               true,
	"net/http.PostForm":           true,
	"(*net/http.Client).Get":      true,
	"(*net/http.Client).Head":     true,
	"(*net/http.Client).Post":     true,
	"(*net/http.Client).PostForm": true,
}

// optionSiblings are methods whose context form is not named by a suffix
// and takes options after the context: nil keeps the defaults.
var optionSiblings = map[string]string{
	"(*database/sql.DB).Begin":                "BeginTx",
	"(*github.com/jmoiron/sqlx.DB).Beginx":    "BeginTxx",
	"(*github.com/jmoiron/sqlx.DB).MustBegin": "MustBeginTx",
}

// ignoredPkgs hold functions with context forms that do not wait on
// anything: the context forms of log/slog pass it to handlers for
// tracing, not for a deadline.
var ignoredPkgs = map[string]bool{
	"log/slog": true,
}

// boundedContexts derive a context with a deadline from their first
// argument.
var boundedContexts = map[string]bool{
	"context.WithTimeout":       true,
	"context.WithDeadline":      true,
	"context.WithTimeoutCause":  true,
	"context.WithDeadlineCause": true,
}

// classify returns what is wrong with call, or nil.
func (c *checker) classify(call ssa.CallInstruction) *finding {
	common := call.Common()
	obj, recv := c.callee(common)
	if obj == nil || obj.Pkg() == nil {
		return nil
	}
	expr := c.calls[common.Pos()]
	switch name := obj.FullName(); {
	case name == "time.Sleep":
		return &finding{
			category: CategorySleep,
			problem:  "time.Sleep ignores the handler's deadline",
			remedy:   "wait in a select on ctx.Done() and time.After",
			fix:      c.sleepFix(call, expr),
		}
	case name == "context.Background" || name == "context.TODO":
		return c.background(call, expr, obj.Name())
	case requestCalls[name]:
		return requestFinding(common, obj)
	case ignoredPkgs[obj.Pkg().Path()]:
		return nil
	}
	return c.sibling(call, obj, recv, expr)
}

// callee returns the function or method a call calls, and the type of
// its receiver for a method.
func (c *checker) callee(common *ssa.CallCommon) (*types.Func, types.Type) {
	if common.IsInvoke() {
		return common.Method, common.Value.Type()
	}
	obj := c.res.Object(handlers.Canonical(common.StaticCallee()))
	if obj == nil {
		return nil, nil
	}
	if recv := obj.Signature().Recv(); recv != nil {
		return obj, recv.Type()
	}
	return obj, nil
}

// requestFinding describes a request sent by http.Get and the like.
func requestFinding(common *ssa.CallCommon, obj *types.Func) *finding {
	name := describe(obj, nil)
	onDefault := obj.Signature().Recv() == nil
	if !onDefault && !common.IsInvoke() && len(common.Args) > 0 && isDefaultClient(common.Args[0]) {
		name, onDefault = "http.DefaultClient."+obj.Name(), true
	}
	if onDefault {
		return &finding{
			category: CategoryRequest,
			problem:  name + " ignores the handler's deadline and has no timeout",
			remedy:   "use http.NewRequestWithContext(ctx, ...) and a client with a Timeout",
		}
	}
	return &finding{
		category: CategoryRequest,
		problem:  describe(obj, common.Args[0].Type()) + " ignores the handler's deadline",
		remedy:   "use http.NewRequestWithContext(ctx, ...) and Do",
	}
}

// isDefaultClient reports whether v is the value of http.DefaultClient.
func isDefaultClient(v ssa.Value) bool {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	g, ok := load.X.(*ssa.Global)
	return ok && g.Object() != nil && g.Object().Pkg() != nil &&
		g.Object().Pkg().Path() == "net/http" && g.Object().Name() == "DefaultClient"
}

// background returns the finding of a call to context.Background or TODO,
// or nil where it is deliberate: in a function literal started with go
// (work detached from the invocation), as the parent of a context with a
// deadline in a function with no context in scope, and in a function that
// is the context-free form of a sibling (Load calling LoadContext).
func (c *checker) background(call ssa.CallInstruction, expr *ast.CallExpr, name string) *finding {
	fn := call.Parent()
	if c.detached[fn] || c.nilFallback(expr) {
		return nil
	}
	if v, ok := call.(*ssa.Call); ok && c.bounded(v) && (expr == nil || c.contextAt(expr) == "") {
		return nil
	}
	if contextFree(c.res.Object(fn)) {
		return nil
	}
	return &finding{
		category: CategoryBackground,
		problem:  "context." + name + "() drops the handler's deadline",
		remedy:   "use the handler's ctx",
		fix: func(ctx string) analysis.SuggestedFix {
			return analysis.SuggestedFix{
				Message:   "Use " + ctx,
				TextEdits: []analysis.TextEdit{{Pos: expr.Pos(), End: expr.End(), NewText: []byte(ctx)}},
			}
		},
	}
}

// nilFallback reports whether expr is in the body of an if statement
// testing a context.Context for nil: a default for a missing context, as
// in "if cfg.Ctx == nil { cfg.Ctx = context.Background() }".
func (c *checker) nilFallback(expr *ast.CallExpr) bool {
	if expr == nil {
		return false
	}
	path := c.enclosing(expr)
	for i, n := range path {
		ifs, ok := n.(*ast.IfStmt)
		if !ok || i == 0 || path[i-1] != ifs.Body {
			continue
		}
		cond, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
		if !ok || cond.Op != token.EQL {
			continue
		}
		for _, side := range []ast.Expr{cond.X, cond.Y} {
			if isContext(c.pass.TypesInfo.TypeOf(side)) {
				return true
			}
		}
	}
	return false
}

// bounded reports whether the context v is the parent of a context with a
// deadline.
func (c *checker) bounded(v *ssa.Call) bool {
	for _, ref := range *v.Referrers() {
		call, ok := ref.(ssa.CallInstruction)
		if !ok || len(call.Common().Args) == 0 || call.Common().Args[0] != v {
			continue
		}
		if obj, _ := c.callee(call.Common()); obj != nil && boundedContexts[obj.FullName()] {
			return true
		}
	}
	return false
}

// contextFree reports whether fn is the context-free form of a function
// or method with a context form (Load beside LoadContext).
func contextFree(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	var recv types.Type
	if r := fn.Signature().Recv(); r != nil {
		recv = r.Type()
	}
	sib, _ := siblingOf(fn, recv)
	return sib != nil
}

// contextForm reports whether fn is the context form of a context-free
// sibling (LoadContext beside Load): it attaches the context itself, so
// what the context-free form does does not reach its callers through it.
func contextForm(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	var recv types.Type
	if r := fn.Signature().Recv(); r != nil {
		recv = r.Type()
	}
	for _, suffix := range []string{"WithContext", "Context"} {
		base, ok := strings.CutSuffix(fn.Name(), suffix)
		if !ok || base == "" {
			continue
		}
		var cand types.Object
		if recv != nil {
			cand, _, _ = types.LookupFieldOrMethod(recv, true, fn.Pkg(), base)
		} else if fn.Pkg() != nil {
			cand = fn.Pkg().Scope().Lookup(base)
		}
		if free, ok := cand.(*types.Func); ok {
			if sib, _ := siblingOf(free, recv); sib != nil && sib.Origin() == fn.Origin() {
				return true
			}
		}
	}
	return false
}

// siblingOf returns the context form of obj, a function or a method of
// receiver type recv: the function or method of the same package or
// receiver named obj's name followed by Context or WithContext (or listed
// in optionSiblings), whose first parameter is a context.Context and whose
// results are those of obj. It also returns the number of nil options the
// context form takes after the arguments of obj.
func siblingOf(obj *types.Func, recv types.Type) (*types.Func, int) {
	if sig := obj.Signature(); sig.Params().Len() > 0 && isContext(sig.Params().At(0).Type()) {
		return nil, 0 // takes a context already
	}
	names := []string{obj.Name() + "Context", obj.Name() + "WithContext"}
	extra := 0
	if name, ok := optionSiblings[obj.FullName()]; ok {
		names, extra = []string{name}, 1
	}
	for _, name := range names {
		var cand types.Object
		if recv != nil {
			cand, _, _ = types.LookupFieldOrMethod(recv, true, obj.Pkg(), name)
		} else if obj.Pkg() != nil {
			cand = obj.Pkg().Scope().Lookup(name)
		}
		sib, ok := cand.(*types.Func)
		if !ok {
			continue
		}
		sig := sib.Signature()
		if sig.Params().Len() == 0 || !isContext(sig.Params().At(0).Type()) ||
			!types.Identical(sig.Results(), obj.Signature().Results()) {
			continue
		}
		return sib, extra
	}
	return nil, 0
}

// sibling returns the finding of a call to a function or method that has
// a context form taking the same arguments after the context, or nil.
//
// The context form itself may call the context-free one and attach the
// context afterwards (EventToRequestWithContext calling EventToRequest):
// that call is not reported.
func (c *checker) sibling(call ssa.CallInstruction, obj *types.Func, recv types.Type, expr *ast.CallExpr) *finding {
	common := call.Common()
	sib, extra := siblingOf(obj, recv)
	if sib == nil {
		return nil
	}
	if in := c.res.Object(call.Parent()); in != nil && in.Origin() == sib.Origin() {
		return nil
	}
	args, ellipsis := c.argTypes(obj, expr)
	if !accepts(sib.Signature(), args, ellipsis, extra) {
		return nil
	}
	remedy := "use " + sib.Name() + "(ctx, ...)"
	if extra > 0 && len(args) == 0 {
		remedy = "use " + sib.Name() + "(ctx, nil)"
	}
	if recv == nil {
		remedy = "use " + sib.Pkg().Name() + "." + remedy[len("use "):]
	}
	if common.IsInvoke() {
		recv = common.Value.Type()
	}
	return &finding{
		category: CategoryNoContext,
		problem:  describe(obj, recv) + " ignores the handler's deadline",
		remedy:   remedy,
		fix:      c.siblingFix(obj, sib, expr, extra),
	}
}

// argTypes returns the types of the arguments of a call to obj, from
// expr when there is one, else from the signature of obj; and whether the
// call spreads a slice into the variadic parameter.
func (c *checker) argTypes(obj *types.Func, expr *ast.CallExpr) ([]types.Type, bool) {
	if expr == nil {
		params := obj.Signature().Params()
		n := params.Len()
		if obj.Signature().Variadic() {
			n--
		}
		types := make([]types.Type, n)
		for i := range n {
			types[i] = params.At(i).Type()
		}
		return types, false
	}
	types := make([]types.Type, len(expr.Args))
	for i, a := range expr.Args {
		types[i] = c.pass.TypesInfo.TypeOf(a)
	}
	return types, expr.Ellipsis.IsValid()
}

// accepts reports whether a function of signature sig, given a context
// then extra nil options, accepts arguments of types args.
func accepts(sig *types.Signature, args []types.Type, ellipsis bool, extra int) bool {
	params := sig.Params()
	n := params.Len() - 1 // after the context
	if extra > 0 {
		if len(args) > 0 || n != extra {
			return false
		}
		for i := 1; i <= extra; i++ {
			if !nilable(params.At(i).Type()) {
				return false
			}
		}
		return true
	}
	if ellipsis {
		if !sig.Variadic() || len(args) != n {
			return false
		}
	} else if sig.Variadic() && len(args) < n-1 || !sig.Variadic() && len(args) != n {
		return false
	}
	for i, a := range args {
		if a == nil {
			return false
		}
		j := min(i, n-1) + 1
		t := params.At(j).Type()
		if sig.Variadic() && j == params.Len()-1 && !ellipsis {
			t = t.(*types.Slice).Elem()
		}
		if !types.AssignableTo(a, t) {
			return false
		}
	}
	return true
}

// nilable reports whether nil is a value of t.
func nilable(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Signature, *types.Interface:
		return true
	}
	return false
}

// describe names obj for messages: "(*sql.DB).Query", "http.NewRequest".
// recv, if not nil, is the type the method is called on.
func describe(obj *types.Func, recv types.Type) string {
	if recv == nil {
		if r := obj.Signature().Recv(); r != nil {
			recv = r.Type()
		}
	}
	if recv == nil {
		return obj.Pkg().Name() + "." + obj.Name()
	}
	return "(" + types.TypeString(recv, func(p *types.Package) string { return p.Name() }) + ")." + obj.Name()
}
