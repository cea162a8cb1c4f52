package retrybackoff

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

// Analyzer reports retry loops that do not back off, are not capped, or
// wait without honouring the context.
var Analyzer = &analysis.Analyzer{
	Name:      "retrybackoff",
	Doc:       checkdoc.MustExtract(doc, "retrybackoff"),
	URL:       "https://github.com/fnlint/fnlint/blob/main/docs/checks/retrybackoff.md",
	Requires:  []*analysis.Analyzer{handlers.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(waitFact)},
}

// Categories of the findings.
const (
	// CategoryNoWait: a retry loop that retries at once.
	CategoryNoWait = "nowait"
	// CategoryConstant: a retry loop that waits the same time every attempt.
	CategoryConstant = "constant"
	// CategoryUncapped: a retry loop with no attempt cap and no deadline.
	CategoryUncapped = "uncapped"
	// CategorySleep: time.Sleep between attempts where a context is at hand.
	CategorySleep = "sleep"
	// CategoryLibrary: a retry library configured to retry forever.
	CategoryLibrary = "library"
)

// waitFact marks a function that waits (sleeps, waits on a timer or a
// channel) directly or through calls, so that a retry loop calling it
// waits between attempts. Ctx tells whether every wait ends when a
// context is done.
type waitFact struct {
	Ctx bool
}

func (*waitFact) AFact() {}

func (f *waitFact) String() string {
	if f.Ctx {
		return "waits(ctx)"
	}
	return "waits"
}

// A checker holds what the check knows about the package.
type checker struct {
	pass  *analysis.Pass
	res   *handlers.Result
	waits map[*types.Func]waitFact // functions of this package that wait
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	if res.Package() == nil {
		return nil, nil // the standard library or a dependency: not the user's code
	}
	c := &checker{pass: pass, res: res, waits: summarizeWaits(pass, res)}
	if pass.Pkg.Name() != "main" {
		for obj, f := range c.waits {
			if obj.Exported() || isMethodOfExported(obj) {
				pass.ExportObjectFact(obj, &f)
			}
		}
	}
	for _, fn := range res.Funcs() {
		body, sig := funcBody(fn)
		if body == nil || isTest(pass, body) {
			continue
		}
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false // a function of its own in Funcs
			case *ast.ForStmt, *ast.RangeStmt:
				if l := c.retryLoop(n.(ast.Stmt)); l != nil {
					c.checkRetry(l, sig)
				}
			}
			return true
		})
		c.checkLibraries(fn)
	}
	return nil, nil
}

// isMethodOfExported reports whether fn is a method, exported or not, of
// an exported type: other packages reach it through interfaces or
// embedding.
func isMethodOfExported(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	if recv == nil {
		return false
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Exported()
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
