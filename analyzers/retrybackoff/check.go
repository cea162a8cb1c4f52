package retrybackoff

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/fnlint/fnlint/internal/typesx"
)

// A wait is a place where a retry loop waits between attempts.
type wait struct {
	node ast.Node // the call or the select
	// dur is the duration waited, nil when unknown (a timer's channel, a
	// helper without a duration argument).
	dur ast.Expr
	// ctx is true when the wait ends when the context is done.
	ctx bool
	// sleep is the statement of a direct time.Sleep call, nil otherwise.
	sleep *ast.ExprStmt
}

// checkRetry reports what is wrong with the retry r, in a function of
// signature sig.
func (c *checker) checkRetry(r *retry, sig *types.Signature) {
	waits := c.waitsIn(r.body)
	bounded := c.timeBounded(r)
	op := c.opName(r.call)
	head := loopHead(r.loop)
	if len(waits) == 0 {
		c.pass.Report(analysis.Diagnostic{
			Pos: r.loop.Pos(), End: head, Category: CategoryNoWait,
			Message: "retry of " + op + " does not wait between attempts; back off exponentially with a cap",
		})
	}
	if !bounded && !c.capped(r) {
		c.pass.Report(analysis.Diagnostic{
			Pos: r.loop.Pos(), End: head, Category: CategoryUncapped,
			Message: "retry of " + op + " has no attempt cap and no deadline; bound the attempts",
		})
	}
	for _, w := range waits {
		if !bounded && w.dur != nil && c.invariant(w.dur, r) {
			c.pass.Report(analysis.Diagnostic{
				Pos: w.dur.Pos(), End: w.dur.End(), Category: CategoryConstant,
				Message: "retry of " + op + " waits a constant " + c.durString(w.dur) +
					" between attempts; back off exponentially with a cap",
			})
		}
		if w.sleep != nil {
			c.checkSleep(w, sig)
		}
	}
}

// opName names the operation call calls for messages: as written when it
// is short (q.Send), else by its method ((*DeleteCall).Do).
func (c *checker) opName(call *ast.CallExpr) string {
	name := types.ExprString(call.Fun)
	if len(name) <= 32 {
		return name
	}
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return name
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return fn.Pkg().Name() + "." + fn.Name()
	}
	t, ptr := recv.Type(), ""
	if p, ok := t.(*types.Pointer); ok {
		t, ptr = p.Elem(), "*"
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return "(" + ptr + n.Obj().Name() + ")." + fn.Name()
	}
	return fn.Name()
}

// loopHead returns the end of the header of loop: its opening brace.
func loopHead(loop ast.Stmt) token.Pos {
	switch l := loop.(type) {
	case *ast.ForStmt:
		return l.Body.Lbrace + 1
	case *ast.RangeStmt:
		return l.Body.Lbrace + 1
	}
	return loop.End()
}

// waitsIn returns the waits of a loop body: calls to time.Sleep and to
// functions that wait, receives from timers, selects.
func (c *checker) waitsIn(body *ast.BlockStmt) []wait {
	info := c.pass.TypesInfo
	var waits []wait
	var inSelect []*ast.SelectStmt
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.SelectStmt:
			w := wait{node: n, ctx: c.selectsDone(n)}
			for _, cl := range n.Body.List {
				if comm, ok := cl.(*ast.CommClause); ok && comm.Comm != nil {
					if d := afterDuration(info, comm.Comm); d != nil {
						w.dur = d
					}
				}
			}
			waits = append(waits, w)
			inSelect = append(inSelect, n)
			return true
		case *ast.UnaryExpr:
			if n.Op == token.ARROW && isTimeChan(info.TypeOf(n.X)) && !within(n, inSelect) {
				waits = append(waits, wait{node: n, dur: afterCallDuration(info, n.X)})
			}
		case *ast.ExprStmt:
			if call, ok := ast.Unparen(n.X).(*ast.CallExpr); ok && isFunc(info, call, "time", "Sleep") && len(call.Args) == 1 {
				waits = append(waits, wait{node: call, dur: call.Args[0], sleep: n})
				return false
			}
		case *ast.CallExpr:
			if w, ok := c.waitCall(n); ok {
				waits = append(waits, w)
			}
		}
		return true
	})
	return waits
}

// waitCall reports whether call waits: a call to a function that waits
// by its summary or fact, or to a function of a dependency taking a
// duration (a dependency's sleep helper, whose body is not analysed).
func (c *checker) waitCall(call *ast.CallExpr) (wait, bool) {
	info := c.pass.TypesInfo
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return wait{}, false
	}
	w := wait{node: call, dur: durationArg(info, call)}
	if isFunc(info, call, "time", "Sleep") {
		w.ctx = false
		return w, true
	}
	if ctx, ok := waitCalls[fn.FullName()]; ok {
		w.ctx = ctx
		return w, true
	}
	if f, ok := c.waits[fn]; ok {
		w.ctx = f.Ctx
		return w, true
	}
	var f waitFact
	if fn.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(fn, &f) {
		w.ctx = f.Ctx
		return w, true
	}
	if w.dur != nil && !isStd(fn.Pkg()) && fn.Pkg() != c.pass.Pkg && !c.analysed(fn.Pkg()) {
		w.ctx = hasContextArg(info, call)
		return w, true
	}
	return wait{}, false
}

// analysed reports whether pkg belongs to the module of the package
// analysed: its functions were analysed and carry facts. Without module
// information, every package is taken as analysed.
func (c *checker) analysed(pkg *types.Package) bool {
	m := c.pass.Module
	if m == nil || m.Path == "" {
		return true
	}
	return pkg.Path() == m.Path || strings.HasPrefix(pkg.Path(), m.Path+"/")
}

// isStd reports whether pkg is in the standard library.
func isStd(pkg *types.Package) bool {
	p := pkg.Path()
	for i := range len(p) {
		if p[i] == '/' {
			break
		}
		if p[i] == '.' {
			return false
		}
	}
	return true
}

// within reports whether n is inside one of the selects.
func within(n ast.Node, sels []*ast.SelectStmt) bool {
	for _, s := range sels {
		if s.Pos() <= n.Pos() && n.End() <= s.End() {
			return true
		}
	}
	return false
}

// durationArg returns the first argument of call of type time.Duration.
func durationArg(info *types.Info, call *ast.CallExpr) ast.Expr {
	for _, a := range call.Args {
		if typesx.IsNamed(info.TypeOf(a), "time", "Duration") {
			return a
		}
	}
	return nil
}

// hasContextArg reports whether call passes a context.
func hasContextArg(info *types.Info, call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if typesx.IsNamed(info.TypeOf(a), "context", "Context") {
			return true
		}
	}
	return false
}

// afterDuration returns d for a select case "<-time.After(d)".
func afterDuration(info *types.Info, comm ast.Stmt) ast.Expr {
	var x ast.Expr
	switch s := comm.(type) {
	case *ast.ExprStmt:
		x = s.X
	case *ast.AssignStmt:
		x = s.Rhs[0]
	}
	u, ok := ast.Unparen(x).(*ast.UnaryExpr)
	if !ok || u.Op != token.ARROW {
		return nil
	}
	return afterCallDuration(info, u.X)
}

// afterCallDuration returns d when ch is time.After(d).
func afterCallDuration(info *types.Info, ch ast.Expr) ast.Expr {
	call, ok := ast.Unparen(ch).(*ast.CallExpr)
	if ok && isFunc(info, call, "time", "After") && len(call.Args) == 1 {
		return call.Args[0]
	}
	return nil
}

// selectsDone reports whether sel has a case receiving from ctx.Done().
func (c *checker) selectsDone(sel *ast.SelectStmt) bool {
	for _, cl := range sel.Body.List {
		comm, ok := cl.(*ast.CommClause)
		if !ok || comm.Comm == nil {
			continue
		}
		found := false
		ast.Inspect(comm.Comm, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && c.isContextMethod(call, "Done") {
				found = true
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// isContextMethod reports whether call calls the method name of
// context.Context.
func (c *checker) isContextMethod(call *ast.CallExpr, name string) bool {
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	return ok && fn.Name() == name && fn.Pkg() != nil && fn.Pkg().Path() == "context"
}

// isFunc reports whether call calls the package-level function path.name.
func isFunc(info *types.Info, call *ast.CallExpr, path, name string) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == path && fn.Name() == name &&
		fn.Signature().Recv() == nil
}

// durString formats a duration expression for a message: "1s" for a
// constant, its source otherwise.
func (c *checker) durString(e ast.Expr) string {
	if tv, ok := c.pass.TypesInfo.Types[e]; ok && tv.Value != nil {
		if v, ok := constant.Int64Val(constant.ToInt(tv.Value)); ok {
			return time.Duration(v).String()
		}
	}
	return types.ExprString(e)
}
