package cli

import (
	"fmt"
	"go/ast"
	"os"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/ignore"
)

// vetMain serves go vet -vettool and go fix -fixtool: it hands over to
// unitchecker with every check, with their findings filtered as on the
// command line (generated files and //fnlint:ignore directives), and with
// an analyzer named "fnlint" that reports malformed directives.
//
// The configuration file is not read here: go vet caches results by the
// tool's build ID and the package's inputs, which do not include it, so
// honouring it would serve stale results. Under go vet, checks are
// configured with vet flags (-handlersize=false,
// -handlersize.max-statements=30). Unused directives are not reported
// either: one analyzer cannot see what the others reported.
func vetMain(checks []analyzers.Check) {
	known := func(name string) bool {
		for _, c := range checks {
			if c.Analyzer.Name == name {
				return true
			}
		}
		return false
	}
	var as []*analysis.Analyzer
	for _, c := range checks {
		as = append(as, c.Analyzer)
	}
	as = append(as, directiveAnalyzer(known))
	roots := make(map[*analysis.Analyzer]bool)
	for _, a := range as {
		roots[a] = true
	}
	// unitchecker reports the errors of the analyzers it was given, and
	// only "failed prerequisites" for those whose required pass failed:
	// print the panics of required passes here.
	protect(as, func(a *analysis.Analyzer, pass *analysis.Pass, err *PanicError) {
		if !roots[a] {
			fmt.Fprintf(os.Stderr, "%s: %s: %v\n", pass.Pkg.Path(), a.Name, err)
		}
	})
	for _, c := range checks {
		filterReports(c.Analyzer, known) // outside the protection: panics stacks stay short
	}
	unitchecker.Main(as...) // exits
}

// filterReports wraps the Run of a so that the diagnostics it reports in
// generated files, or on lines that an ignore directive for it covers,
// are dropped.
func filterReports(a *analysis.Analyzer, known func(string) bool) {
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		generated := make(map[string]bool)
		var dirs []*ignore.Directive
		for _, f := range pass.Files {
			name := pass.Fset.File(f.FileStart).Name()
			if generated[name] = ast.IsGenerated(f); !generated[name] {
				ds, _ := ignore.Parse(pass.Fset, f, known)
				dirs = append(dirs, ds...)
			}
		}
		set := ignore.NewSet(dirs)
		filtered := *pass
		filtered.Report = func(d analysis.Diagnostic) {
			posn := pass.Fset.Position(d.Pos)
			if generated[posn.Filename] || set.Match(a.Name, posn) != nil {
				return
			}
			pass.Report(d)
		}
		return run(&filtered)
	}
}

// directiveAnalyzer returns the analyzer that reports malformed
// //fnlint:ignore directives under go vet.
func directiveAnalyzer(known func(string) bool) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: driverCheck,
		Doc:  "report malformed //fnlint:ignore directives\n\nA directive needs the checks it suppresses, known check names and a reason.",
		URL:  configDocURL,
		Run: func(pass *analysis.Pass) (any, error) {
			for _, f := range pass.Files {
				if ast.IsGenerated(f) {
					continue
				}
				_, problems := ignore.Parse(pass.Fset, f, known)
				for _, p := range problems {
					pass.Report(analysis.Diagnostic{Pos: p.Pos, Message: p.Message})
				}
			}
			return nil, nil
		},
	}
}
