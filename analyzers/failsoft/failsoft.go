package failsoft

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/checkdoc"
	"github.com/fnlint/fnlint/passes/handlers"
)

//go:embed doc.go
var doc string

// Analyzer reports response functions that do not fail soft.
var Analyzer = &analysis.Analyzer{
	Name:     "failsoft",
	Doc:      checkdoc.MustExtract(doc, "failsoft"),
	URL:      "https://github.com/fnlint/fnlint/blob/main/docs/checks/failsoft.md",
	Requires: []*analysis.Analyzer{handlers.Analyzer},
	Run:      run,
}

// Categories of the findings.
const (
	categoryFailure = "failure"
	categoryRecover = "recover"
	categoryPanic   = "panic"
)

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	if res.Package() == nil {
		return nil, nil // the standard library or a dependency: not the user's code
	}
	done := make(map[*ssa.Function]bool)
	for _, h := range res.Handlers() {
		if h.Kind != handlers.Response || h.Fn == nil || done[h.Fn] {
			continue
		}
		done[h.Fn] = true
		rf, ok := newResponseFunc(pass, h.Fn)
		if !ok {
			continue
		}
		rf.checkReturns()
		rf.checkRecovers()
		rf.checkPanics()
	}
	return nil, nil
}

// A responseFunc is a response function being checked.
type responseFunc struct {
	pass *analysis.Pass
	fn   *ssa.Function
	orig *ssa.Parameter // the response it is given
}

// newResponseFunc finds the original response of fn: the last parameter
// whose type is the type of its first result.
func newResponseFunc(pass *analysis.Pass, fn *ssa.Function) (*responseFunc, bool) {
	results := fn.Signature.Results()
	if results.Len() == 0 {
		return nil, false
	}
	for i := len(fn.Params) - 1; i >= 0; i-- {
		if fn.Signature.Recv() != nil && i == 0 {
			break
		}
		if types.Identical(fn.Params[i].Type(), results.At(0).Type()) {
			return &responseFunc{pass: pass, fn: fn, orig: fn.Params[i]}, true
		}
	}
	return nil, false
}

// A failure is the branch a function takes when something failed.
type failure struct {
	block *ssa.BasicBlock // reached only when it failed
	pos   token.Pos       // the check of the failure
	what  string          // "err != nil", "a failed type assertion"
}

// failures returns the failure branches of fn: the non-nil side of a
// comparison of an error with nil, the false side of the ok of a
// comma-ok type assertion, map lookup or receive.
func failures(fn *ssa.Function) []failure {
	var fs []failure
	for _, b := range fn.Blocks {
		ifInstr, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		succ, what := -1, ""
		switch cond := ifInstr.Cond.(type) {
		case *ssa.BinOp:
			if (cond.Op == token.NEQ || cond.Op == token.EQL) && isErrorCheck(cond) {
				succ, what = 0, "an error"
				if cond.Op == token.EQL {
					succ = 1
				}
			}
		case *ssa.Extract:
			if cond.Index == 1 && isCommaOk(cond.Tuple) {
				succ, what = 1, "a failed "+commaOkName(cond.Tuple)
			}
		}
		if succ < 0 {
			continue
		}
		target := b.Succs[succ]
		if len(target.Preds) != 1 {
			continue
		}
		pos := ifInstr.Cond.Pos()
		if !pos.IsValid() {
			pos = ifInstr.Pos()
		}
		fs = append(fs, failure{block: target, pos: pos, what: what})
	}
	return fs
}

// isErrorCheck reports whether cmp compares a value of type error with nil.
func isErrorCheck(cmp *ssa.BinOp) bool {
	x, y := cmp.X, cmp.Y
	if c, ok := x.(*ssa.Const); ok && c.IsNil() {
		x, y = y, x
	}
	c, ok := y.(*ssa.Const)
	return ok && c.IsNil() && types.Identical(x.Type(), types.Universe.Lookup("error").Type())
}

// isCommaOk reports whether v is the tuple of a comma-ok operation.
func isCommaOk(v ssa.Value) bool {
	switch v := v.(type) {
	case *ssa.TypeAssert:
		return v.CommaOk
	case *ssa.Lookup:
		return v.CommaOk
	case *ssa.UnOp:
		return v.CommaOk
	}
	return false
}

func commaOkName(v ssa.Value) string {
	switch v.(type) {
	case *ssa.TypeAssert:
		return "type assertion"
	case *ssa.Lookup:
		return "map lookup"
	}
	return "receive"
}

// checkReturns reports the returns on a failure branch whose response is
// not the original one.
func (rf *responseFunc) checkReturns() {
	fs := failures(rf.fn)
	for _, b := range rf.fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(ret.Results) == 0 || rf.isOrig(ret.Results[0]) {
			continue
		}
		for _, f := range fs {
			if f.block.Dominates(b) {
				rf.reportReturn(ret, f)
				break
			}
		}
	}
}

// isOrig reports whether v is the original response, unchanged.
func (rf *responseFunc) isOrig(v ssa.Value) bool {
	if v == rf.orig {
		return true
	}
	// A parameter a closure captures lives in a variable.
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	alloc, ok := load.X.(*ssa.Alloc)
	return ok && rf.holdsOrig(alloc)
}

// holdsOrig reports whether alloc is a variable that only ever holds the
// original response, as a parameter captured by a closure does.
func (rf *responseFunc) holdsOrig(alloc *ssa.Alloc) bool {
	stored := false
	for _, ref := range *alloc.Referrers() {
		if st, ok := ref.(*ssa.Store); ok && st.Addr == alloc {
			if st.Val != rf.orig {
				return false
			}
			stored = true
		}
	}
	return stored
}

// describe names what a response function returns instead of the
// original response.
func describe(v ssa.Value) string {
	switch v := v.(type) {
	case *ssa.Const:
		if v.IsNil() {
			return "nil"
		}
		return "a zero response"
	case *ssa.Alloc, *ssa.MakeInterface:
		return "a new response"
	case *ssa.Call:
		return "a new response"
	}
	return "another response"
}

func (rf *responseFunc) reportReturn(ret *ssa.Return, f failure) {
	name := handlers.FuncName(rf.fn)
	d := analysis.Diagnostic{
		Pos:      ret.Pos(),
		Category: categoryFailure,
		Message: "response function " + name + " returns " + describe(ret.Results[0]) + " after " + f.what +
			"; return the original response " + rf.orig.Name() + " so the request's answer is kept",
		Related: []analysis.RelatedInformation{{Pos: f.pos, Message: "failure checked here"}},
	}
	if fix, ok := rf.returnFix(ret); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	rf.pass.Report(d)
}

// returnFix replaces the response a return statement gives with the
// original one, when the parameter still holds it there: it is never
// assigned in the function.
func (rf *responseFunc) returnFix(ret *ssa.Return) (analysis.SuggestedFix, bool) {
	syntax, ok := rf.fn.Syntax().(*ast.FuncDecl)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	param := rf.orig.Object()
	var stmt *ast.ReturnStmt
	assigned := false
	ast.Inspect(syntax.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ReturnStmt:
			if n.Return == ret.Pos() {
				stmt = n
			}
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if id, ok := lhs.(*ast.Ident); ok && rf.pass.TypesInfo.ObjectOf(id) == param {
					assigned = true
				}
			}
		case *ast.UnaryExpr:
			if id, ok := n.X.(*ast.Ident); ok && n.Op == token.AND && rf.pass.TypesInfo.ObjectOf(id) == param {
				assigned = true
			}
		}
		return true
	})
	if stmt == nil || assigned || len(stmt.Results) == 0 || len(stmt.Results) != rf.fn.Signature.Results().Len() {
		return analysis.SuggestedFix{}, false
	}
	first := stmt.Results[0]
	return analysis.SuggestedFix{
		Message:   "Return the original response " + param.Name(),
		TextEdits: []analysis.TextEdit{{Pos: first.Pos(), End: first.End(), NewText: []byte(param.Name())}},
	}, true
}
