package driver_test

import (
	"errors"
	"fmt"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/driver"
)

// writeModule writes a module of the files given (path: content) into a
// new directory and loads all its packages with their dependencies.
func writeModule(t *testing.T, files map[string]string, patterns ...string) []*packages.Package {
	t.Helper()
	dir := t.TempDir()
	files["go.mod"] = "module example.com/m\n\ngo 1.26\n"
	for name, src := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(src), 0o644))
	}
	cfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Dir: dir}
	pkgs, err := packages.Load(cfg, patterns...)
	require.NoError(t, err)
	return pkgs
}

// A chain: c declares, b imports c, a imports b (and not c).
var chain = map[string]string{
	"c/c.go": `package c

type T struct{ F int }

func (T) M() {}

func Exported() {}

func unexported() {}

var V = 1

const K = 2
`,
	"b/b.go": `package b

import "example.com/m/c"

func B() { c.Exported(); var t c.T; t.M() }
`,
	"a/a.go": `package a

import "example.com/m/b"

func A() { b.B() }
`,
}

type markFact struct{ From string }

func (*markFact) AFact()           {}
func (f *markFact) String() string { return "mark(" + f.From + ")" }

type pkgFact struct{ Path string }

func (*pkgFact) AFact()           {}
func (f *pkgFact) String() string { return "pkg(" + f.Path + ")" }

// marker puts a fact on every package-level object and method of the
// package, and a package fact; on package a it reports which objects of
// c it can see a fact on, and the package facts it sees.
func marker() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:      "marker",
		Doc:       "marks",
		FactTypes: []analysis.Fact{new(markFact), new(pkgFact)},
		Run: func(pass *analysis.Pass) (any, error) {
			scope := pass.Pkg.Scope()
			for _, name := range scope.Names() {
				obj := scope.Lookup(name)
				pass.ExportObjectFact(obj, &markFact{pass.Pkg.Path()})
				if tn, ok := obj.(*types.TypeName); ok {
					if n, ok := tn.Type().(*types.Named); ok {
						for m := range n.Methods() {
							pass.ExportObjectFact(m, &markFact{pass.Pkg.Path()})
						}
						st := n.Underlying().(*types.Struct)
						for f := range st.Fields() {
							pass.ExportObjectFact(f, &markFact{pass.Pkg.Path()})
						}
					}
				}
			}
			pass.ExportPackageFact(&pkgFact{pass.Pkg.Path()})
			if pass.Pkg.Name() != "a" && pass.Pkg.Name() != "b" {
				return nil, nil
			}
			var c *types.Package
			for _, imp := range pass.Pkg.Imports() {
				for _, imp2 := range append(imp.Imports(), imp) {
					if imp2.Path() == "example.com/m/c" {
						c = imp2
					}
				}
			}
			var seen []string
			for _, name := range c.Scope().Names() {
				obj := c.Scope().Lookup(name)
				if pass.ImportObjectFact(obj, new(markFact)) {
					seen = append(seen, name)
				}
				if tn, ok := obj.(*types.TypeName); ok {
					n := tn.Type().(*types.Named)
					if pass.ImportObjectFact(n.Method(0), new(markFact)) {
						seen = append(seen, name+"."+n.Method(0).Name())
					}
					if pass.ImportObjectFact(n.Underlying().(*types.Struct).Field(0), new(markFact)) {
						seen = append(seen, name+".F")
					}
				}
			}
			var pf pkgFact
			if pass.ImportPackageFact(c, &pf) {
				seen = append(seen, "package "+pf.Path)
			}
			pass.Reportf(pass.Files[0].Package, "%s sees %s", pass.Pkg.Name(), strings.Join(seen, " "))
			return nil, nil
		},
	}
}

// diagnostics returns the messages of the root actions of g, sorted.
func diagnostics(g *checker.Graph) []string {
	var out []string
	for _, act := range g.Roots {
		for _, d := range act.Diagnostics {
			out = append(out, d.Message)
		}
		if act.Err != nil {
			out = append(out, act.String()+": "+act.Err.Error())
		}
	}
	slices.Sort(out)
	return out
}

// TestFactsAsChecker checks that an analyzer sees the facts that it sees
// under checker.Analyze: from a direct import, the exported functions,
// variables, methods, fields, types, constants and the package fact; from
// an indirect one, no function or variable.
func TestFactsAsChecker(t *testing.T) {
	pkgs := writeModule(t, chain, "./a", "./b")
	a := marker()
	want, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	require.NoError(t, err)
	got, err := driver.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	require.NoError(t, err)
	assert.Equal(t, diagnostics(want), diagnostics(got))
	assert.Equal(t, []string{
		"a sees K T T.M T.F package example.com/m/c",
		"b sees Exported K T T.M T.F V package example.com/m/c",
	}, diagnostics(got))
}

// TestErrors checks the errors of actions: an analyzer that fails, those
// that require it, a result of the wrong type, and an ill-typed package.
func TestErrors(t *testing.T) {
	pkgs := writeModule(t, map[string]string{
		"ok/ok.go":   "package ok\n",
		"bad/bad.go": "package bad\n\nvar x int = \"s\"\n",
	}, "./ok", "./bad")
	fails := &analysis.Analyzer{Name: "fails", Doc: "fails", Run: func(*analysis.Pass) (any, error) { return nil, errors.New("boom") }}
	needs := &analysis.Analyzer{Name: "needs", Doc: "needs", Requires: []*analysis.Analyzer{fails}, Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	wrong := &analysis.Analyzer{Name: "wrong", Doc: "wrong", ResultType: reflect.TypeFor[int](), Run: func(*analysis.Pass) (any, error) { return "s", nil }}
	as := []*analysis.Analyzer{needs, wrong}
	want, err := checker.Analyze(as, pkgs, nil)
	require.NoError(t, err)
	got, err := driver.Analyze(as, pkgs, nil)
	require.NoError(t, err)
	assert.Equal(t, diagnostics(want), diagnostics(got))
	assert.Contains(t, diagnostics(got), "needs@example.com/m/ok: failed prerequisites: fails@example.com/m/ok")
	assert.Contains(t, diagnostics(got), "wrong@example.com/m/bad: analysis skipped due to errors in package")
	assert.Len(t, diagnostics(got), 4)
}

// TestInvalidAnalyzers is refused as by checker.
func TestInvalidAnalyzers(t *testing.T) {
	_, err := driver.Analyze([]*analysis.Analyzer{{Name: "no run", Doc: "x"}}, nil, nil)
	assert.Error(t, err)
}

// TestExportObjectFactOfAnotherPackage panics, as under checker.
func TestExportObjectFactOfAnotherPackage(t *testing.T) {
	pkgs := writeModule(t, chain, "./b")
	var got any
	a := &analysis.Analyzer{
		Name: "thief", Doc: "thief", FactTypes: []analysis.Fact{new(markFact)},
		Run: func(pass *analysis.Pass) (any, error) {
			if pass.Pkg.Name() == "b" {
				defer func() { got = recover() }()
				c := pass.Pkg.Imports()[0]
				pass.ExportObjectFact(c.Scope().Lookup("Exported"), new(markFact))
			}
			return nil, nil
		},
	}
	_, err := driver.Analyze([]*analysis.Analyzer{a}, pkgs, &driver.Options{Workers: 1})
	require.NoError(t, err)
	assert.Equal(t, "internal error: in analysis thief of package example.com/m/b: Fact.Set(func example.com/m/c.Exported(), *driver_test.markFact): can't set facts on objects belonging another package", got)
}

// TestReadFileAndURL checks Pass.ReadFile's policy and the URL of
// diagnostics, against checker.
func TestReadFileAndURL(t *testing.T) {
	pkgs := writeModule(t, map[string]string{"p/p.go": "package p\n"}, "./p")
	a := &analysis.Analyzer{
		Name: "reader", Doc: "reads", URL: "https://example.com/reader",
		Run: func(pass *analysis.Pass) (any, error) {
			own := pass.Fset.File(pass.Files[0].FileStart).Name()
			data, err := pass.ReadFile(own)
			pass.Report(analysis.Diagnostic{Pos: pass.Files[0].Package, Category: "cat", Message: fmt.Sprintf("own %d %v", len(data), err)})
			_, err = pass.ReadFile(filepath.Join(filepath.Dir(own), "..", "go.mod"))
			pass.Report(analysis.Diagnostic{Pos: pass.Files[0].Package, URL: "other", Message: fmt.Sprintf("go.mod %v", err != nil)})
			return nil, nil
		},
	}
	want, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	require.NoError(t, err)
	got, err := driver.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	require.NoError(t, err)
	assert.Equal(t, diagnostics(want), diagnostics(got))
	urls := func(g *checker.Graph) []string {
		var out []string
		for _, d := range g.Roots[0].Diagnostics {
			out = append(out, d.URL)
		}
		return out
	}
	assert.Equal(t, []string{"https://example.com/reader#cat", "https://example.com/other"}, urls(got))
	assert.Equal(t, urls(want), urls(got))
}

// TestOrder checks, with one worker, that a package runs after the
// packages it takes facts from, that all the analyzers of a package run
// in a row, requirements first, and that of the packages ready, the one
// with the longest chain of packages waiting on it runs first.
func TestOrder(t *testing.T) {
	pkgs := writeModule(t, map[string]string{
		"c/c.go":     "package c\n",
		"b/b.go":     "package b\n\nimport _ \"example.com/m/c\"\n",
		"a/a.go":     "package a\n\nimport _ \"example.com/m/b\"\n",
		"lone/l.go":  "package lone\n",
		"leaf/le.go": "package leaf\n",
	}, "./a", "./lone", "./leaf")
	var (
		mu  sync.Mutex
		log []string
	)
	record := func(name string) func(*analysis.Pass) (any, error) {
		return func(pass *analysis.Pass) (any, error) {
			mu.Lock()
			defer mu.Unlock()
			log = append(log, name+"@"+pass.Pkg.Name())
			return nil, nil
		}
	}
	base := &analysis.Analyzer{Name: "base", Doc: "base", Run: record("base")}
	facts := &analysis.Analyzer{Name: "facts", Doc: "facts", Requires: []*analysis.Analyzer{base}, FactTypes: []analysis.Fact{new(markFact)}, Run: record("facts")}
	plain := &analysis.Analyzer{Name: "plain", Doc: "plain", Requires: []*analysis.Analyzer{base}, Run: record("plain")}
	g, err := driver.Analyze([]*analysis.Analyzer{plain, facts}, pkgs, &driver.Options{Workers: 1})
	require.NoError(t, err)
	assert.Equal(t, []string{
		"base@c", "facts@c",
		"base@b", "facts@b",
		"base@a", "plain@a", "facts@a",
		"base@leaf", "plain@leaf", "facts@leaf",
		"base@lone", "plain@lone", "facts@lone",
	}, log)
	for act := range g.All() {
		assert.Nil(t, act.Result, "results are dropped once read")
	}
}

// TestNoPackages is an empty graph.
func TestNoPackages(t *testing.T) {
	g, err := driver.Analyze([]*analysis.Analyzer{{Name: "x", Doc: "x", Run: func(*analysis.Pass) (any, error) { return nil, nil }}}, nil, nil)
	require.NoError(t, err)
	assert.Empty(t, g.Roots)
}

// TestFixesValidated checks that the edits of a fix are sorted when it is
// reported, and that overlapping edits make Report panic, as under
// checker.
func TestFixesValidated(t *testing.T) {
	pkgs := writeModule(t, map[string]string{"p/p.go": "package p\n\nvar X = 1\n"}, "./p")
	var got any
	a := &analysis.Analyzer{
		Name: "fixer", Doc: "fixes",
		Run: func(pass *analysis.Pass) (any, error) {
			f := pass.Files[0]
			pass.Report(analysis.Diagnostic{Pos: f.Package, Message: "sorted", SuggestedFixes: []analysis.SuggestedFix{{
				Message:   "Edit",
				TextEdits: []analysis.TextEdit{{Pos: f.End(), NewText: []byte("b")}, {Pos: f.Package, End: f.Name.End(), NewText: []byte("a")}},
			}}})
			defer func() { got = recover() }()
			pass.Report(analysis.Diagnostic{Pos: f.Package, Message: "overlapping", SuggestedFixes: []analysis.SuggestedFix{{
				Message:   "Edit",
				TextEdits: []analysis.TextEdit{{Pos: f.Package, End: f.Name.End()}, {Pos: f.Name.Pos(), End: f.Name.End()}},
			}}})
			return nil, nil
		},
	}
	g, err := driver.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	require.NoError(t, err)
	require.Len(t, g.Roots[0].Diagnostics, 1)
	edits := g.Roots[0].Diagnostics[0].SuggestedFixes[0].TextEdits
	assert.Equal(t, "a", string(edits[0].NewText))
	assert.Equal(t, edits[1].Pos, edits[1].End, "an insertion gets an End")
	require.NotNil(t, got)
	assert.Contains(t, fmt.Sprint(got), `analyzer "fixer" suggests invalid fix (Edit): overlapping edits`)
}
