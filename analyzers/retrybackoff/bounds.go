package retrybackoff

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// timeBounded reports whether the retry r stops at a deadline: its
// condition, or a condition on which it leaves, reads the clock or the
// context, or it waits in a select on ctx.Done() or in a wait that ends
// with the context. Such a loop polls until a deadline, and waiting a
// constant time there is fine.
func (c *checker) timeBounded(r *retry) bool {
	if f, ok := r.loop.(*ast.ForStmt); ok && f.Cond != nil && c.readsTime(f.Cond) {
		return true
	}
	bounded := false
	ast.Inspect(r.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if c.readsTime(n.Cond) && c.leaves(n.Body, r.loop) {
				bounded = true
			}
		case *ast.SelectStmt:
			if c.selectsDone(n) {
				bounded = true
			}
		case *ast.CallExpr:
			if w, ok := c.waitCall(n); ok && w.ctx && !isFunc(c.pass.TypesInfo, n, "time", "Sleep") {
				bounded = true
			}
		}
		return !bounded
	})
	return bounded
}

// readsTime reports whether e reads the clock or the context: time.Now,
// time.Since, time.Until, a time.Time method, ctx.Err(), ctx.Done().
func (c *checker) readsTime(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if found || !ok {
			return !found
		}
		fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
		if ok && fn.Pkg() != nil {
			switch fn.Pkg().Path() {
			case "time":
				switch fn.Name() {
				case "Now", "Since", "Until", "After", "Before", "Compare", "Sub":
					found = true
				}
			case "context":
				found = fn.Name() == "Err" || fn.Name() == "Done"
			}
		}
		return !found
	})
	return found
}

// leaves reports whether block contains a statement that leaves loop.
func (c *checker) leaves(block *ast.BlockStmt, loop ast.Stmt) bool {
	found := false
	ast.Inspect(block, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			found = true
		case *ast.BranchStmt:
			found = n.Tok == token.BREAK && (n.Label == nil && directIn(block, n) || n.Label != nil && c.targets(n, loop))
		case *ast.ExprStmt:
			found = c.isExit(n, loop)
		}
		return !found
	})
	return found
}

// directIn reports whether br is a statement of block itself, where an
// unlabeled break leaves the loop block is the body of an if of.
func directIn(block *ast.BlockStmt, br *ast.BranchStmt) bool {
	for _, s := range block.List {
		if s == br {
			return true
		}
	}
	return false
}

// capped reports whether the retry r has an attempt cap: a range over an
// integer, a loop condition comparing a counter, or an exit on a
// comparison of a variable the loop changes.
func (c *checker) capped(r *retry) bool {
	switch l := r.loop.(type) {
	case *ast.RangeStmt:
		return true
	case *ast.ForStmt:
		if l.Cond != nil && c.comparesVarying(l.Cond, r) {
			return true
		}
	}
	capped := false
	ast.Inspect(r.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if c.comparesVarying(n.Cond, r) && c.leaves(n.Body, r.loop) {
				capped = true
			}
		}
		return !capped
	})
	return capped
}

// comparesVarying reports whether e orders a variable the loop changes
// against something (attempt < max, tries >= 5), or is a countdown
// (tries-- > 0).
func (c *checker) comparesVarying(e ast.Expr, r *retry) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		bin, ok := n.(*ast.BinaryExpr)
		if !ok {
			return true
		}
		switch bin.Op {
		case token.LSS, token.LEQ, token.GTR, token.GEQ:
			if mentions(c.pass.TypesInfo, bin, r.varying) {
				found = true
			}
		case token.EQL, token.NEQ:
			// attempt == maxAttempts; not err == nil
			if !isNil(c.pass.TypesInfo, bin.X) && !isNil(c.pass.TypesInfo, bin.Y) &&
				isInteger(c.pass.TypesInfo.TypeOf(bin.X)) && mentions(c.pass.TypesInfo, bin, r.varying) {
				found = true
			}
		}
		return !found
	})
	return found
}

// isInteger reports whether t is an integer type.
func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// invariant reports whether the duration e is the same on every attempt
// of r: it uses no variable the loop changes and calls nothing but
// conversions and min and max.
func (c *checker) invariant(e ast.Expr, r *retry) bool {
	info := c.pass.TypesInfo
	inv := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
				return true // a conversion
			}
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok && (b.Name() == "min" || b.Name() == "max") {
					return true
				}
			}
			inv = false // a function may return a new value each time: jitter, a backoff policy
		case *ast.Ident:
			if r.varying[info.Uses[n]] {
				inv = false
			}
		case *ast.SelectorExpr:
			if sel := info.Selections[n]; sel != nil && sel.Kind() == types.FieldVal {
				// b.delay: a field may change through a method; only the
				// fields of values the loop does not change are constant
				return true
			}
		}
		return inv
	})
	return inv
}
