package sqlparam

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/printer"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/ssa"
)

// callExpr returns the call expression whose opening parenthesis is at
// lparen (the position of an SSA call), or nil.
func (c *checker) callExpr(lparen token.Pos) *ast.CallExpr {
	for _, file := range c.pass.Files {
		if file.FileStart > lparen || lparen > file.FileEnd {
			continue
		}
		path, _ := astutil.PathEnclosingInterval(file, lparen, lparen)
		for _, n := range path {
			if call, ok := n.(*ast.CallExpr); ok && call.Lparen == lparen {
				return call
			}
		}
	}
	return nil
}

// setRange sets the range of a diagnostic to the query argument.
func (c *checker) setRange(diag *analysis.Diagnostic, f finding) {
	call := c.callExpr(f.call.Pos())
	if call == nil || f.astArg < 0 || f.astArg >= len(call.Args) {
		return
	}
	diag.Pos, diag.End = call.Args[f.astArg].Pos(), call.Args[f.astArg].End()
}

// suggestFix adds the suggested fix of a finding when it is mechanical: the
// query is a fmt.Sprintf, in place or in a variable used once, whose
// non-constant operands all stand for values compared in a WHERE clause,
// and the sink call has no query arguments yet.
func (c *checker) suggestFix(diag *analysis.Diagnostic, f finding) {
	if f.use.sink.clause || len(f.use.via) > 0 {
		return
	}
	st := f.use.sink.style
	if st == unknownStyle {
		st = c.driverStyle()
	}
	if st == unknownStyle {
		return
	}
	sprintf, ok := f.arg.(*ssa.Call)
	if !ok || calleeFullName(c, sprintf.Common()) != "fmt.Sprintf" || !usedOnce(sprintf) {
		return
	}
	sinkCall := c.callExpr(f.call.Pos())
	fmtCall := c.callExpr(sprintf.Pos())
	if sinkCall == nil || fmtCall == nil || sinkCall.Ellipsis.IsValid() || len(fmtCall.Args) < 2 || fmtCall.Ellipsis.IsValid() {
		return
	}
	sig := f.call.Common().Signature()
	if sig.Variadic() && len(sinkCall.Args) != sig.Params().Len()-1 {
		return // arguments already passed: numbering them is not mechanical
	}
	inline := f.astArg >= 0 && f.astArg < len(sinkCall.Args) && astutil.Unparen(sinkCall.Args[f.astArg]) == fmtCall
	lit, ok := fmtCall.Args[0].(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return
	}
	format, err := strconv.Unquote(lit.Value)
	if err != nil || strings.ContainsAny(format, "$?@`") {
		return
	}
	ops, ok := varargs(sprintf.Common().Args[1])
	if !ok || len(ops) != len(fmtCall.Args)-1 {
		return
	}
	bad := make([]bool, len(ops))
	for i, op := range ops {
		t := f.eval.value(op)
		bad[i] = t.bad || t.params != 0
		if bad[i] {
			if _, ok := astutil.Unparen(fmtCall.Args[i+1]).(*ast.Ident); !ok && !inline {
				return // moving an expression past other statements may change it
			}
		}
	}
	newFormat, moved, ok := rewriteFormat(format, bad, st)
	if !ok {
		return
	}
	var keep, pass []string
	for i, arg := range fmtCall.Args[1:] {
		if moved[i] {
			pass = append(pass, c.source(arg))
		} else {
			keep = append(keep, c.source(arg))
		}
	}
	newCall := strconv.Quote(newFormat)
	if len(keep) > 0 {
		newCall = c.source(fmtCall.Fun) + "(" + strings.Join(append([]string{newCall}, keep...), ", ") + ")"
	} else {
		newCall = strconv.Quote(strings.ReplaceAll(newFormat, "%%", "%"))
	}
	edits := []analysis.TextEdit{
		{Pos: fmtCall.Pos(), End: fmtCall.End(), NewText: []byte(newCall)},
		{Pos: sinkCall.Rparen, End: sinkCall.Rparen, NewText: []byte(", " + strings.Join(pass, ", "))},
	}
	if len(keep) == 0 {
		edits = append(edits, c.dropImport(fmtCall)...)
	}
	diag.SuggestedFixes = []analysis.SuggestedFix{{Message: "Pass the values as query arguments", TextEdits: edits}}
}

// dropImport returns the edit that deletes the import of the package of
// call's function when call is its last use in the file.
func (c *checker) dropImport(call *ast.CallExpr) []analysis.TextEdit {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return nil
	}
	pkgName, ok := c.pass.TypesInfo.Uses[id].(*types.PkgName)
	if !ok {
		return nil
	}
	for _, file := range c.pass.Files {
		if file.FileStart > call.Pos() || call.Pos() > file.FileEnd {
			continue
		}
		uses := 0
		ast.Inspect(file, func(n ast.Node) bool {
			if x, ok := n.(*ast.Ident); ok && c.pass.TypesInfo.Uses[x] == pkgName {
				uses++
			}
			return true
		})
		if uses != 1 {
			return nil
		}
		for _, imp := range file.Imports {
			if c.pass.TypesInfo.PkgNameOf(imp) != pkgName {
				continue
			}
			tf := c.pass.Fset.File(imp.Pos())
			line := tf.Line(imp.Pos())
			start, end := tf.LineStart(line), imp.End()
			if line < tf.LineCount() {
				end = tf.LineStart(line + 1)
			}
			return []analysis.TextEdit{{Pos: start, End: end}}
		}
	}
	return nil
}

// rewriteFormat replaces the verbs of the non-constant operands with
// placeholders; it fails unless each stands for a value compared in a
// WHERE clause.
func rewriteFormat(format string, bad []bool, st style) (string, []bool, bool) {
	var out strings.Builder
	moved := make([]bool, len(bad))
	op, n := 0, 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			out.WriteByte(format[i])
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			out.WriteString("%%")
			i++
			continue
		}
		if i+1 >= len(format) || op >= len(bad) {
			return "", nil, false
		}
		verb := format[i+1]
		if strings.IndexByte("+-# 0123456789.[*", verb) >= 0 {
			return "", nil, false // flags, widths, indexes: not worth the risk
		}
		if !bad[op] {
			out.WriteString(format[i : i+2])
			op++
			i++
			continue
		}
		if verb != 's' && verb != 'v' {
			return "", nil, false
		}
		before := out.String()
		quoted := strings.HasSuffix(before, "'")
		if quoted {
			if i+2 >= len(format) || format[i+2] != '\'' {
				return "", nil, false
			}
			before = strings.TrimSuffix(before, "'")
		}
		if !comparedInWhere(before) {
			return "", nil, false
		}
		n++
		out.Reset()
		out.WriteString(before)
		out.WriteString(placeholder(st, n))
		moved[op] = true
		op++
		i++
		if quoted {
			i++
		}
	}
	return out.String(), moved, op == len(bad)
}

// comparedInWhere reports whether the SQL text before a value ends with a
// comparison operator inside a WHERE clause.
func comparedInWhere(before string) bool {
	upper := strings.ToUpper(before)
	if !strings.Contains(upper, "WHERE ") {
		return false
	}
	t := strings.TrimRight(upper, " ")
	for _, op := range []string{"<>", "!=", "<=", ">=", "=", "<", ">", " LIKE"} {
		if strings.HasSuffix(t, op) {
			return true
		}
	}
	return false
}

// placeholder returns placeholder n of a style.
func placeholder(st style, n int) string {
	switch st {
	case dollar:
		return "$" + strconv.Itoa(n)
	case atP:
		return "@p" + strconv.Itoa(n)
	}
	return "?"
}

// usedOnce reports whether v has one use, not counting debug references.
func usedOnce(v ssa.Value) bool {
	n := 0
	for _, r := range *v.Referrers() {
		if _, ok := r.(*ssa.DebugRef); !ok {
			n++
		}
	}
	return n == 1
}

// calleeFullName returns the full name of the function a call runs, or "".
func calleeFullName(c *checker, common *ssa.CallCommon) string {
	fn := common.StaticCallee()
	if fn == nil || common.IsInvoke() {
		return ""
	}
	if obj := c.res.Object(fn); obj != nil {
		return obj.FullName()
	}
	return fn.String()
}

// source prints an expression.
func (c *checker) source(e ast.Expr) string {
	var buf bytes.Buffer
	if err := printer.Fprint(&buf, c.pass.Fset, e); err != nil {
		return fmt.Sprint(e)
	}
	return buf.String()
}

// driverStyles maps the drivers for database/sql to their placeholder
// styles: by import path (a blank import registers them) and by the name
// given to sql.Open.
var driverStyles = map[string]style{
	"github.com/lib/pq":                dollar,
	"github.com/jackc/pgx/v5/stdlib":   dollar,
	"github.com/jackc/pgx/v4/stdlib":   dollar,
	"github.com/go-sql-driver/mysql":   question,
	"github.com/mattn/go-sqlite3":      question,
	"modernc.org/sqlite":               question,
	"github.com/microsoft/go-mssqldb":  atP,
	"github.com/denisenkom/go-mssqldb": atP,
	"postgres":                         dollar,
	"pgx":                              dollar,
	"pgx/v5":                           dollar,
	"mysql":                            question,
	"sqlite3":                          question,
	"sqlite":                           question,
	"sqlserver":                        atP,
}

// openers are the functions whose first argument names the driver.
var openers = map[string]bool{
	"database/sql.Open":                   true,
	"github.com/jmoiron/sqlx.Open":        true,
	"github.com/jmoiron/sqlx.MustOpen":    true,
	"github.com/jmoiron/sqlx.Connect":     true,
	"github.com/jmoiron/sqlx.MustConnect": true,
}

// driverStyle returns the placeholder style of the one driver the package
// imports or opens by a constant name, or unknownStyle.
func (c *checker) driverStyle() style {
	if c.driver != nil {
		return *c.driver
	}
	found := unknownStyle
	conflict := false
	add := func(s style, ok bool) {
		if !ok {
			return
		}
		if found != unknownStyle && found != s {
			conflict = true
		}
		found = s
	}
	for _, imp := range c.pass.Pkg.Imports() {
		add(driverStyles[imp.Path()], driverStyles[imp.Path()] != unknownStyle)
	}
	for _, fn := range c.res.Funcs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok || !openers[calleeFullName(c, call.Common())] || len(call.Common().Args) == 0 {
					continue
				}
				if name, ok := constString(call.Common().Args[0]); ok {
					s, known := driverStyles[name]
					add(s, known)
				}
			}
		}
	}
	if conflict {
		found = unknownStyle
	}
	c.driver = &found
	return found
}
