package partialbatch

import (
	_ "embed"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/checkdoc"
	"github.com/fnlint/fnlint/passes/handlers"
)

//go:embed doc.go
var doc string

// Analyzer reports batch handlers that fail, acknowledge or drop a whole
// batch for what happened to one record.
var Analyzer = &analysis.Analyzer{
	Name:     "partialbatch",
	Doc:      checkdoc.MustExtract(doc, "partialbatch"),
	URL:      "https://github.com/fnlint/fnlint/blob/main/docs/checks/partialbatch.md",
	Requires: []*analysis.Analyzer{handlers.Analyzer},
	Run:      run,
}

// Categories of the findings.
const (
	// CategoryWholeBatch: an error returned from inside the record loop.
	CategoryWholeBatch = "wholebatch"
	// CategoryEarlyReturn: success returned from inside the record loop.
	CategoryEarlyReturn = "earlyreturn"
	// CategoryDropped: a failed record logged and skipped.
	CategoryDropped = "dropped"
	// CategoryItemID: an item failure identified by the wrong field.
	CategoryItemID = "itemid"
)

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	if res.Package() == nil {
		return nil, nil // the standard library or a dependency: not the user's code
	}
	if !importsEvents(pass.Pkg) {
		return nil, nil
	}
	for _, fn := range res.Funcs() {
		body, sig := funcBody(fn)
		if body == nil || isTest(pass, body) || !(res.Scope(fn) == handlers.Invocation || hasBatchParam(sig)) {
			continue
		}
		for _, loop := range recordLoops(pass.TypesInfo, body) {
			checkLoop(pass, body, sig, loop, res.Handler(fn) != nil)
		}
	}
	checkItemIDs(pass)
	return nil, nil
}

// importsEvents reports whether pkg imports the aws-lambda-go events
// package, directly: the records and responses the check is about are its
// types.
func importsEvents(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if imp.Path() == eventsPath {
			return true
		}
	}
	return false
}

// isTest reports whether body is in a _test.go file: tests retry and
// loop over events to drive the code under test, not to serve requests.
func isTest(pass *analysis.Pass, body *ast.BlockStmt) bool {
	return strings.HasSuffix(pass.Fset.File(body.Pos()).Name(), "_test.go")
}

// funcBody returns the body and signature of fn's syntax, or nil for a
// function without syntax.
func funcBody(fn *ssa.Function) (*ast.BlockStmt, *types.Signature) {
	switch syn := fn.Syntax().(type) {
	case *ast.FuncDecl:
		return syn.Body, fn.Signature
	case *ast.FuncLit:
		return syn.Body, fn.Signature
	}
	return nil, nil
}

// hasBatchParam reports whether a function receives a batch event or its
// records: a processing function of a library package, which is reached
// from handlers of other packages.
func hasBatchParam(sig *types.Signature) bool {
	for p := range sig.Params().Variables() {
		if isBatchParam(p.Type()) {
			return true
		}
	}
	return false
}

// A recordLoop is a range loop over the records of a batch.
type recordLoop struct {
	stmt *ast.RangeStmt
	src  *source
}

// recordLoops returns the range loops over records in body, outside
// function literals (which are functions of their own).
func recordLoops(info *types.Info, body *ast.BlockStmt) []recordLoop {
	var loops []recordLoop
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.RangeStmt:
			if src := recordSource(info.TypeOf(n.X)); src != nil {
				loops = append(loops, recordLoop{n, src})
			}
		}
		return true
	})
	return loops
}
