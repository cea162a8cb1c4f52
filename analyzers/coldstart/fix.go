package coldstart

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
)

// fixer builds the suggested fixes of one run: each moves a call to a new
// package-level variable. It remembers the names it chose, so that fixes
// applied together do not declare a name twice.
type fixer struct {
	pass  *analysis.Pass
	taken map[string]bool
}

func newFixer(pass *analysis.Pass) *fixer {
	return &fixer{pass: pass, taken: make(map[string]bool)}
}

// suffixes are the names of the calls a fix moves to package level, with
// the suffix of the variable named after the enclosing function.
var suffixes = map[string]string{
	"regexp.MustCompile":      "RE",
	"regexp.MustCompilePOSIX": "RE",
	"regexp.Compile":          "RE",
	"regexp.CompilePOSIX":     "RE",
	"strings.NewReplacer":     "Replacer",
}

// fix sets the range of d to the call at d.Pos and, when the call can be
// moved to a package-level variable, adds the fix that moves it.
func (fx *fixer) fix(d *analysis.Diagnostic, what string) {
	call, path := enclosing(fx.pass.Files, d.Pos)
	if call == nil {
		return
	}
	d.Pos, d.End = call.Pos(), call.End()
	suffix, ok := suffixes[what]
	if !ok || len(path) < 3 || !fx.movable(call, what) {
		return
	}
	tf := fx.pass.Fset.File(call.Pos())
	src, err := fx.pass.ReadFile(tf.Name())
	if err != nil {
		return
	}
	text, ok := callText(src, tf, call, what)
	if !ok {
		return
	}
	top := path[len(path)-2] // the declaration of the file holding the call
	insertAt := top.Pos()
	switch top := top.(type) {
	case *ast.FuncDecl:
		if top.Doc != nil {
			insertAt = top.Doc.Pos()
		}
	case *ast.GenDecl:
		if top.Doc != nil {
			insertAt = top.Doc.Pos()
		}
	}
	edits, name, comment := fx.moveDecl(src, tf, call, path)
	if edits == nil {
		if withError(what) {
			return // the result has an error: only the declaration can move
		}
		name = fx.freeName(lowerFirst(declName(top))+suffix, call.Pos())
		edits = []analysis.TextEdit{{Pos: call.Pos(), End: call.End(), NewText: []byte(name)}}
	}
	fx.taken[name] = true
	decl := "var " + name + " = " + text + comment + "\n\n"
	edits = append([]analysis.TextEdit{{Pos: insertAt, End: insertAt, NewText: []byte(decl)}}, edits...)
	d.SuggestedFixes = []analysis.SuggestedFix{{
		Message:   "Move " + what + " to a package-level variable",
		TextEdits: edits,
	}}
}

// withError reports whether the call named what also returns an error.
func withError(what string) bool {
	return what == "regexp.Compile" || what == "regexp.CompilePOSIX"
}

// movable reports whether the call can run at package initialisation: it
// refers only to package-level names, and a pattern compiles.
func (fx *fixer) movable(call *ast.CallExpr, what string) bool {
	ok := true
	ast.Inspect(call, func(n ast.Node) bool {
		id, isIdent := n.(*ast.Ident)
		if !isIdent || !ok {
			return ok
		}
		obj := fx.pass.TypesInfo.Uses[id]
		if obj == nil {
			return true
		}
		if _, isPkg := obj.(*types.PkgName); isPkg {
			return true
		}
		if p := obj.Parent(); obj.Pkg() == fx.pass.Pkg && p != nil && p != fx.pass.Pkg.Scope() {
			ok = false // a local name
		}
		return true
	})
	if !ok || !strings.HasPrefix(what, "regexp.") || len(call.Args) != 1 {
		return ok
	}
	tv := fx.pass.TypesInfo.Types[call.Args[0]]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return false
	}
	compile := regexp.Compile
	if strings.HasSuffix(what, "POSIX") {
		compile = regexp.CompilePOSIX
	}
	_, err := compile(constant.StringVal(tv.Value))
	return err == nil
}

// callText returns the source of call as it reads at package level: with
// MustCompile for Compile, and its continuation lines indented as at the
// left margin.
func callText(src []byte, tf *token.File, call *ast.CallExpr, what string) (string, bool) {
	start, end := tf.Offset(call.Pos()), tf.Offset(call.End())
	text := string(src[start:end])
	if withError(what) {
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return "", false
		}
		off := tf.Offset(sel.Sel.Pos()) - start
		text = text[:off] + "Must" + text[off:]
	}
	lineStart := tf.Offset(tf.LineStart(tf.Line(call.Pos())))
	indent := src[lineStart:start]
	indent = indent[:len(indent)-len(bytes.TrimLeft(indent, "\t"))]
	lines := strings.Split(text, "\n")
	for i := 1; i < len(lines); i++ {
		if lines[i] == "" {
			continue
		}
		rest, ok := strings.CutPrefix(lines[i], string(indent))
		if !ok {
			return "", false // a raw string spanning lines, or odd formatting
		}
		lines[i] = rest
	}
	return strings.Join(lines, "\n"), true
}

// moveDecl returns the edits that delete the declaration "x := call" (with
// the "if err != nil" that follows "x, err := regexp.Compile(...)"), so
// that x becomes the package-level variable, the name x, and the comment
// that ended the declaration's line (" // ..."), which moves with it; nil
// when the declaration cannot move.
func (fx *fixer) moveDecl(src []byte, tf *token.File, call *ast.CallExpr, path []ast.Node) (edits []analysis.TextEdit, name, comment string) {
	as, ok := path[1].(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE || len(as.Rhs) != 1 || as.Rhs[0] != call {
		return nil, "", ""
	}
	list := stmtList(path[2])
	idx := -1
	for i, s := range list {
		if s == as {
			idx = i
		}
	}
	if idx < 0 {
		return nil, "", ""
	}
	info := fx.pass.TypesInfo
	id, ok := as.Lhs[0].(*ast.Ident)
	if !ok || info.Defs[id] == nil {
		return nil, "", ""
	}
	obj := info.Defs[id]
	body := path[len(path)-2]
	if assigned(info, body, obj) || !fx.free(id.Name, obj.Parent().Parent()) {
		return nil, "", ""
	}
	last := ast.Stmt(as)
	if len(as.Lhs) == 2 {
		errID, ok := as.Lhs[1].(*ast.Ident)
		if !ok {
			return nil, "", ""
		}
		if errID.Name != "_" {
			if info.Defs[errID] == nil || idx+1 >= len(list) || !isErrCheck(info, list[idx+1], info.Defs[errID]) ||
				usedOutside(info, body, info.Defs[errID], list[idx+1]) {
				return nil, "", ""
			}
			last = list[idx+1]
		}
	} else if len(as.Lhs) != 1 {
		return nil, "", ""
	}
	start, end, comment, ok := wholeLines(src, tf, as.Pos(), as.End(), last.End())
	if !ok {
		return nil, "", ""
	}
	return []analysis.TextEdit{{Pos: start, End: end}}, id.Name, comment
}

// stmtList returns the statements of a block, case or select clause.
func stmtList(n ast.Node) []ast.Stmt {
	switch n := n.(type) {
	case *ast.BlockStmt:
		return n.List
	case *ast.CaseClause:
		return n.Body
	case *ast.CommClause:
		return n.Body
	}
	return nil
}

// assigned reports whether obj is assigned, incremented or has its
// address taken anywhere in root after its declaration.
func assigned(info *types.Info, root ast.Node, obj types.Object) bool {
	found := false
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == obj
	}
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				found = found || is(l)
			}
		case *ast.IncDecStmt:
			found = found || is(n.X)
		case *ast.UnaryExpr:
			found = found || (n.Op == token.AND && is(n.X))
		case *ast.RangeStmt:
			found = found || is(n.Key) || (n.Value != nil && is(n.Value))
		}
		return !found
	})
	return found
}

// isErrCheck reports whether s is "if err != nil { ... }" on err alone.
func isErrCheck(info *types.Info, s ast.Stmt, err types.Object) bool {
	ifs, ok := s.(*ast.IfStmt)
	if !ok || ifs.Init != nil || ifs.Else != nil {
		return false
	}
	cmp, ok := ifs.Cond.(*ast.BinaryExpr)
	if !ok || cmp.Op != token.NEQ {
		return false
	}
	id, ok := cmp.X.(*ast.Ident)
	nilID, okNil := cmp.Y.(*ast.Ident)
	return ok && okNil && info.Uses[id] == err && info.Uses[nilID] == types.Universe.Lookup("nil")
}

// usedOutside reports whether obj is used in root outside of inside.
func usedOutside(info *types.Info, root ast.Node, obj types.Object, inside ast.Node) bool {
	used := false
	ast.Inspect(root, func(n ast.Node) bool {
		if n == inside {
			return false
		}
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == obj {
			used = true
		}
		return !used
	})
	return used
}

// wholeLines returns the range of the lines from pos to end, newline
// included, when nothing else is on them but a line comment after the
// first statement (ending at stmtEnd) and the last one, and that comment
// of the first statement, with a leading space.
func wholeLines(src []byte, tf *token.File, pos, stmtEnd, end token.Pos) (start, next token.Pos, comment string, ok bool) {
	start = tf.LineStart(tf.Line(pos))
	if len(bytes.TrimLeft(src[tf.Offset(start):tf.Offset(pos)], " \t")) > 0 {
		return 0, 0, "", false
	}
	comment, ok = lineRest(src, tf.Offset(stmtEnd))
	if !ok {
		return 0, 0, "", false
	}
	off := tf.Offset(end)
	if end != stmtEnd {
		if _, ok := lineRest(src, off); !ok {
			return 0, 0, "", false
		}
	}
	nl := bytes.IndexByte(src[off:], '\n')
	return start, end + token.Pos(nl+1), comment, true
}

// lineRest returns what follows off on its line: nothing, or a line
// comment returned with a leading space; not ok for anything else.
func lineRest(src []byte, off int) (string, bool) {
	nl := bytes.IndexByte(src[off:], '\n')
	if nl < 0 {
		return "", false
	}
	rest := bytes.TrimSpace(src[off : off+nl])
	switch {
	case len(rest) == 0:
		return "", true
	case bytes.HasPrefix(rest, []byte("//")):
		return " " + string(rest), true
	}
	return "", false
}

// free reports whether name can be declared at package level and still
// mean the new variable from scope, the scope of a use: no package-level,
// imported, universe or enclosing local name is spelled so.
func (fx *fixer) free(name string, scope *types.Scope) bool {
	if fx.taken[name] || types.Universe.Lookup(name) != nil || fx.pass.Pkg.Scope().Lookup(name) != nil {
		return false
	}
	for _, f := range fx.pass.Files {
		if s := fx.pass.TypesInfo.Scopes[f]; s != nil && s.Lookup(name) != nil {
			return false
		}
	}
	for s := scope; s != nil && s != fx.pass.Pkg.Scope(); s = s.Parent() {
		if s.Lookup(name) != nil {
			return false
		}
	}
	return true
}

// freeName returns base, or base followed by a number, whichever is free
// at pos.
func (fx *fixer) freeName(base string, pos token.Pos) string {
	scope := fx.pass.Pkg.Scope().Innermost(pos)
	name := base
	for i := 2; !fx.free(name, scope); i++ {
		name = fmt.Sprintf("%s%d", base, i)
	}
	return name
}

// declName names a top-level declaration for the variable moved out of it:
// the function or method name, the first variable of a var declaration.
func declName(decl ast.Node) string {
	switch decl := decl.(type) {
	case *ast.FuncDecl:
		return decl.Name.Name
	case *ast.GenDecl:
		for _, spec := range decl.Specs {
			if vs, ok := spec.(*ast.ValueSpec); ok && len(vs.Names) > 0 {
				return vs.Names[0].Name
			}
		}
	}
	return "handler"
}

// lowerFirst returns s with its first letter in lower case, so that the
// new variable is unexported: "Handle" → "handle", "URLPath" → "uRLPath"
// is avoided by lowering the leading upper-case run: "urlPath".
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return s
	}
	i := n
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsUpper(r) {
			break
		}
		i += size
	}
	if i > n && i < len(s) {
		i -= utf8.RuneLen(rune(s[i-1])) // keep the first letter of the next word: "URLPath" → "urlPath"
	}
	return strings.ToLower(s[:i]) + s[i:]
}
