package sharedstate

import (
	_ "embed"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/checkdoc"
	"github.com/fnlint/fnlint/internal/reach"
	"github.com/fnlint/fnlint/passes/handlers"
)

//go:embed doc.go
var doc string

// Analyzer reports package variables written on every invocation.
var Analyzer = &analysis.Analyzer{
	Name:      "sharedstate",
	Doc:       checkdoc.MustExtract(doc, "sharedstate"),
	URL:       "https://github.com/fnlint/fnlint/blob/main/docs/checks/sharedstate.md",
	Requires:  []*analysis.Analyzer{handlers.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(writeFact)},
}

// Categories of the findings: one per kind of write.
const (
	categoryLazyInit    = "lazyinit"
	categoryRequestData = "requestdata"
	categoryGrows       = "grows"
	categoryWrite       = "write"
)

// writeFact marks a function that writes a package variable without
// synchronisation, itself or through the functions it calls. Its What is
// the category and the qualified name of the variable: "grows store.seen".
type writeFact struct{ reach.Chain }

func (*writeFact) AFact() {}

func (f *writeFact) String() string { return "writes package state: " + f.What }

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	if res.Package() == nil {
		return nil, nil // the standard library or a dependency: not the user's code
	}
	s := newState(pass, res)
	effect := reach.Effect{
		Match: func(instr ssa.Instruction) (string, token.Pos, bool) {
			w, ok := s.classify(instr)
			if !ok {
				return "", token.NoPos, false
			}
			return w.category + " " + w.name, w.pos, true
		},
	}
	for _, f := range reach.FindEffect(pass, res, effect, func() reach.Fact { return new(writeFact) }) {
		if len(f.Via) > 0 && f.Fn != nil && s.guards.callGuarded(f.Fn, f.Pos) {
			continue // a helper of another package called under a lock
		}
		category, name, _ := strings.Cut(f.What, " ")
		if !concurrent(f.Handler) && (category == categoryLazyInit || category == categoryWrite) {
			continue // one invocation at a time: no race
		}
		name = strings.TrimPrefix(name, pass.Pkg.Name()+".")
		pass.Report(analysis.Diagnostic{
			Pos:      f.Pos,
			Category: category,
			Message:  message(category, name, f.Chain()),
			Related:  f.Related(),
		})
	}
	return nil, nil
}

// concurrent tells whether the invocations of h may run at the same time
// in one instance. AWS Lambda runs one invocation at a time per execution
// environment; net/http, Cloud Functions (gen2 concurrency), the fn
// runtime (which also serves over net/http) and unknown platforms may run
// many.
func concurrent(h *handlers.Handler) bool {
	return h == nil || h.Platform != handlers.Lambda
}

// message formats the diagnostic of a write of category to the variable
// name, reached through chain.
func message(category, name, chain string) string {
	switch category {
	case categoryLazyInit:
		return "lazy initialisation of " + name + " without sync.Once races when invocations run concurrently (" +
			chain + "); use sync.OnceValue or initialise it at init"
	case categoryRequestData:
		return "request data is kept in package variable " + name + " and leaks into later invocations (" +
			chain + "); keep it in a local variable"
	case categoryGrows:
		return "package variable " + name + " grows on every invocation and is never trimmed (" +
			chain + "); bound it or keep it per invocation"
	}
	return "package variable " + name + " is written on every invocation without synchronisation, a data race " +
		"when invocations run concurrently (" + chain + "); use sync/atomic or a mutex"
}
