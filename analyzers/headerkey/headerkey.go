package headerkey

import (
	_ "embed"
	"go/ast"
	"go/constant"
	"go/printer"
	"go/token"
	"go/types"
	"net/textproto"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/checkdoc"
	"github.com/fnlint/fnlint/passes/handlers"
)

//go:embed doc.go
var doc string

// Analyzer reports case-sensitive lookups in header maps.
var Analyzer = &analysis.Analyzer{
	Name:     "headerkey",
	Doc:      checkdoc.MustExtract(doc, "headerkey"),
	URL:      "https://github.com/fnlint/fnlint/blob/main/docs/checks/headerkey.md",
	Requires: []*analysis.Analyzer{handlers.Analyzer},
	Run:      run,
}

// Categories of the findings.
const (
	// CategoryLowercase is a lookup in the headers of an event whose keys
	// are always lower case, with a key that is not: it never matches.
	CategoryLowercase = "lowercase"
	// CategoryCasing is a lookup in the headers of an event that keeps the
	// client's casing: any fixed casing misses some clients.
	CategoryCasing = "casing"
	// CategoryNonCanonical is a non-canonical key indexed directly into an
	// http.Header or textproto.MIMEHeader.
	CategoryNonCanonical = "noncanonical"
)

// eventsPath is the import path of the aws-lambda-go event types.
const eventsPath = "github.com/aws/aws-lambda-go/events"

// An eventHeaders describes the header maps of an event type.
type eventHeaders struct {
	source    string // what delivers the event, for messages: "ALB", "Function URLs deliver"
	lowercase bool   // keys are always lower case
}

// headerEvents lists the request events whose header maps the check knows,
// by type name in package events. Their Headers and MultiValueHeaders
// fields are checked.
var headerEvents = map[string]eventHeaders{
	"APIGatewayV2HTTPRequest":                      {"API Gateway v2 delivers", true},
	"APIGatewayV2CustomAuthorizerV2Request":        {"API Gateway v2 delivers", true},
	"LambdaFunctionURLRequest":                     {"Function URLs deliver", true},
	"APIGatewayProxyRequest":                       {"API Gateway v1", false},
	"APIGatewayCustomAuthorizerRequestTypeRequest": {"API Gateway v1", false},
	"ALBTargetGroupRequest":                        {"ALB delivers", true},
}

// A site is the syntax of a map index: the expression and its parent.
type site struct {
	expr   *ast.IndexExpr
	parent ast.Node
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	if res.Package() == nil {
		return nil, nil // the standard library or a dependency: not the user's code
	}
	if !imports(pass.Pkg, "net/http", "net/textproto", eventsPath) {
		return nil, nil
	}
	sites := indexSites(pass.Files)
	for _, fn := range res.Funcs() {
		mixed := make(map[string]*casingLookup)
		var order []*casingLookup
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case *ssa.Lookup:
					if _, isMap := instr.X.Type().Underlying().(*types.Map); isMap {
						l := checkIndex(pass, sites, instr.X, instr.Index, instr.Pos(), false, instr.CommaOk)
						if l == nil {
							continue
						}
						id := l.field + "\x00" + strings.ToLower(l.key)
						if prev := mixed[id]; prev != nil {
							prev.spellings[l.key] = true
						} else {
							mixed[id] = l
							order = append(order, l)
						}
					}
				case *ssa.MapUpdate:
					checkIndex(pass, sites, instr.Map, instr.Key, instr.Pos(), true, false)
				case *ssa.Call:
					checkDelete(pass, instr)
				}
			}
		}
		for _, l := range order {
			reportCasing(pass, l)
		}
	}
	return nil, nil
}

// A casingLookup is the first lookup of a key in a header map that keeps
// the client's casing, in one function, with every spelling of the key the
// function looks up.
type casingLookup struct {
	site      site
	source    string
	field     string
	key       string
	spellings map[string]bool
}

// reportCasing reports a lookup in a map that keeps the client's casing,
// unless the function also looks the key up in its canonical and its
// lower-case spellings, which cover HTTP/1.1 and HTTP/2 clients.
func reportCasing(pass *analysis.Pass, l *casingLookup) {
	if l.spellings[textproto.CanonicalMIMEHeaderKey(l.key)] && l.spellings[strings.ToLower(l.key)] {
		return
	}
	pass.Report(analysis.Diagnostic{
		Pos:      l.site.expr.Pos(),
		End:      l.site.expr.End(),
		Category: CategoryCasing,
		Message:  l.field + "[" + strconv.Quote(l.key) + "] misses clients that send another casing (" + l.source + " keeps it); compare keys with strings.EqualFold",
	})
}

// imports reports whether pkg imports one of paths, directly.
func imports(pkg *types.Package, paths ...string) bool {
	for _, imp := range pkg.Imports() {
		for _, p := range paths {
			if imp.Path() == p {
				return true
			}
		}
	}
	return false
}

// indexSites maps the Lbrack of every index expression of files to its
// syntax. A walk of the files, not inspect.Analyzer: the inspector would
// be built for every package, most of which return above.
func indexSites(files []*ast.File) map[token.Pos]site {
	sites := make(map[token.Pos]site)
	for _, f := range files {
		ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
			if ix, ok := n.(*ast.IndexExpr); ok {
				sites[ix.Lbrack] = site{ix, stack[len(stack)-1]}
			}
			return true
		})
	}
	return sites
}

// constKey returns the value of a constant string key.
func constKey(v ssa.Value) (string, bool) {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(c.Value), true
}

// checkIndex reports a constant key indexed into a header map: m[key] read
// (commaOk for v, ok := m[key]), or written when write is set. It returns,
// rather than reports, a lookup in a map that keeps the client's casing.
func checkIndex(pass *analysis.Pass, sites map[token.Pos]site, m, key ssa.Value, pos token.Pos, write, commaOk bool) *casingLookup {
	k, ok := constKey(key)
	if !ok || !pos.IsValid() {
		return nil
	}
	s, ok := sites[pos]
	if !ok {
		return nil // an index the source does not spell: a range, a composite literal
	}
	if isHeaderType(m.Type()) {
		if canon := textproto.CanonicalMIMEHeaderKey(k); canon != k {
			reportNonCanonical(pass, s, k, canon, write, commaOk)
		}
		return nil
	}
	if write {
		return nil // what the code puts in an event is what it reads back
	}
	ev, field, ok := eventField(m)
	if !ok {
		return nil
	}
	info := headerEvents[ev]
	expr := field + "[" + strconv.Quote(k) + "]"
	if info.lowercase {
		lower := strings.ToLower(k)
		if lower == k {
			return nil
		}
		d := analysis.Diagnostic{
			Pos:      s.expr.Pos(),
			End:      s.expr.End(),
			Category: CategoryLowercase,
			Message:  expr + " never matches: " + info.source + " lower-case header keys; use " + strconv.Quote(lower),
		}
		if lit, ok := s.expr.Index.(*ast.BasicLit); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   "Lower-case the header key",
				TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(strconv.Quote(lower))}},
			}}
		}
		pass.Report(d)
		return nil
	}
	return &casingLookup{site: s, source: info.source, field: field, key: k, spellings: map[string]bool{k: true}}
}

// isHeaderType reports whether t is net/http.Header or
// net/textproto.MIMEHeader, whose keys are canonical.
func isHeaderType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	switch n.Obj().Pkg().Path() + "." + n.Obj().Name() {
	case "net/http.Header", "net/textproto.MIMEHeader":
		return true
	}
	return false
}

// eventField reports whether m is the Headers or MultiValueHeaders field
// of a request event the check knows, and returns the event type's name
// and the field's.
func eventField(m ssa.Value) (event, field string, ok bool) {
	var owner types.Type
	var index int
	switch v := m.(type) {
	case *ssa.Field:
		owner, index = v.X.Type(), v.Field
	case *ssa.UnOp:
		fa, isAddr := v.X.(*ssa.FieldAddr)
		if v.Op != token.MUL || !isAddr {
			return "", "", false
		}
		owner, index = fa.X.Type().Underlying().(*types.Pointer).Elem(), fa.Field
	default:
		return "", "", false
	}
	n, isNamed := types.Unalias(owner).(*types.Named)
	if !isNamed || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != eventsPath {
		return "", "", false
	}
	if _, known := headerEvents[n.Obj().Name()]; !known {
		return "", "", false
	}
	f := n.Underlying().(*types.Struct).Field(index)
	if f.Name() != "Headers" && f.Name() != "MultiValueHeaders" {
		return "", "", false
	}
	return n.Obj().Name(), f.Name(), true
}

// reportNonCanonical reports a non-canonical key indexed into an
// http.Header, with a fix through the methods that canonicalise the key.
func reportNonCanonical(pass *analysis.Pass, s site, key, canon string, write, commaOk bool) {
	x := render(pass.Fset, s.expr.X)
	keySrc := render(pass.Fset, s.expr.Index)
	d := analysis.Diagnostic{
		Pos:      s.expr.Pos(),
		End:      s.expr.End(),
		Category: CategoryNonCanonical,
	}
	var fix *analysis.SuggestedFix
	switch {
	case write:
		d.Message = "header key " + strconv.Quote(key) + " is not canonical: Get(" + strconv.Quote(canon) + ") never sees it; use Set"
		fix = writeFix(pass, s, x, keySrc, canon)
	case commaOk:
		d.Message = "header key " + strconv.Quote(key) + " is not canonical: the lookup never matches; use " + strconv.Quote(canon)
		fix = literalFix(s, canon)
	default:
		d.Message = "header key " + strconv.Quote(key) + " is not canonical: the lookup is always empty; use Get or Values"
		if ix, ok := s.parent.(*ast.IndexExpr); ok && ix.X == s.expr && isZero(pass, ix.Index) {
			fix = &analysis.SuggestedFix{
				Message:   "Use Header.Get",
				TextEdits: []analysis.TextEdit{{Pos: ix.Pos(), End: ix.End(), NewText: []byte(x + ".Get(" + keySrc + ")")}},
			}
		} else {
			fix = &analysis.SuggestedFix{
				Message:   "Use Header.Values",
				TextEdits: []analysis.TextEdit{{Pos: s.expr.Pos(), End: s.expr.End(), NewText: []byte(x + ".Values(" + keySrc + ")")}},
			}
		}
	}
	if fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	pass.Report(d)
}

// writeFix turns h["key"] = []string{v} into h.Set("key", v), and any
// other write into a write with the canonical key.
func writeFix(pass *analysis.Pass, s site, x, keySrc, canon string) *analysis.SuggestedFix {
	as, ok := s.parent.(*ast.AssignStmt)
	if ok && as.Tok == token.ASSIGN && len(as.Lhs) == 1 && as.Lhs[0] == s.expr {
		if cl, ok := ast.Unparen(as.Rhs[0]).(*ast.CompositeLit); ok && len(cl.Elts) == 1 {
			if _, kv := cl.Elts[0].(*ast.KeyValueExpr); !kv {
				return &analysis.SuggestedFix{
					Message: "Use Header.Set",
					TextEdits: []analysis.TextEdit{{Pos: as.Pos(), End: as.End(),
						NewText: []byte(x + ".Set(" + keySrc + ", " + render(pass.Fset, cl.Elts[0]) + ")")}},
				}
			}
		}
	}
	return literalFix(s, canon)
}

// literalFix replaces a literal key with its canonical form; nil when the
// key is not a literal.
func literalFix(s site, canon string) *analysis.SuggestedFix {
	lit, ok := s.expr.Index.(*ast.BasicLit)
	if !ok {
		return nil
	}
	return &analysis.SuggestedFix{
		Message:   "Use the canonical header key",
		TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(strconv.Quote(canon))}},
	}
}

// checkDelete reports delete(h, "key") with a non-canonical key on an
// http.Header, with a fix to h.Del.
func checkDelete(pass *analysis.Pass, call *ssa.Call) {
	b, ok := call.Call.Value.(*ssa.Builtin)
	if !ok || b.Name() != "delete" || !isHeaderType(call.Call.Args[0].Type()) {
		return
	}
	k, ok := constKey(call.Call.Args[1])
	if !ok {
		return
	}
	canon := textproto.CanonicalMIMEHeaderKey(k)
	if canon == k {
		return
	}
	ce := callExprAt(pass, call.Pos())
	if ce == nil || len(ce.Args) != 2 {
		return
	}
	pass.Report(analysis.Diagnostic{
		Pos:      ce.Pos(),
		End:      ce.End(),
		Category: CategoryNonCanonical,
		Message:  "header key " + strconv.Quote(k) + " is not canonical: delete removes nothing; use Del",
		SuggestedFixes: []analysis.SuggestedFix{{
			Message: "Use Header.Del",
			TextEdits: []analysis.TextEdit{{Pos: ce.Pos(), End: ce.End(),
				NewText: []byte(render(pass.Fset, ce.Args[0]) + ".Del(" + render(pass.Fset, ce.Args[1]) + ")")}},
		}},
	})
}

// callExprAt returns the call expression whose Lparen is at pos.
func callExprAt(pass *analysis.Pass, pos token.Pos) *ast.CallExpr {
	for _, f := range pass.Files {
		if f.FileStart > pos || pos > f.FileEnd {
			continue
		}
		var found *ast.CallExpr
		ast.Inspect(f, func(n ast.Node) bool {
			if found != nil || n == nil || n.Pos() > pos || n.End() < pos {
				return false
			}
			if ce, ok := n.(*ast.CallExpr); ok && ce.Lparen == pos {
				found = ce
			}
			return true
		})
		return found
	}
	return nil
}

// render returns the source of e as gofmt prints it.
func render(fset *token.FileSet, e ast.Expr) string {
	var b strings.Builder
	if err := printer.Fprint(&b, fset, e); err != nil {
		return types.ExprString(e)
	}
	return b.String()
}

// isZero reports whether e is the constant 0.
func isZero(pass *analysis.Pass, e ast.Expr) bool {
	tv, ok := pass.TypesInfo.Types[e]
	return ok && tv.Value != nil && constant.Sign(tv.Value) == 0
}
