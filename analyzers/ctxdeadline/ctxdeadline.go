package ctxdeadline

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/checkdoc"
	"github.com/fnlint/fnlint/internal/reach"
	"github.com/fnlint/fnlint/internal/typesx"
	"github.com/fnlint/fnlint/passes/handlers"
)

//go:embed doc.go
var doc string

// Analyzer reports invocation-scope code that does not pass the handler's
// context on, and HTTP clients with no timeout.
var Analyzer = &analysis.Analyzer{
	Name:      "ctxdeadline",
	Doc:       checkdoc.MustExtract(doc, "ctxdeadline"),
	URL:       "https://github.com/fnlint/fnlint/blob/main/docs/checks/ctxdeadline.md",
	Requires:  []*analysis.Analyzer{handlers.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(noctxFact)},
}

// Categories of the findings.
const (
	// CategoryNoContext is a call with a context-taking sibling
	// ((*sql.DB).Query, http.NewRequest, exec.Command).
	CategoryNoContext = "nocontext"
	// CategoryRequest is an outgoing HTTP request that cannot carry a
	// context: http.Get, Head, Post, PostForm and the methods of the same
	// names of *http.Client.
	CategoryRequest = "request"
	// CategoryBackground is context.Background() or context.TODO() where
	// the handler has a context.
	CategoryBackground = "background"
	// CategorySleep is time.Sleep in invocation scope.
	CategorySleep = "sleep"
	// CategoryTimeout is an http.Client with no Timeout sending requests in
	// invocation scope.
	CategoryTimeout = "timeout"
)

// noctxFact marks a function that, itself or through the functions it
// calls, does something that ignores the handler's context. Its What is
// an encoded finding (see encode).
type noctxFact struct{ reach.Chain }

func (*noctxFact) AFact() {}

func (f *noctxFact) String() string {
	d := decode(f.What)
	return d.category + ": " + d.problem
}

// A finding is what a site of this check does wrong, before the handler
// path is known.
type finding struct {
	category string
	problem  string // "(*sql.DB).Query ignores the handler's deadline"
	remedy   string // "use QueryContext(ctx, ...)"
	// fix, if not nil, returns the suggested fix given the expression of
	// the context in scope at the site.
	fix func(ctx string) analysis.SuggestedFix
}

// encode writes f as the What of a fact: "category|problem|remedy".
func (f *finding) encode() string {
	return f.category + "|" + f.problem + "|" + f.remedy
}

// decode reads a finding written by encode.
func decode(what string) finding {
	parts := strings.SplitN(what, "|", 3)
	for len(parts) < 3 {
		parts = append(parts, "")
	}
	return finding{category: parts[0], problem: parts[1], remedy: parts[2]}
}

// checker holds what one run knows about the package.
type checker struct {
	pass *analysis.Pass
	res  *handlers.Result
	// calls maps the positions SSA gives calls (the left parenthesis, or
	// the go or defer keyword) to the call expressions.
	calls map[token.Pos]*ast.CallExpr
	// detached are the function literals started with a go statement.
	detached map[*ssa.Function]bool
	// sites are the findings of the calls of this package, by position.
	sites map[token.Pos]*finding
	// timeoutSet are the package variables whose Timeout field is
	// assigned somewhere in the package.
	timeoutSet map[types.Object]bool
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	if res.Package() == nil {
		return nil, nil // the standard library or a dependency: not the user's code
	}
	c := &checker{
		pass:     pass,
		res:      res,
		calls:    make(map[token.Pos]*ast.CallExpr),
		detached: make(map[*ssa.Function]bool),
		sites:    make(map[token.Pos]*finding),
	}
	c.index()
	effect := reach.Effect{
		Match: c.matchInstr,
		Contained: func(fn *ssa.Function, _ string) bool {
			return contextForm(res.Object(fn))
		},
	}
	for _, f := range reach.FindEffect(pass, res, effect, func() reach.Fact { return new(noctxFact) }) {
		c.report(f)
	}
	c.checkClients()
	return nil, nil
}

// index fills calls, detached and timeoutSet.
func (c *checker) index() {
	c.timeoutSet = make(map[types.Object]bool)
	ins := inspector.New(c.pass.Files)
	filter := []ast.Node{(*ast.CallExpr)(nil), (*ast.GoStmt)(nil), (*ast.DeferStmt)(nil), (*ast.AssignStmt)(nil)}
	ins.Preorder(filter, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.CallExpr:
			c.calls[n.Lparen] = n
		case *ast.GoStmt:
			c.calls[n.Go] = n.Call
		case *ast.DeferStmt:
			c.calls[n.Defer] = n.Call
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if v := c.timeoutOf(lhs); v != nil {
					c.timeoutSet[v] = true
				}
			}
		}
	})
	for _, fn := range c.res.Funcs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if g, ok := instr.(*ssa.Go); ok {
					if callee := g.Call.StaticCallee(); callee != nil && callee.Parent() != nil {
						c.detached[callee] = true
					}
				}
			}
		}
	}
}

// timeoutOf returns the package variable v of an expression v.Timeout
// selecting the Timeout field of http.Client, or nil.
func (c *checker) timeoutOf(e ast.Expr) types.Object {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	s, ok := c.pass.TypesInfo.Selections[sel]
	if !ok || s.Kind() != types.FieldVal || s.Obj().Name() != "Timeout" || !isClient(s.Recv()) {
		return nil
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Parent() != c.pass.Pkg.Scope() {
		return nil
	}
	return v
}

// matchInstr is the reach.InstrMatch of the check: it classifies the
// calls of the package and remembers, by position, what it found.
func (c *checker) matchInstr(instr ssa.Instruction) (string, token.Pos, bool) {
	call, ok := instr.(ssa.CallInstruction)
	if !ok {
		return "", token.NoPos, false
	}
	f := c.classify(call)
	if f == nil {
		return "", token.NoPos, false
	}
	pos := call.Common().Pos()
	c.sites[pos] = f
	return f.encode(), pos, true
}

// report reports a finding of reach.
func (c *checker) report(rf reach.Finding) {
	f := decode(rf.What)
	if f.category == CategoryBackground && !hasContext(rf.Handler) {
		return // the handler has no context to pass on
	}
	if c.viaContextFree(rf) {
		return
	}
	if !hasContext(rf.Handler) && rf.Handler != nil && rf.Handler.Source == handlers.Signature && c.pass.Pkg.Name() != "main" {
		return // a library's context-free entry point, for callers with no context
	}
	if f.category != CategoryBackground && !hasContext(rf.Handler) && rf.Handler != nil {
		f.remedy = "take a context.Context in " + rf.Handler.Name() + " and " + f.remedy
	}
	call := c.calls[rf.Pos]
	d := analysis.Diagnostic{
		Pos:      rf.Pos,
		Category: f.category,
		Message:  f.problem + " (" + rf.Chain() + "); " + f.remedy,
		Related:  rf.Related(),
	}
	if call != nil {
		d.Pos, d.End = call.Pos(), call.End()
	}
	if local := c.sites[rf.Pos]; local != nil && len(rf.Via) == 0 && call != nil {
		if ctx := c.contextAt(call); ctx != "" && local.fix != nil {
			if fix := local.fix(ctx); len(fix.TextEdits) > 0 {
				d.SuggestedFixes = []analysis.SuggestedFix{fix}
			}
		} else if f.category == CategoryBackground {
			d.Message = f.problem + " (" + rf.Chain() + "); pass the handler's ctx down to " + funcName(rf.Fn)
		}
	}
	c.pass.Report(d)
}

// viaContextFree reports whether the path of rf goes through the
// context-free form of a function with a context form (an adapter's Proxy
// beside ProxyWithContext): such a form exists for callers that have no
// context, and its callers are reported instead.
func (c *checker) viaContextFree(rf reach.Finding) bool {
	if rf.Path == nil {
		return rf.Handler != nil && contextFree(rf.Handler.Func)
	}
	for _, step := range rf.Path {
		if contextFree(c.res.Object(step.Fn)) {
			return true
		}
	}
	return false
}

// funcName names fn for messages.
func funcName(fn *ssa.Function) string {
	if fn == nil {
		return "it"
	}
	return handlers.FuncName(fn)
}

// hasContext reports whether handler h has a context to pass on: a
// context.Context or *http.Request parameter, or a web framework's
// context (its platform is net/http).
func hasContext(h *handlers.Handler) bool {
	if h == nil {
		return false
	}
	if h.Platform == handlers.HTTP {
		return true
	}
	sig := h.Signature()
	if sig == nil {
		return false
	}
	for p := range sig.Params().Variables() {
		if isContext(p.Type()) || isRequest(p.Type()) {
			return true
		}
	}
	return false
}

// isContext reports whether t is context.Context.
func isContext(t types.Type) bool { return typesx.IsNamed(t, "context", "Context") }

// isRequest reports whether t is *net/http.Request.
func isRequest(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	return ok && typesx.IsNamed(p.Elem(), "net/http", "Request")
}

// isClient reports whether t is net/http.Client or a pointer to it.
func isClient(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	return typesx.IsNamed(t, "net/http", "Client")
}
