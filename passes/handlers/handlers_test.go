package handlers_test

import (
	"fmt"
	"go/ast"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/passes/handlers"
)

// report turns the result of the handlers pass into diagnostics, so that
// fixtures state it with // want comments: every handler with its kind,
// platform and source, every other function in invocation scope with its
// path, every function in init scope.
var report = &analysis.Analyzer{
	Name:     "reporthandlers",
	Doc:      "report what the handlers pass finds",
	Requires: []*analysis.Analyzer{handlers.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		r := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
		for _, h := range r.Handlers() {
			if h.Fn == nil {
				msg := fmt.Sprintf("foreign handler %s %s", h.Name(), h.Kind)
				if h.Elsewhere {
					msg += " elsewhere"
				}
				pass.Reportf(h.Pos, "%s", msg)
			}
		}
		for _, fn := range r.Funcs() {
			if fn.Syntax() == nil || !strings.HasSuffix(pass.Fset.File(fn.Pos()).Name(), ".go") {
				continue // the generated test main
			}
			pos := fn.Pos()
			if fd, ok := fn.Syntax().(*ast.FuncDecl); ok {
				pos = fd.Name.Pos()
			}
			if h := r.Handler(fn); h != nil {
				source := [...]string{"registered", "signature", "directive"}[h.Source]
				msg := fmt.Sprintf("handler %s %s %s", h.Kind, h.Platform, source)
				if h.IsAuthorizer() {
					msg += " authorizer"
				}
				pass.Reportf(pos, "%s", msg)
				continue
			}
			switch r.Scope(fn) {
			case handlers.Invocation:
				pass.Reportf(pos, "invocation %s", handlers.FormatPath(r.Path(fn)))
			case handlers.Init:
				pass.Reportf(pos, "init")
			}
		}
		return nil, nil
	},
}

func TestHandlers(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), report,
		"./lambdastart", "./nethttp", "./vercel/api", "./scope", "./negatives",
		"./crosspkg/...", "./openfaas/...", "./directive",
		"./lambdaurl", "./cloudfunctions", "./fnruntime", "./kinds", "./frameworks")
}

// TestTieByFileName runs the tie fixture a few times: go/packages parses
// files concurrently, so an order by token.Pos across files would pick
// either handler as setup's root from run to run.
func TestTieByFileName(t *testing.T) {
	for range 6 {
		analysistest.Run(t, analysistest.TestData(), report, "./tie")
	}
}
