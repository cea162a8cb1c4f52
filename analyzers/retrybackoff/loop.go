package retrybackoff

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/fnlint/fnlint/internal/astx"
)

// A retry is a loop that calls an operation, goes round again when it
// fails and leaves when it succeeds.
type retry struct {
	loop    ast.Stmt // *ast.ForStmt or *ast.RangeStmt over an integer
	body    *ast.BlockStmt
	call    *ast.CallExpr // the operation retried
	errVar  types.Object  // the error of the operation
	varying map[types.Object]bool
}

// retryLoop returns the retry that loop is, or nil when it is not one:
// loops over collections, pagination, polling for a state, loops that
// return on the first error.
func (c *checker) retryLoop(loop ast.Stmt) *retry {
	info := c.pass.TypesInfo
	r := &retry{loop: loop}
	switch l := loop.(type) {
	case *ast.ForStmt:
		r.body = l.Body
	case *ast.RangeStmt:
		if t, ok := info.TypeOf(l.X).Underlying().(*types.Basic); !ok || t.Info()&types.IsInteger == 0 {
			return nil // a collection, a channel or an iterator: not a retry
		}
		r.body = l.Body
	}
	r.varying = varyingVars(info, loop)
	list := r.body.List
	for i, stmt := range list {
		ifs, ok := stmt.(*ast.IfStmt)
		if !ok {
			continue
		}
		if v := errCompare(info, ifs.Cond, token.EQL); v != nil && ifs.Else == nil &&
			c.exits(ifs.Body, loop) && !c.endsInExit(list[i+1:], loop) {
			// if err == nil { return }: a failure goes round again
			r.errVar, r.call = v, astx.AssignedCall(info, v, ifs, list[:i])
		} else if v := errCompare(info, ifs.Cond, token.NEQ); v != nil && c.failureGoesOn(ifs, list[i+1:], loop) {
			r.errVar, r.call = v, astx.AssignedCall(info, v, ifs, list[:i])
		}
		if r.call != nil {
			break
		}
	}
	if r.call == nil {
		r.errVar, r.call = c.condRetry(loop, list)
	}
	if r.call == nil || isContextCall(info, r.call) || c.iteratesAlternatives(r) {
		return nil
	}
	return r
}

// failureGoesOn reports whether, for "if err != nil" ifs followed by rest
// in the loop body, a failure goes round again and a success leaves the
// loop: the body continues and an exit follows, or the body falls through
// and the else branch exits.
func (c *checker) failureGoesOn(ifs *ast.IfStmt, rest []ast.Stmt, loop ast.Stmt) bool {
	last := lastStmt(ifs.Body)
	if br, ok := last.(*ast.BranchStmt); ok && br.Tok == token.CONTINUE && c.targets(br, loop) {
		return ifs.Else == nil && c.endsInExit(rest, loop)
	}
	if last != nil && isTerminating(last) {
		return false
	}
	if els, ok := ifs.Else.(*ast.BlockStmt); ok {
		return c.exits(els, loop)
	}
	return false
}

// condRetry recognises "for err != nil { ...; err = op() }": a loop whose
// condition is the error of an operation the body calls again.
func (c *checker) condRetry(loop ast.Stmt, list []ast.Stmt) (types.Object, *ast.CallExpr) {
	f, ok := loop.(*ast.ForStmt)
	if !ok || f.Cond == nil {
		return nil, nil
	}
	v := errCompare(c.pass.TypesInfo, f.Cond, token.NEQ)
	if v == nil {
		return nil, nil
	}
	for i := len(list) - 1; i >= 0; i-- {
		if call := astx.CallAssigning(c.pass.TypesInfo, v, list[i]); call != nil {
			return v, call
		}
	}
	return nil, nil
}

// iteratesAlternatives reports whether the operation takes other inputs on
// each iteration: an element of a collection indexed by a variable of the
// loop (trying endpoints one after the other), or a variable declared
// before the loop and set anew in it (walking up directories, following a
// token). That is a search, not a retry.
func (c *checker) iteratesAlternatives(r *retry) bool {
	info := c.pass.TypesInfo
	carried := make(map[types.Object]bool)
	ast.Inspect(r.body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN {
			return true
		}
		if len(as.Rhs) == 1 && ast.Unparen(as.Rhs[0]) == r.call {
			return true // the results of the operation itself
		}
		for _, lhs := range as.Lhs {
			if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
				if obj := info.Uses[id]; obj != nil && obj.Pos() < r.loop.Pos() {
					carried[obj] = true
				}
			}
		}
		return true
	})
	found := false
	ast.Inspect(r.call, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.IndexExpr:
			found = mentions(info, n.Index, r.varying)
		case *ast.Ident:
			found = carried[info.Uses[n]]
		}
		return !found
	})
	return found
}

// exits reports whether block ends by leaving loop: a return, a break of
// loop, a panic.
func (c *checker) exits(block *ast.BlockStmt, loop ast.Stmt) bool {
	return c.isExit(lastStmt(block), loop)
}

// endsInExit reports whether one of stmts, in the loop body after an if,
// leaves loop unconditionally.
func (c *checker) endsInExit(stmts []ast.Stmt, loop ast.Stmt) bool {
	for _, s := range stmts {
		if c.isExit(s, loop) {
			return true
		}
	}
	return false
}

// isExit reports whether s leaves loop.
func (c *checker) isExit(s ast.Stmt, loop ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return s.Tok == token.BREAK && c.targets(s, loop)
	case *ast.ExprStmt:
		call, ok := s.X.(*ast.CallExpr)
		if !ok {
			return false
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok {
			return false
		}
		b, ok := c.pass.TypesInfo.Uses[id].(*types.Builtin)
		return ok && b.Name() == "panic"
	}
	return false
}

// targets reports whether br, a break or continue directly in the body of
// loop, applies to loop.
func (c *checker) targets(br *ast.BranchStmt, loop ast.Stmt) bool {
	if br.Label == nil {
		return true
	}
	obj := c.pass.TypesInfo.Uses[br.Label]
	found := false
	for _, f := range c.pass.Files {
		if f.FileStart <= loop.Pos() && loop.Pos() < f.FileEnd {
			ast.Inspect(f, func(n ast.Node) bool {
				if ls, ok := n.(*ast.LabeledStmt); ok && ls.Stmt == loop {
					found = c.pass.TypesInfo.Defs[ls.Label] == obj
				}
				return !found
			})
		}
	}
	return found
}

// lastStmt returns the last statement of block, or nil.
func lastStmt(block *ast.BlockStmt) ast.Stmt {
	if block == nil || len(block.List) == 0 {
		return nil
	}
	return block.List[len(block.List)-1]
}

// isTerminating reports whether s ends the flow of its block.
func isTerminating(s ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return s.Tok != token.FALLTHROUGH
	}
	return false
}

// errorType is the predeclared error interface.
var errorType = types.Universe.Lookup("error").Type()

// errCompare returns v when cond is "v op nil" for an error variable v, or
// a disjunction or conjunction with such an operand (err == nil ||
// isPermanent(err), err == nil && resp.OK, err != nil && retryable(err),
// err != nil || resp.StatusCode >= 500): the branches of the loop decide
// whether it is a retry.
func errCompare(info *types.Info, cond ast.Expr, op token.Token) types.Object {
	bin, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return nil
	}
	if bin.Op == token.LOR || bin.Op == token.LAND {
		if v := errCompare(info, bin.X, op); v != nil {
			return v
		}
		return errCompare(info, bin.Y, op)
	}
	if bin.Op != op {
		return nil
	}
	x, y := ast.Unparen(bin.X), ast.Unparen(bin.Y)
	if isNil(info, x) {
		x, y = y, x
	}
	id, ok := x.(*ast.Ident)
	if !ok || !isNil(info, y) {
		return nil
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || !types.Identical(v.Type(), errorType) {
		return nil
	}
	return v
}

// isNil reports whether e is the predeclared nil.
func isNil(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}

// isContextCall reports whether call is a method of context.Context
// (ctx.Err()): checking the context is not an operation to retry.
func isContextCall(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "context"
}

// varyingVars returns the variables that change from one iteration of
// loop to the next: those its init declares, its range key, and those its
// body or post statement assign.
func varyingVars(info *types.Info, loop ast.Stmt) map[types.Object]bool {
	set := make(map[types.Object]bool)
	add := func(e ast.Expr) {
		if id, ok := rootIdent(e); ok {
			if obj := info.ObjectOf(id); obj != nil {
				set[obj] = true
			}
		}
	}
	ast.Inspect(loop, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.RangeStmt:
			if n == loop {
				add(n.Key)
			}
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				add(lhs)
			}
		case *ast.IncDecStmt:
			add(n.X)
		case *ast.CallExpr: // b.next() may change b
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && info.Selections[sel] != nil {
				add(sel.X)
			}
		}
		return true
	})
	return set
}

// rootIdent returns the variable at the root of x, x.f, x.f.g, x[i].
func rootIdent(e ast.Expr) (*ast.Ident, bool) {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return x, true
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil, false
		}
	}
}

// mentions reports whether node uses a variable of set.
func mentions(info *types.Info, node ast.Node, set map[types.Object]bool) bool {
	found := false
	ast.Inspect(node, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && set[info.Uses[id]] {
			found = true
		}
		return !found
	})
	return found
}
