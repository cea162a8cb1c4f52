package reach_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/reach"
	"github.com/fnlint/fnlint/passes/handlers"
)

type exitFact struct{ reach.Chain }

func (*exitFact) AFact() {}

func (f *exitFact) String() string {
	s := "exits " + f.What
	if len(f.Calls) > 0 {
		s += " via " + f.Calls[0]
	}
	return s
}

// exits reports os.Exit and log.Fatal reached from handlers, the way a
// real check uses reach.
var exits = &analysis.Analyzer{
	Name:      "exits",
	Doc:       "report exits reachable from handlers",
	Requires:  []*analysis.Analyzer{handlers.Analyzer},
	FactTypes: []analysis.Fact{new(exitFact)},
	Run: func(pass *analysis.Pass) (any, error) {
		r := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
		match := func(call *ssa.CallCommon) (string, bool) {
			callee := call.StaticCallee()
			if callee == nil || callee.Object() == nil {
				return "", false
			}
			switch name := callee.Object().(interface{ FullName() string }).FullName(); name {
			case "os.Exit", "log.Fatal":
				return name, true
			}
			return "", false
		}
		for _, f := range reach.Find(pass, r, match, func() reach.Fact { return new(exitFact) }) {
			pass.Report(analysis.Diagnostic{
				Pos:     f.Pos,
				Message: "exits " + f.What + ": " + f.Chain(),
				Related: f.Related(),
			})
		}
		return nil, nil
	},
}

func TestFind(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), exits, "./...")
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if d.Message == "exits os.Exit: handle → load → store.Open → openDB" {
				if len(d.Related) != 2 {
					t.Errorf("related = %v, want the handler and the call from handle", d.Related)
				}
			}
		}
	}
}
