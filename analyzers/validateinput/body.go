package validateinput

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/typesx"
	"github.com/fnlint/fnlint/passes/handlers"
)

// bodyReaders read a whole reader: given r.Body, they read as much as the
// client sends.
var bodyReaders = map[string]string{
	"io.ReadAll":               "io.ReadAll",
	"io/ioutil.ReadAll":        "ioutil.ReadAll",
	"encoding/json.NewDecoder": "json.NewDecoder",
	"encoding/xml.NewDecoder":  "xml.NewDecoder",
}

// bodyLimits reports request bodies of net/http and Cloud Functions
// handlers read whole with no http.MaxBytesReader before. Lambda events
// are capped by the service (6 MB) and are not reported.
func (r *reporter) bodyLimits(st *state) {
	h := r.c.res.Root(st.fn)
	if h == nil || (h.Platform != handlers.HTTP && h.Platform != handlers.CloudFunctions) || r.c.limitsElsewhere() {
		return
	}
	for _, b := range st.fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok {
				continue
			}
			what, ok := bodyReaders[calleeName(&call.Call)]
			if !ok || len(call.Call.Args) == 0 {
				continue
			}
			req, ok := requestBody(call.Call.Args[0])
			if !ok || limited(st.fn, req, call) || r.limitedByCaller(st.fn, req) {
				continue
			}
			pos, end := r.callRange(call.Pos())
			diag := analysis.Diagnostic{
				Pos: pos, End: end, Category: categoryBodyLimit,
				Message: what + " reads the request body with no size limit; wrap r.Body with http.MaxBytesReader first",
			}
			if fix, ok := r.limitFix(st.fn, req, pos); ok {
				diag.SuggestedFixes = []analysis.SuggestedFix{fix}
			}
			r.c.pass.Report(diag)
		}
	}
}

// requestBody returns the request whose Body v is.
func requestBody(v ssa.Value) (ssa.Value, bool) {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
			continue
		case *ssa.ChangeInterface:
			v = x.X
			continue
		}
		break
	}
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil, false
	}
	fa, ok := load.X.(*ssa.FieldAddr)
	if !ok || !isNamedPtr(fa.X.Type(), httpPath, "Request") || fieldName(fa.X.Type(), fa.Field) != "Body" {
		return nil, false
	}
	return fa.X, true
}

// limited reports whether fn stores a http.MaxBytesReader into the Body of
// req before call.
func limited(fn *ssa.Function, req ssa.Value, call ssa.Instruction) bool {
	for _, b := range fn.Blocks {
		for i, instr := range b.Instrs {
			if !isLimitStore(instr, req) {
				continue
			}
			if b == call.Block() {
				for _, later := range b.Instrs[i+1:] {
					if later == call {
						return true
					}
				}
			} else if b.Dominates(call.Block()) {
				return true
			}
		}
	}
	return false
}

// isLimitStore reports whether instr is req.Body = http.MaxBytesReader(...),
// for req or, when req is nil, any request.
func isLimitStore(instr ssa.Instruction, req ssa.Value) bool {
	st, ok := instr.(*ssa.Store)
	if !ok {
		return false
	}
	fa, ok := st.Addr.(*ssa.FieldAddr)
	if !ok || !isNamedPtr(fa.X.Type(), httpPath, "Request") || fieldName(fa.X.Type(), fa.Field) != "Body" {
		return false
	}
	if req != nil && fa.X != req {
		return false
	}
	v := st.Val
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	if ci, ok := v.(*ssa.ChangeInterface); ok {
		v = ci.X
	}
	call, ok := v.(*ssa.Call)
	return ok && calleeName(&call.Call) == "net/http.MaxBytesReader"
}

// limitedByCaller reports whether a function on the path from the handler
// to fn, which reads the body of its parameter req, limits request bodies.
func (r *reporter) limitedByCaller(fn *ssa.Function, req ssa.Value) bool {
	if _, isParam := req.(*ssa.Parameter); !isParam || r.c.res.Handler(fn) != nil {
		return false
	}
	for _, step := range r.c.res.Path(fn) {
		if step.Fn != fn && storesLimit(step.Fn) {
			return true
		}
	}
	return false
}

// storesLimit reports whether fn stores a http.MaxBytesReader into the
// Body of a request.
func storesLimit(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if isLimitStore(instr, nil) {
				return true
			}
		}
	}
	return false
}

// limitsElsewhere reports whether the package limits bodies for its
// handlers: it calls http.MaxBytesHandler, or a function that is no
// handler (a middleware) stores a http.MaxBytesReader into a request.
func (c *checker) limitsElsewhere() bool {
	if c.limits != nil {
		return *c.limits
	}
	found := false
	for _, fn := range c.res.Funcs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(ssa.CallInstruction); ok && calleeName(call.Common()) == "net/http.MaxBytesHandler" {
					found = true
				}
			}
		}
		if c.res.Handler(fn) == nil && storesLimit(fn) {
			found = true
		}
	}
	c.limits = &found
	return found
}

// limitFix inserts r.Body = http.MaxBytesReader(w, r.Body, max) before the
// statement that reads the body, in a handler whose parameters are named.
func (r *reporter) limitFix(fn *ssa.Function, req ssa.Value, pos token.Pos) (analysis.SuggestedFix, bool) {
	if r.c.res.Handler(fn) == nil || len(fn.Params) != 2 || fn.Params[1] != req {
		return analysis.SuggestedFix{}, false
	}
	w, rq := fn.Params[0].Name(), fn.Params[1].Name()
	if !typesx.IsNamed(fn.Params[0].Type(), httpPath, "ResponseWriter") || w == "_" || rq == "_" || strings.HasPrefix(w, "$") {
		return analysis.SuggestedFix{}, false
	}
	file := r.files[r.c.pass.Fset.File(pos)]
	if file == nil {
		return analysis.SuggestedFix{}, false
	}
	httpName := importName(file, httpPath)
	if httpName == "" {
		return analysis.SuggestedFix{}, false
	}
	path, _ := astutil.PathEnclosingInterval(file, pos, pos)
	var stmt ast.Stmt
	for i, n := range path {
		s, ok := n.(ast.Stmt)
		if !ok || i+1 >= len(path) {
			continue
		}
		if _, inBlock := path[i+1].(*ast.BlockStmt); inBlock {
			stmt = s
			break
		}
		if _, inCase := path[i+1].(*ast.CaseClause); inCase {
			stmt = s
			break
		}
	}
	if stmt == nil {
		return analysis.SuggestedFix{}, false
	}
	col := r.c.pass.Fset.Position(stmt.Pos()).Column
	text := rq + ".Body = " + httpName + ".MaxBytesReader(" + w + ", " + rq + ".Body, " + maxBodyBytes + ")\n" +
		strings.Repeat("\t", col-1)
	return analysis.SuggestedFix{
		Message:   "Limit the request body to " + maxBodyBytes + " bytes",
		TextEdits: []analysis.TextEdit{{Pos: stmt.Pos(), End: stmt.Pos(), NewText: []byte(text)}},
	}, true
}

// importName returns the name under which file imports path, or "".
func importName(file *ast.File, path string) string {
	for _, spec := range file.Imports {
		if p, err := strconv.Unquote(spec.Path.Value); err == nil && p == path {
			if spec.Name != nil {
				if spec.Name.Name == "_" || spec.Name.Name == "." {
					return ""
				}
				return spec.Name.Name
			}
			return path[strings.LastIndex(path, "/")+1:]
		}
	}
	return ""
}
