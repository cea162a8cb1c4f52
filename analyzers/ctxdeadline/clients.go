package ctxdeadline

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/typesx"
	"github.com/fnlint/fnlint/passes/handlers"
)

// clientMethods send a request on their *http.Client receiver.
var clientMethods = map[string]bool{
	"(*net/http.Client).Do":       true,
	"(*net/http.Client).Get":      true,
	"(*net/http.Client).Head":     true,
	"(*net/http.Client).Post":     true,
	"(*net/http.Client).PostForm": true,
}

// checkClients reports the http.Client values with no Timeout that send
// requests in invocation scope: http.DefaultClient at each Do, and a
// client declared in this package (a package variable or a local) once,
// where it is declared, with the path of its first use. Do on a Lambda
// handler's path with a request built with a context is bounded by the
// invocation's deadline and is not reported.
func (c *checker) checkClients() {
	reported := make(map[token.Pos]bool)
	for _, fn := range c.res.Funcs() {
		if c.res.Scope(fn) != handlers.Invocation {
			continue
		}
		h := c.res.Root(fn)
		if h.Platform == handlers.OpenFaaS {
			continue
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok || call.Common().IsInvoke() {
					continue
				}
				common := call.Common()
				obj, _ := c.callee(common)
				if obj == nil || !clientMethods[obj.FullName()] || len(common.Args) == 0 {
					continue
				}
				isDo := obj.Name() == "Do"
				if isDo && h.Platform == handlers.Lambda && withContext(common.Args[1]) {
					continue
				}
				path := handlers.FormatPath(c.res.Path(fn))
				if isDefaultClient(common.Args[0]) {
					if isDo { // Get and the like are reported as requests
						c.reportDefaultDo(common, path)
					}
					continue
				}
				pos, ok := c.noTimeout(common.Args[0])
				if !ok || reported[pos] {
					continue
				}
				reported[pos] = true
				c.pass.Report(analysis.Diagnostic{
					Pos:      pos,
					Category: CategoryTimeout,
					Message:  "http.Client has no Timeout and sends requests per invocation (" + path + "); set Timeout",
					Related:  []analysis.RelatedInformation{{Pos: c.callPos(common), Message: "request sent here"}},
				})
			}
		}
	}
}

// reportDefaultDo reports http.DefaultClient.Do.
func (c *checker) reportDefaultDo(common *ssa.CallCommon, path string) {
	d := analysis.Diagnostic{
		Pos:      common.Pos(),
		Category: CategoryTimeout,
		Message:  "http.DefaultClient has no timeout (" + path + "); use an http.Client with a Timeout",
	}
	if expr := c.calls[common.Pos()]; expr != nil {
		d.Pos, d.End = expr.Pos(), expr.End()
	}
	c.pass.Report(d)
}

// callPos returns the position of the call expression of common.
func (c *checker) callPos(common *ssa.CallCommon) token.Pos {
	if expr := c.calls[common.Pos()]; expr != nil {
		return expr.Pos()
	}
	return common.Pos()
}

// withContext reports whether the request v was built with a context:
// http.NewRequestWithContext, (*http.Request).WithContext or Clone.
func withContext(v ssa.Value) bool {
	if e, ok := v.(*ssa.Extract); ok {
		v = e.Tuple
	}
	call, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	callee := call.Call.StaticCallee()
	if callee == nil {
		return false
	}
	obj, ok := callee.Object().(*types.Func)
	if !ok {
		return false
	}
	switch obj.FullName() {
	case "net/http.NewRequestWithContext", "(*net/http.Request).WithContext", "(*net/http.Request).Clone":
		return true
	}
	return false
}

// noTimeout returns where the client v is declared when it is declared in
// this package with no Timeout; false when it has one or is not known.
func (c *checker) noTimeout(v ssa.Value) (token.Pos, bool) {
	switch v := v.(type) {
	case *ssa.UnOp:
		if g, ok := v.X.(*ssa.Global); ok && v.Op == token.MUL {
			return c.globalClient(g)
		}
	case *ssa.Global:
		return c.globalClient(v)
	case *ssa.Alloc:
		return c.localClient(v)
	}
	return token.NoPos, false
}

// globalClient returns where the package variable g is declared when it
// holds an http.Client literal with no Timeout (or an http.Client zero
// value) and no assignment to its Timeout field exists in the package.
func (c *checker) globalClient(g *ssa.Global) (token.Pos, bool) {
	obj := g.Object()
	if obj == nil || obj.Pkg() != c.pass.Pkg || c.timeoutSet[obj] {
		return token.NoPos, false
	}
	for _, f := range c.pass.Files {
		for _, decl := range f.Decls {
			gen, ok := decl.(*ast.GenDecl)
			if !ok || gen.Tok != token.VAR {
				continue
			}
			for _, spec := range gen.Specs {
				spec := spec.(*ast.ValueSpec)
				for i, name := range spec.Names {
					if c.pass.TypesInfo.Defs[name] != obj {
						continue
					}
					if len(spec.Values) == 0 {
						if typesx.IsNamed(obj.Type(), "net/http", "Client") {
							return name.Pos(), true
						}
						return token.NoPos, false
					}
					if len(spec.Values) != len(spec.Names) {
						return token.NoPos, false
					}
					return c.literalClient(spec.Values[i])
				}
			}
		}
	}
	return token.NoPos, false
}

// literalClient returns the position of e when it is an http.Client
// literal, or its address, with no Timeout.
func (c *checker) literalClient(e ast.Expr) (token.Pos, bool) {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok || !isClient(c.pass.TypesInfo.TypeOf(lit)) {
		return token.NoPos, false
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Timeout" {
				return token.NoPos, false
			}
		}
	}
	return lit.Pos(), true
}

// localClient returns the position of the local http.Client a when
// nothing sets its Timeout. A client that escapes (passed to a function,
// stored, copied over) is not known.
func (c *checker) localClient(a *ssa.Alloc) (token.Pos, bool) {
	if !isClient(a.Type()) || !a.Pos().IsValid() {
		return token.NoPos, false
	}
	for _, ref := range *a.Referrers() {
		switch ref := ref.(type) {
		case *ssa.DebugRef:
		case *ssa.FieldAddr:
			field := a.Type().Underlying().(*types.Pointer).Elem().Underlying().(*types.Struct).Field(ref.Field)
			if field.Name() == "Timeout" {
				return token.NoPos, false
			}
		case ssa.CallInstruction:
			common := ref.Common()
			obj, _ := c.callee(common)
			if obj == nil || !clientMethods[obj.FullName()] || common.Args[0] != a {
				return token.NoPos, false
			}
			for _, arg := range common.Args[1:] {
				if arg == a {
					return token.NoPos, false
				}
			}
		default:
			return token.NoPos, false
		}
	}
	return a.Pos(), true
}
