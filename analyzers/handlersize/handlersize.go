package handlersize

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/checkdoc"
	"github.com/fnlint/fnlint/passes/handlers"
)

//go:embed doc.go
var doc string

// Analyzer reports handlers over size and complexity thresholds.
var Analyzer = &analysis.Analyzer{
	Name:      "handlersize",
	Doc:       checkdoc.MustExtract(doc, "handlersize"),
	URL:       "https://github.com/fnlint/fnlint/blob/main/docs/checks/handlersize.md",
	Requires:  []*analysis.Analyzer{handlers.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(sizeFact)},
}

// Names of the flags of the check: -handlersize.<name> on the command line.
const (
	FlagMaxStatements         = "max-statements"
	FlagMaxComplexity         = "max-complexity"
	FlagMaxNesting            = "max-nesting"
	FlagMaxLines              = "max-lines"
	FlagResponseMaxStatements = "response-max-statements"
	FlagResponseMaxComplexity = "response-max-complexity"
	FlagResponseMaxNesting    = "response-max-nesting"
	FlagResponseMaxLines      = "response-max-lines"
)

// The thresholds, bound to the flags in init. A value of 0 or less turns a
// metric off.
var (
	handlerLimits  = size{statements: 50, complexity: 15, nesting: 4, lines: 80}
	responseLimits = size{statements: 25, complexity: 8, nesting: 3, lines: 40}
)

func init() {
	fs := &Analyzer.Flags
	for m, info := range metrics {
		fs.IntVar(&handlerLimits[m], info.flag, handlerLimits[m],
			"maximum "+info.usage+" of a request, task or other handler (0: no limit)")
		fs.IntVar(&responseLimits[m], info.responseFlag, responseLimits[m],
			"maximum "+info.usage+" of a response function (0: no limit)")
	}
}

// metricInfo describes how a metric is configured and reported.
type metricInfo struct {
	flag         string // the flag of its limit for handlers
	responseFlag string // the flag of its limit for response functions
	usage        string // what the flags bound, for their usage text
	category     string // Diagnostic.Category of its findings
	format       string // the message after "handler Name ": value and limit
}

// metrics describes each metric. It is never modified.
var metrics = [numMetrics]metricInfo{
	statements: {FlagMaxStatements, FlagResponseMaxStatements, "number of statements", "statements",
		"has %d statements (max %d); move steps into helpers"},
	complexity: {FlagMaxComplexity, FlagResponseMaxComplexity, "cyclomatic complexity", "complexity",
		"has cyclomatic complexity %d (max %d); move branches into helpers"},
	nesting: {FlagMaxNesting, FlagResponseMaxNesting, "nesting depth of control statements", "nesting",
		"nests control statements %d deep (max %d); return early or extract inner blocks"},
	lines: {FlagMaxLines, FlagResponseMaxLines, "number of lines of code", "lines",
		"has %d lines of code (max %d); move steps into helpers"},
}

// sizeFact records the size of an exported function or method that its own
// package does not know as a handler and that exceeds the smallest
// threshold of some metric, for the packages that register it as one.
type sizeFact struct {
	Size size
}

func (*sizeFact) AFact() {}

func (f *sizeFact) String() string {
	return fmt.Sprintf("size(statements=%d complexity=%d nesting=%d lines=%d)",
		f.Size[statements], f.Size[complexity], f.Size[nesting], f.Size[lines])
}

// A target is a handler body of this package to measure, with the
// registrations of the handlers it is the body of.
type target struct {
	node     ast.Node // *ast.FuncDecl or *ast.FuncLit
	handlers []*handlers.Handler
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	if res.Package() == nil {
		return nil, nil // the standard library or a dependency: not the user's code
	}
	hs := res.Handlers()
	exporting := userCode(pass.Module) && pass.Pkg.Name() != "main"
	if len(hs) == 0 && !exporting {
		return nil, nil
	}
	idx := newIndex(pass)
	targets, foreign := collect(idx, hs)

	skip := make(map[*ast.FuncLit]bool)
	for _, t := range targets {
		if lit, ok := t.node.(*ast.FuncLit); ok {
			skip[lit] = true
		}
	}
	for _, t := range targets {
		if idx.isGenerated(t.node) {
			continue
		}
		body, rng := funcBody(t.node)
		reportSize(pass, idx, t.handlers, rng, nil, measure(pass.Fset, body, skip))
	}
	for _, h := range foreign {
		var f sizeFact
		if pass.ImportObjectFact(h.Func.Origin(), &f) {
			reportSize(pass, idx, []*handlers.Handler{h}, idx.callAt(h.Pos), h.Func, f.Size)
		}
	}
	if exporting {
		exportFacts(pass, idx, targets, skip)
	}
	return nil, nil
}

// userCode reports whether a package belongs to the code being checked (a
// main or workspace module, or no module at all) rather than to a
// dependency with a version. Only user code exports sizes, and no main
// package, which nothing imports: the ServeHTTP of a third-party router or
// the entry point of a Lambda adapter is not the user's to split, and
// measuring every dependency would cost time.
func userCode(m *analysis.Module) bool {
	return m == nil || m.Main || m.Version == ""
}

// collect groups the handlers declared in this package by the syntax of
// their body, in the order of their first registration, and returns the
// handlers of other packages its own package does not know as handlers.
func collect(idx *index, hs []*handlers.Handler) (targets []*target, foreign []*handlers.Handler) {
	byNode := make(map[ast.Node]*target)
	for _, h := range hs {
		node := idx.syntax(h)
		if node == nil {
			if h.Fn == nil && h.Func != nil && !h.Elsewhere && h.Func.Pkg() != idx.pass.Pkg {
				foreign = append(foreign, h)
			}
			continue
		}
		t := byNode[node]
		if t == nil {
			t = &target{node: node}
			byNode[node] = t
			targets = append(targets, t)
		}
		t.handlers = append(t.handlers, h)
	}
	return targets, foreign
}

// reportSize reports each metric of got over the limits of the strictest
// kind among hs, at rng. decl, when set, is the declaration of a handler of
// another package, reported at its registration.
func reportSize(pass *analysis.Pass, idx *index, hs []*handlers.Handler, rng rangeOf, decl *types.Func, got size) {
	limits, what := handlerLimits, "handler"
	for _, h := range hs {
		if h.Kind == handlers.Response {
			limits, what = responseLimits, "response function"
		}
	}
	var related []analysis.RelatedInformation
	if decl != nil {
		related = append(related, analysis.RelatedInformation{Pos: decl.Pos(), Message: "declared here"})
	}
	for _, h := range hs {
		if h.Pos.IsValid() && !rng.contains(h.Pos) {
			msg := "registered here"
			if h.Source == handlers.Directive {
				msg = "marked as a handler here"
			}
			reg := idx.callAt(h.Pos)
			related = append(related, analysis.RelatedInformation{Pos: reg.pos, End: reg.end, Message: msg})
		}
	}
	name := hs[0].Name()
	for m := range numMetrics {
		if limits[m] <= 0 || got[m] <= limits[m] {
			continue
		}
		pass.Report(analysis.Diagnostic{
			Pos:      rng.pos,
			End:      rng.end,
			Category: metrics[m].category,
			Message:  what + " " + name + " " + fmt.Sprintf(metrics[m].format, got[m], limits[m]),
			Related:  related,
		})
	}
}

// exportFacts records the size of the exported functions and methods of
// the package that are not handlers here and exceed the smallest limit of
// some metric, so that a package registering one as a handler reports it.
func exportFacts(pass *analysis.Pass, idx *index, targets []*target, skip map[*ast.FuncLit]bool) {
	measured := make(map[ast.Node]bool, len(targets))
	for _, t := range targets {
		measured[t.node] = true
	}
	var floor size
	for m := range numMetrics {
		floor[m] = minLimit(handlerLimits[m], responseLimits[m])
	}
	for obj, decl := range idx.decls {
		if !obj.Exported() || measured[decl] || idx.isGenerated(decl) {
			continue
		}
		if recv := obj.Signature().Recv(); recv != nil && !exportedRecv(recv.Type()) {
			continue
		}
		got := measure(pass.Fset, decl.Body, skip)
		if got.exceeds(floor) {
			pass.ExportObjectFact(obj, &sizeFact{Size: got})
		}
	}
}

// minLimit returns the smaller of two limits, where 0 or less means none.
func minLimit(a, b int) int {
	switch {
	case a <= 0:
		return b
	case b <= 0:
		return a
	}
	return min(a, b)
}

// exportedRecv reports whether a method's receiver type is an exported
// named type, whose methods other packages can register.
func exportedRecv(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Exported()
}

// A rangeOf is where a diagnostic about a handler goes: the name of a
// declared function, the signature of a literal, or a registration.
type rangeOf struct {
	pos, end token.Pos
}

func (r rangeOf) contains(pos token.Pos) bool {
	end := r.end
	if !end.IsValid() {
		end = r.pos + 1
	}
	return r.pos <= pos && pos < end
}

// funcBody returns the body of a handler and the range its diagnostics
// cover.
func funcBody(node ast.Node) (*ast.BlockStmt, rangeOf) {
	switch n := node.(type) {
	case *ast.FuncDecl:
		return n.Body, rangeOf{pos: n.Name.Pos(), end: n.Name.End()}
	case *ast.FuncLit:
		return n.Body, rangeOf{pos: n.Type.Pos(), end: n.Type.End()}
	}
	panic(fmt.Sprintf("handlersize: unexpected handler syntax %T", node))
}
