package jwtverify

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// expiry reports a golang-jwt v5 parse or parser that accepts tokens with
// no exp claim, with a fix adding jwt.WithExpirationRequired().
func (c *checker) expiry(ac apiCall) {
	var opts ssa.Value
	args := ac.call.Common().Args
	switch ac.api.op {
	case opParse:
		opts = args[2]
	case opParseWithClaims:
		opts = args[3]
	case opNewParser:
		if c.onlyUnverified(ac.call) {
			return
		}
		opts = args[0]
	default:
		return
	}
	has, ok := c.hasOption(opts, opWithExpirationRequired)
	if has || !ok {
		return
	}
	d := analysis.Diagnostic{
		Pos:      ac.call.Pos(),
		Category: categoryExpiry,
		Message: callName(ac.call) + " accepts tokens without an exp claim, valid forever; " +
			"pass jwt.WithExpirationRequired()",
	}
	if fix, ok := c.addOption(ac.call); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	c.report(d)
}

// onlyUnverified reports whether the parser a NewParser call makes is
// only used for ParseUnverified, which validates nothing.
func (c *checker) onlyUnverified(call *ssa.Call) bool {
	refs := *call.Referrers()
	if len(refs) == 0 {
		return false
	}
	for _, r := range refs {
		switch use := r.(type) {
		case *ssa.Call:
			if !peeks(use, call) {
				return false
			}
		case *ssa.Store:
			// A parser kept in an unexported package variable, read
			// only to call ParseUnverified on it.
			g, ok := use.Addr.(*ssa.Global)
			if !ok || use.Val != call || g.Object() == nil || g.Object().Exported() || !c.readOnlyToPeek(g) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// readOnlyToPeek reports whether every read of the package variable g is
// the receiver of a ParseUnverified call. SSA does not record the uses of
// globals, so every function of the package is searched.
func (c *checker) readOnlyToPeek(g *ssa.Global) bool {
	var ops []*ssa.Value
	for _, fn := range c.res.Funcs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				ops = instr.Operands(ops[:0])
				uses := false
				for _, op := range ops {
					if op != nil && *op == g {
						uses = true
					}
				}
				if !uses {
					continue
				}
				switch x := instr.(type) {
				case *ssa.Store:
					if x.Addr == g && x.Val != g {
						continue // an assignment: what it stores is checked where it is made
					}
					return false
				case *ssa.UnOp:
					if x.Op != token.MUL {
						return false
					}
					for _, r := range *x.Referrers() {
						if !peeks(r, x) {
							return false
						}
					}
				default:
					return false
				}
			}
		}
	}
	return true
}

// peeks reports whether instr calls ParseUnverified on the parser p.
func peeks(instr ssa.Instruction, p ssa.Value) bool {
	use, ok := instr.(*ssa.Call)
	return ok && apiOf(use.Common()).op == opParseUnverified && use.Common().Args[0] == p
}

// addOption returns a fix that appends jwt.WithExpirationRequired() to
// the arguments of the call at call.Pos(), qualified by the name the file
// imports golang-jwt under.
func (c *checker) addOption(call *ssa.Call) (analysis.SuggestedFix, bool) {
	expr := c.callExpr(call.Pos())
	if expr == nil || expr.Ellipsis.IsValid() {
		return analysis.SuggestedFix{}, false
	}
	sel, ok := ast.Unparen(expr.Fun).(*ast.SelectorExpr)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	if _, isPkg := c.pass.TypesInfo.Uses[id].(*types.PkgName); !isPkg {
		return analysis.SuggestedFix{}, false // a method of a parser: options go to NewParser
	}
	var buf bytes.Buffer
	opt := &ast.CallExpr{Fun: &ast.SelectorExpr{X: ast.NewIdent(id.Name), Sel: ast.NewIdent("WithExpirationRequired")}}
	if err := format.Node(&buf, token.NewFileSet(), opt); err != nil {
		return analysis.SuggestedFix{}, false
	}
	text := buf.String()
	pos := expr.Rparen
	if n := len(expr.Args); n > 0 {
		pos = expr.Args[n-1].End()
		text = ", " + text
	}
	return analysis.SuggestedFix{
		Message:   "Add " + id.Name + ".WithExpirationRequired()",
		TextEdits: []analysis.TextEdit{{Pos: pos, End: pos, NewText: []byte(text)}},
	}, true
}

// callExpr returns the call expression whose opening parenthesis is at
// lparen.
func (c *checker) callExpr(lparen token.Pos) *ast.CallExpr {
	for _, f := range c.pass.Files {
		if lparen < f.FileStart || lparen > f.FileEnd {
			continue
		}
		var found *ast.CallExpr
		ast.Inspect(f, func(n ast.Node) bool {
			if found != nil || n == nil || lparen < n.Pos() || lparen >= n.End() {
				return false
			}
			if call, ok := n.(*ast.CallExpr); ok && call.Lparen == lparen {
				found = call
			}
			return true
		})
		return found
	}
	return nil
}
