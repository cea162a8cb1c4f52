package cli

import (
	"flag"
	"fmt"
	"go/ast"
	"go/types"
	"os"
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/analyzers"
)

// The test analyzers work on the fixture module testdata/mod, whose
// handlers take a web.ResponseWriter and a *web.Request (a stand-in for
// net/http that keeps the standard library out of the loads).

const webPkg = "example.com/mod/web"

// handlerfix reports every handler, with a fix that adds a comment line
// above it, and a related position at its first parameter. Its flag
// min-statements reports only handlers with at least that many
// statements.
var handlerfix = &analysis.Analyzer{
	Name:     "handlerfix",
	Doc:      "handlerfix: report handlers\n\nThe test analyzer handlerfix reports every handler with a fix.",
	URL:      "https://example.com/handlerfix",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		return reportHandlers(pass, "// Handler %s is checked.\n"), nil
	},
}

var minStatements int

func init() {
	handlerfix.Flags.IntVar(&minStatements, "min-statements", 0, "report handlers with at least this many statements")
}

// twin reports the same handlers as handlerfix with a different fix at the
// same place: the two fixes conflict.
var twin = &analysis.Analyzer{
	Name:     "twin",
	Doc:      "twin: report handlers again\n\nThe test analyzer twin conflicts with handlerfix.",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      func(pass *analysis.Pass) (any, error) { return reportHandlers(pass, "// %s is twice checked.\n"), nil },
}

func reportHandlers(pass *analysis.Pass, comment string) any {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ins.Preorder([]ast.Node{(*ast.FuncDecl)(nil)}, func(n ast.Node) {
		decl := n.(*ast.FuncDecl)
		fn, ok := pass.TypesInfo.Defs[decl.Name].(*types.Func)
		if !ok || !isHandler(fn.Signature()) || len(decl.Body.List) < minStatements {
			return
		}
		pass.Report(analysis.Diagnostic{
			Pos:      decl.Name.Pos(),
			End:      decl.Name.End(),
			Category: "found",
			Message:  fmt.Sprintf("handler %s found", decl.Name.Name),
			Related:  []analysis.RelatedInformation{{Pos: decl.Type.Params.Pos(), Message: "parameters here"}},
			SuggestedFixes: []analysis.SuggestedFix{{
				Message:   "Document " + decl.Name.Name,
				TextEdits: []analysis.TextEdit{{Pos: decl.Pos(), End: decl.Pos(), NewText: fmt.Appendf(nil, comment, decl.Name.Name)}},
			}},
		})
	})
	return nil
}

// isHandler reports whether sig is func(web.ResponseWriter, *web.Request).
func isHandler(sig *types.Signature) bool {
	if sig.Params().Len() != 2 || sig.Results().Len() != 0 {
		return false
	}
	ptr, ok := sig.Params().At(1).Type().(*types.Pointer)
	return ok && isWebType(sig.Params().At(0).Type(), "ResponseWriter") && isWebType(ptr.Elem(), "Request")
}

func isWebType(t types.Type, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == webPkg && n.Obj().Name() == name
}

// boom panics on the package named boom.
var boom = &analysis.Analyzer{
	Name: "boom",
	Doc:  "boom: panic on package boom",
	Run: func(pass *analysis.Pass) (any, error) {
		if name := pass.Pkg.Name(); name == "boom" {
			var none []string
			_ = none[len(name)] // index out of range
		}
		return nil, nil
	},
}

// boomPass is a required pass that panics on the package named boompass.
var boomPass = &analysis.Analyzer{
	Name:       "boompass",
	Doc:        "boompass: a pass that panics on package boompass",
	ResultType: reflect.TypeFor[int](),
	Run: func(pass *analysis.Pass) (any, error) {
		if pass.Pkg.Name() == "boompass" {
			panic(fmt.Sprintf("boompass cannot handle %s", pass.Pkg.Path()))
		}
		return 1, nil
	},
}

// needsBoom requires boomPass and reports nothing.
var needsBoom = &analysis.Analyzer{
	Name:     "needsboom",
	Doc:      "needsboom: require boompass",
	Requires: []*analysis.Analyzer{boomPass},
	Run:      func(pass *analysis.Pass) (any, error) { return nil, nil },
}

// testChecks is the suite of the cli tests: handlerfix on by default, the
// others off.
var testChecks = []analyzers.Check{
	{Analyzer: handlerfix, Since: "v0.1.0", Default: true},
	{Analyzer: twin, Since: "v0.2.0", Default: false},
	{Analyzer: boom, Since: "v0.2.0", Default: false},
	{Analyzer: needsBoom, Since: "v0.2.0", Default: false},
}

func TestMain(m *testing.M) {
	Protect(analyzersOf(testChecks))
	flag.Parse()
	os.Exit(m.Run())
}
