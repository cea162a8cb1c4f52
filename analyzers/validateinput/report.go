package validateinput

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/passes/handlers"

	"github.com/fnlint/fnlint/internal/typesx"
)

// reporter turns the analysis of functions into diagnostics.
type reporter struct {
	c     *checker
	calls map[token.Pos]*ast.CallExpr // by Lparen, the position SSA gives calls
	exprs map[token.Pos]ast.Expr      // values stored at a position: composite literal fields, assignments
	files map[*token.File]*ast.File
	seen  map[token.Pos]bool
}

func newReporter(c *checker) *reporter {
	r := &reporter{
		c:     c,
		calls: make(map[token.Pos]*ast.CallExpr),
		exprs: make(map[token.Pos]ast.Expr),
		files: make(map[*token.File]*ast.File),
		seen:  make(map[token.Pos]bool),
	}
	for _, f := range c.pass.Files {
		r.files[c.pass.Fset.File(f.Pos())] = f
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				r.calls[n.Lparen] = n
			case *ast.KeyValueExpr:
				r.exprs[n.Colon] = n.Value
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i, lhs := range n.Lhs {
						if sel, ok := lhs.(*ast.SelectorExpr); ok {
							r.exprs[sel.Sel.Pos()] = n.Rhs[i]
						}
					}
				}
			}
			return true
		})
	}
	return r
}

// node returns the syntax of a call for the range of a diagnostic.
func (r *reporter) callRange(pos token.Pos) (token.Pos, token.Pos) {
	if call := r.calls[pos]; call != nil {
		return call.Pos(), call.End()
	}
	return pos, token.NoPos
}

// inTask reports whether fn runs for a task handler (SQS, SNS,
// EventBridge...), which has no client to answer 400 to: the remedy is to
// reject the record.
func (r *reporter) inTask(fn *ssa.Function) bool {
	h := r.c.res.Root(fn)
	return h != nil && h.Kind == handlers.Task
}

// unvalidated reports the request input of a function that reaches a sink
// with no validation on the way.
func (r *reporter) unvalidated(st *state) {
	for _, u := range st.sinks() {
		if !u.o.isInput() {
			continue
		}
		via := ""
		if len(u.calls) > 0 {
			via = " (" + strings.Join(u.calls, " → ") + ")"
		}
		answer := "answer 400"
		if r.inTask(st.fn) {
			answer = "reject the record"
		}
		remedy := "check it and " + answer + " first"
		if m := r.c.validateMethodOf(u.o.typ); m != "" {
			remedy = "call its " + m + " method and " + answer + " first"
		}
		pos, end := r.callRange(u.instr.Pos())
		if !pos.IsValid() {
			continue
		}
		related := []analysis.RelatedInformation{{Pos: u.o.pos, Message: "input read here"}}
		if h := r.c.res.Root(st.fn); h != nil && h.Pos.IsValid() {
			related = append(related, analysis.RelatedInformation{Pos: h.Pos, Message: "handler " + h.Name()})
		}
		r.c.pass.Report(analysis.Diagnostic{
			Pos: pos, End: end, Category: categoryUnvalidated,
			Message: fmt.Sprintf("%s reaches %s unvalidated%s; %s", u.o.name, u.what, via, remedy),
			Related: related,
		})
	}
}

// decodeErrors reports decodes of request input whose error is ignored or
// answered with a 5xx status.
func (r *reporter) decodeErrors(st *state) {
	for _, d := range st.decodes {
		if !d.input {
			continue
		}
		errv, ok := errorResult(d.call)
		if !ok {
			continue
		}
		pos, end := r.callRange(d.call.Pos())
		if errv == nil || !hasUses(errv) {
			msg := "error of " + d.what + " ignored; answer 400 when the request does not decode"
			if r.inTask(st.fn) {
				msg = "error of " + d.what + " ignored; reject the record when it does not decode"
			}
			r.c.pass.Report(analysis.Diagnostic{
				Pos: pos, End: end, Category: categoryDecodeError,
				Message: msg,
			})
			continue
		}
		for _, b := range errorBranches(errv) {
			for _, site := range r.statuses5xx(b) {
				r.report5xx(d, site)
			}
		}
	}
}

// errorResult returns the error result of a call, nil when it is not used
// at all, and false when the call returns no error.
func errorResult(call ssa.CallInstruction) (ssa.Value, bool) {
	v := call.Value()
	if v == nil {
		return nil, false
	}
	res := call.Common().Signature().Results()
	if res.Len() == 0 || !typesx.IsError(res.At(res.Len()-1).Type()) {
		return nil, false
	}
	if res.Len() == 1 {
		return v, true
	}
	for _, ref := range *v.Referrers() {
		if x, ok := ref.(*ssa.Extract); ok && x.Index == res.Len()-1 {
			return x, true
		}
	}
	return nil, true
}

// hasUses reports whether v is used by an instruction other than a debug
// reference.
func hasUses(v ssa.Value) bool {
	for _, ref := range *v.Referrers() {
		if _, ok := ref.(*ssa.DebugRef); !ok {
			return true
		}
	}
	return false
}

// errorBranches returns the blocks that run when err is not nil: the
// branch of every if err != nil (or err == nil) on it.
func errorBranches(err ssa.Value) []*ssa.BasicBlock {
	var blocks []*ssa.BasicBlock
	for _, ref := range *err.Referrers() {
		cmp, ok := ref.(*ssa.BinOp)
		if !ok || (cmp.Op != token.NEQ && cmp.Op != token.EQL) {
			continue
		}
		if k, ok := cmp.Y.(*ssa.Const); !ok || !k.IsNil() {
			continue
		}
		for _, use := range *cmp.Referrers() {
			iff, ok := use.(*ssa.If)
			if !ok {
				continue
			}
			succ := iff.Block().Succs[0]
			if cmp.Op == token.EQL {
				succ = iff.Block().Succs[1]
			}
			blocks = append(blocks, succ)
		}
	}
	return blocks
}

// A statusSite is a 5xx status written in an error branch.
type statusSite struct {
	pos    token.Pos // the position of the call or store
	code   int64
	expr   ast.Expr // the status expression, when found
	answer string   // how it is answered, for messages
}

// statuses5xx returns the 5xx statuses answered in the blocks dominated by
// b: http.Error, WriteHeader, fn.JSON and fn.Text, and the StatusCode of
// an aws-lambda-go response or the Status of an fn.Error or fn.Response.
func (r *reporter) statuses5xx(b *ssa.BasicBlock) []statusSite {
	var sites []statusSite
	var walk func(b *ssa.BasicBlock)
	walk = func(b *ssa.BasicBlock) {
		for _, instr := range b.Instrs {
			if site, ok := r.status(instr); ok && site.code >= 500 && site.code <= 599 {
				sites = append(sites, site)
			}
		}
		for _, d := range b.Dominees() {
			walk(d)
		}
	}
	walk(b)
	return sites
}

// status returns the status an instruction answers, if it answers one.
func (r *reporter) status(instr ssa.Instruction) (statusSite, bool) {
	switch x := instr.(type) {
	case ssa.CallInstruction:
		common := x.Common()
		arg := -1
		switch calleeName(common) {
		case "net/http.Error":
			arg = 2
		case "(net/http.ResponseWriter).WriteHeader", runtimePath + ".JSON", runtimePath + ".Text":
			arg = 0
		}
		if arg < 0 || arg >= len(common.Args) {
			return statusSite{}, false
		}
		code, ok := intConst(common.Args[arg])
		site := statusSite{pos: common.Pos(), code: code, answer: "answered with " + fmt.Sprint(code)}
		if call := r.calls[common.Pos()]; call != nil && arg < len(call.Args) {
			site.pos = call.Pos()
			site.expr = call.Args[arg]
		}
		return site, ok
	case *ssa.Store:
		fa, ok := x.Addr.(*ssa.FieldAddr)
		if !ok || !isStatusField(fa) {
			return statusSite{}, false
		}
		code, ok := intConst(x.Val)
		return statusSite{pos: x.Pos(), code: code, expr: r.exprs[x.Pos()], answer: "answered with " + fmt.Sprint(code)}, ok
	}
	return statusSite{}, false
}

// isStatusField reports whether fa addresses the status of a response:
// StatusCode of an aws-lambda-go response, Status of fn.Error or
// fn.Response.
func isStatusField(fa *ssa.FieldAddr) bool {
	n := namedStruct(fa.X.Type())
	if n == nil {
		return false
	}
	name := fieldName(fa.X.Type(), fa.Field)
	switch pkgPath(n) {
	case eventsPath:
		return name == "StatusCode" && strings.HasSuffix(n.Obj().Name(), "Response")
	case runtimePath:
		return name == "Status" && (n.Obj().Name() == "Error" || n.Obj().Name() == "Response")
	}
	return false
}

// intConst returns the value of an integer constant.
func intConst(v ssa.Value) (int64, bool) {
	k, ok := v.(*ssa.Const)
	if !ok || k.Value == nil {
		return 0, false
	}
	return constant.Int64Val(constant.ToInt(k.Value))
}

// report5xx reports a decode error answered with a 5xx status, with a fix
// to 400 when the status is a literal or a net/http constant.
func (r *reporter) report5xx(d *decodeSite, site statusSite) {
	if r.seen[site.pos] {
		return
	}
	r.seen[site.pos] = true
	diag := analysis.Diagnostic{
		Pos: site.pos, Category: categoryDecode5xx,
		Message: fmt.Sprintf("error of %s %s; a request that does not decode is a client error: answer 400", d.what, site.answer),
		Related: []analysis.RelatedInformation{{Pos: d.call.Pos(), Message: "decoded here"}},
	}
	if text, ok := r.badRequest(site.expr); ok {
		diag.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "Answer 400 Bad Request",
			TextEdits: []analysis.TextEdit{{Pos: site.expr.Pos(), End: site.expr.End(), NewText: []byte(text)}},
		}}
	}
	r.c.pass.Report(diag)
}

// badRequest returns the text that replaces a 5xx status expression: 400
// for a literal, http.StatusBadRequest for a net/http constant.
func (r *reporter) badRequest(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind == token.INT {
			return "400", true
		}
	case *ast.SelectorExpr:
		id, ok := e.X.(*ast.Ident)
		if !ok {
			return "", false
		}
		pkg, ok := r.c.pass.TypesInfo.Uses[id].(*types.PkgName)
		if ok && pkg.Imported().Path() == httpPath && strings.HasPrefix(e.Sel.Name, "Status") {
			return id.Name + ".StatusBadRequest", true
		}
	}
	return "", false
}
