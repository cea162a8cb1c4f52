// Package bench measures what fnlint's suite costs next to loading and
// type-checking alone, on a generated module of handler code (Generate) and
// on a set of standard library packages.
//
// The benchmarks are in bench_test.go and run only with -bench:
//
//	go test -run '^$' -bench . -benchtime 3x ./internal/bench/
//
// docs/performance.md holds the numbers and how to read them.
package bench

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/cli"
	"github.com/fnlint/fnlint/internal/driver"
)

// StdRoots are the standard library packages of the real package set. The
// set is these packages and every package they import, all of them roots.
var StdRoots = []string{"net/http", "database/sql", "encoding/json"}

// LoadConfig returns the go/packages configuration of the fnlint CLI
// (cli.PackagesConfig) for a run in dir, without test files: the generated
// module has none, and the standard library set is measured without its
// tests.
func LoadConfig(dir string) *packages.Config {
	return cli.PackagesConfig(context.Background(), dir, false, "")
}

// Load loads patterns in dir with LoadConfig, or as fnlint does if trim
// (cli.Load: the function bodies of the dependencies in the standard
// library and the module cache left out), and returns the root packages
// and every package loaded, roots included. A package with errors is an
// error: a benchmark of broken code measures nothing useful.
func Load(dir string, trim bool, patterns ...string) (roots, all []*packages.Package, err error) {
	if trim {
		roots, err = cli.Load(context.Background(), dir, false, "", patterns...)
	} else {
		roots, err = packages.Load(LoadConfig(dir), patterns...)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("load %s: %w", strings.Join(patterns, " "), err)
	}
	var errs []error
	packages.Visit(roots, nil, func(p *packages.Package) {
		all = append(all, p)
		for _, e := range p.Errors {
			errs = append(errs, fmt.Errorf("%s: %s", p.PkgPath, e))
		}
	})
	if len(errs) > 0 {
		return nil, nil, fmt.Errorf("load %s: %w", strings.Join(patterns, " "), errors.Join(errs...))
	}
	return roots, all, nil
}

// LoadStd loads StdRoots and returns every package of the set: all of them
// are roots of the analysis, as when fnlint runs over a whole tree. The
// packages analysed are those of the standard library, so nothing is
// trimmed (as fnlint does not trim run inside GOROOT).
func LoadStd(dir string) ([]*packages.Package, error) {
	_, all, err := Load(dir, false, StdRoots...)
	return all, err
}

// LoadModule loads every package of the module in dir (./...) and returns
// them, as the CLI does when given no arguments; whole if !trim.
func LoadModule(dir string, trim bool) ([]*packages.Package, error) {
	roots, _, err := Load(dir, trim, "./...")
	return roots, err
}

// Analyze runs analyzers over roots the way the CLI does (driver.Analyze,
// with workers workers, 0 for one per core), and returns the action graph
// and the number of diagnostics on the roots. An analyzer that fails on a
// package is an error.
func Analyze(analyzers []*analysis.Analyzer, roots []*packages.Package, workers int) (*checker.Graph, int, error) {
	graph, err := driver.Analyze(analyzers, roots, &driver.Options{Workers: workers})
	if err != nil {
		return nil, 0, fmt.Errorf("analyze: %w", err)
	}
	n := 0
	var errs []error
	for act := range graph.All() {
		if act.Err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", act, act.Err))
		}
		if act.IsRoot {
			n += len(act.Diagnostics)
		}
	}
	if len(errs) > 0 {
		return graph, n, fmt.Errorf("analyze: %w", errors.Join(errs...))
	}
	return graph, n, nil
}

// AnalyzerTime is the time one analyzer took over a graph.
type AnalyzerTime struct {
	Name string
	// Roots is the time on root packages, Deps on their dependencies
	// (analyzers with facts, and those they require, run on every
	// dependency).
	Roots, Deps time.Duration
	// Actions is the number of packages the analyzer ran on.
	Actions int
}

// Total is the time over roots and dependencies.
func (t AnalyzerTime) Total() time.Duration { return t.Roots + t.Deps }

// TimeByAnalyzer sums the durations of the actions of graph by analyzer,
// longest first. Durations are only meaningful for a graph analyzed by one
// worker: in parallel they include waiting for the processor.
func TimeByAnalyzer(graph *checker.Graph) []AnalyzerTime {
	roots := make(map[*packages.Package]bool)
	for _, act := range graph.Roots {
		roots[act.Package] = true
	}
	byName := make(map[string]*AnalyzerTime)
	for act := range graph.All() {
		t := byName[act.Analyzer.Name]
		if t == nil {
			t = &AnalyzerTime{Name: act.Analyzer.Name}
			byName[act.Analyzer.Name] = t
		}
		t.Actions++
		if roots[act.Package] {
			t.Roots += act.Duration
		} else {
			t.Deps += act.Duration
		}
	}
	out := make([]AnalyzerTime, 0, len(byName))
	for _, t := range byName {
		out = append(out, *t)
	}
	slices.SortFunc(out, func(a, b AnalyzerTime) int {
		return cmp.Or(cmp.Compare(b.Total(), a.Total()), strings.Compare(a.Name, b.Name))
	})
	return out
}
