// Package driver runs analyzers over packages loaded by go/packages. It
// plans the same graph of actions as x/tools' checker.Analyze, runs each
// action as checker does (the same Pass, the same facts, the same errors)
// and returns the same checker.Graph, but schedules the work differently.
//
// checker.Analyze starts a goroutine per edge of the graph and runs every
// action as soon as its inputs are ready, so on a large module the
// results of the early passes (the SSA form of passes/handlers) of many
// packages are alive at once, waiting for the checks that read them, and
// the collector works on that heap: on 2 cores it is no faster than one
// action at a time. Analyze instead runs a package at a time per worker,
// all its analyzers in a row, with one worker per core, taking first the
// ready package with the longest chain of packages waiting on it. The
// results of a package's analyzers are dropped as soon as they have all
// run: unlike checker's, the graph returned has no Result, on roots
// either (fnlint reads diagnostics and errors).
package driver

import (
	"cmp"
	"container/heap"
	"fmt"
	"go/ast"
	"go/types"
	"net/url"
	"os"
	"reflect"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Options control Analyze.
type Options struct {
	// Workers is how many packages are analysed at once: 0 means
	// runtime.GOMAXPROCS(0), 1 one action at a time.
	Workers int
}

// Analyze runs analyzers on pkgs and the facts they need on the
// dependencies of pkgs, as checker.Analyze does; see the package
// comment for how it differs.
func Analyze(analyzers []*analysis.Analyzer, pkgs []*packages.Package, opts *Options) (*checker.Graph, error) {
	if opts == nil {
		opts = new(Options)
	}
	if err := analysis.Validate(analyzers); err != nil {
		return nil, err
	}
	g := plan(analyzers, pkgs)
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	g.run(workers)
	roots := make([]*checker.Action, 0, len(analyzers)*len(pkgs))
	for _, a := range analyzers {
		for _, p := range pkgs {
			roots = append(roots, g.actions[key{a, p}].act)
		}
	}
	return &checker.Graph{Roots: roots}, nil
}

type key struct {
	a   *analysis.Analyzer
	pkg *packages.Package
}

// An action is a checker.Action and what running it needs.
type action struct {
	act          *checker.Action
	unit         *unit
	deps         []*action // as act.Deps
	objectFacts  map[objectFactKey]analysis.Fact
	packageFacts map[reflect.Type]analysis.Fact
	done         atomic.Bool // Run has returned: its facts are complete
}

type objectFactKey struct {
	obj types.Object
	typ reflect.Type
}

// A unit is the work on one package: its actions in an order where each
// comes after the actions on the same package it requires.
type unit struct {
	pkg        *packages.Package
	imports    map[*types.Package]bool // the packages pkg imports directly
	actions    []*action
	waiting    int     // units this one needs that have not run
	dependents []*unit // units that need this one
	height     int     // the longest chain of dependents above this unit
	index      int     // in the ready queue
}

// A graph is the plan of a run.
type graph struct {
	actions map[key]*action
	units   []*unit
	byTypes map[*types.Package]*packages.Package // every package of the graph
}

// plan builds the actions as checker.Analyze does (each analyzer on each
// package, its requirements on the same package, and, for analyzers with
// facts, the same analyzer on each import), and groups them by package.
func plan(analyzers []*analysis.Analyzer, pkgs []*packages.Package) *graph {
	g := &graph{actions: make(map[key]*action), byTypes: make(map[*types.Package]*packages.Package)}
	unitOf := make(map[*packages.Package]*unit)
	var mk func(a *analysis.Analyzer, pkg *packages.Package) *action
	mk = func(a *analysis.Analyzer, pkg *packages.Package) *action {
		k := key{a, pkg}
		if act, ok := g.actions[k]; ok {
			return act
		}
		act := &action{act: &checker.Action{Analyzer: a, Package: pkg}}
		for _, req := range a.Requires {
			act.deps = append(act.deps, mk(req, pkg))
		}
		if len(a.FactTypes) > 0 {
			paths := make([]string, 0, len(pkg.Imports))
			for path := range pkg.Imports {
				paths = append(paths, path)
			}
			sort.Strings(paths)
			for _, path := range paths {
				act.deps = append(act.deps, mk(a, pkg.Imports[path]))
			}
		}
		for _, d := range act.deps {
			act.act.Deps = append(act.act.Deps, d.act)
		}
		g.actions[k] = act
		u := unitOf[pkg]
		if u == nil {
			u = &unit{pkg: pkg, imports: make(map[*types.Package]bool, len(pkg.Imports))}
			for _, imp := range pkg.Imports {
				u.imports[imp.Types] = true
			}
			unitOf[pkg] = u
			g.units = append(g.units, u)
			if pkg.Types != nil {
				g.byTypes[pkg.Types] = pkg
			}
		}
		act.unit = u
		u.actions = append(u.actions, act) // after its requirements: they were made first
		return act
	}
	for _, a := range analyzers {
		for _, p := range pkgs {
			mk(a, p).act.IsRoot = true
		}
	}
	// A unit waits for the units of the packages its actions take facts
	// from.
	for _, u := range g.units {
		needs := make(map[*unit]bool)
		for _, act := range u.actions {
			for _, d := range act.deps {
				if d.act.Package != u.pkg {
					needs[unitOf[d.act.Package]] = true
				}
			}
		}
		for n := range needs {
			u.waiting++
			n.dependents = append(n.dependents, u)
		}
	}
	var height func(u *unit) int
	seen := make(map[*unit]bool)
	height = func(u *unit) int {
		if seen[u] {
			return u.height
		}
		seen[u] = true
		for _, d := range u.dependents {
			u.height = max(u.height, height(d)+1)
		}
		return u.height
	}
	for _, u := range g.units {
		height(u)
	}
	return g
}

// run runs the units on workers goroutines, each unit once the units it
// waits for have run.
func (g *graph) run(workers int) {
	var (
		mu    sync.Mutex
		cond  = sync.NewCond(&mu)
		ready readyQueue
		left  = len(g.units)
	)
	for _, u := range g.units {
		if u.waiting == 0 {
			heap.Push(&ready, u)
		}
	}
	var wg sync.WaitGroup
	for range min(workers, max(len(g.units), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				for ready.Len() == 0 && left > 0 {
					cond.Wait()
				}
				if left == 0 {
					mu.Unlock()
					return
				}
				u := heap.Pop(&ready).(*unit)
				mu.Unlock()

				g.runUnit(u) // a panic here ends the process, as under checker

				mu.Lock()
				left--
				for _, d := range u.dependents {
					if d.waiting--; d.waiting == 0 {
						heap.Push(&ready, d)
					}
				}
				cond.Broadcast()
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
}

// runUnit runs the actions of u in order, then drops their results: they
// were inputs to the actions just run.
func (g *graph) runUnit(u *unit) {
	for _, act := range u.actions {
		g.exec(act)
	}
	for _, act := range u.actions {
		act.act.Result = nil
	}
}

// exec runs one action, as checker's Action.execOnce does.
func (g *graph) exec(act *action) {
	a, pkg := act.act.Analyzer, act.act.Package
	t0 := time.Now()
	defer func() { act.act.Duration = time.Since(t0) }()
	defer act.done.Store(true)

	var failed []string
	for _, d := range act.deps {
		if d.act.Err != nil {
			failed = append(failed, d.act.String())
		}
	}
	if failed != nil {
		slices.Sort(failed)
		act.act.Err = fmt.Errorf("failed prerequisites: %s", strings.Join(failed, ", "))
		return
	}

	inputs := make(map[*analysis.Analyzer]any)
	for _, d := range act.deps {
		if d.act.Package == pkg {
			inputs[d.act.Analyzer] = d.act.Result
		}
	}
	act.objectFacts = make(map[objectFactKey]analysis.Fact)
	act.packageFacts = make(map[reflect.Type]analysis.Fact)

	module := &analysis.Module{}
	if pkg.Module != nil {
		module = analysisModule(pkg.Module)
	}
	pass := &analysis.Pass{
		Analyzer:     a,
		Fset:         pkg.Fset,
		Files:        pkg.Syntax,
		OtherFiles:   pkg.OtherFiles,
		IgnoredFiles: pkg.IgnoredFiles,
		Pkg:          pkg.Types,
		TypesInfo:    pkg.TypesInfo,
		TypesSizes:   pkg.TypesSizes,
		TypeErrors:   pkg.TypeErrors,
		Module:       module,
		ResultOf:     inputs,
		Report: func(d analysis.Diagnostic) {
			if err := validateFixes(pkg.Fset, a, d.SuggestedFixes); err != nil {
				panic(err) // as checker does: a bug of the analyzer
			}
			act.act.Diagnostics = append(act.act.Diagnostics, d)
		},
		ImportObjectFact:  func(obj types.Object, ptr analysis.Fact) bool { return g.objectFact(act, obj, ptr) },
		ImportPackageFact: func(p *types.Package, ptr analysis.Fact) bool { return g.packageFact(act, p, ptr) },
		AllObjectFacts:    func() []analysis.ObjectFact { return g.allObjectFacts(act) },
		AllPackageFacts:   func() []analysis.PackageFact { return g.allPackageFacts(act) },
	}
	pass.ExportObjectFact = func(obj types.Object, fact analysis.Fact) {
		if act.done.Load() {
			panic(fmt.Sprintf("%s: Pass.ExportObjectFact(%s, %T) called after Run", act.act, obj, fact))
		}
		if obj.Pkg() != pkg.Types {
			panic(fmt.Sprintf("internal error: in analysis %s of package %s: Fact.Set(%s, %T): can't set facts on objects belonging another package", a, pkg, obj, fact))
		}
		act.objectFacts[objectFactKey{obj, factType(fact)}] = fact
	}
	pass.ExportPackageFact = func(fact analysis.Fact) {
		if act.done.Load() {
			panic(fmt.Sprintf("%s: Pass.ExportPackageFact(%T) called after Run", act.act, fact))
		}
		act.packageFacts[factType(fact)] = fact
	}
	pass.ReadFile = func(name string) ([]byte, error) {
		if !readable(pass, name) {
			return nil, fmt.Errorf("Pass.ReadFile: %s is not among OtherFiles, IgnoredFiles, or names of Files", name)
		}
		return os.ReadFile(name)
	}

	act.act.Result, act.act.Err = func() (any, error) {
		if pkg.IllTyped && !a.RunDespiteErrors {
			return nil, fmt.Errorf("analysis skipped due to errors in package")
		}
		result, err := a.Run(pass)
		if err != nil {
			return nil, err
		}
		if got, want := reflect.TypeOf(result), a.ResultType; got != want {
			return nil, fmt.Errorf("internal error: on package %s, analyzer %s returned a result of type %v, but declared ResultType %v",
				pass.Pkg.Path(), a, got, want)
		}
		for i := range act.act.Diagnostics {
			u, err := resolveURL(a, act.act.Diagnostics[i])
			if err != nil {
				return nil, err
			}
			act.act.Diagnostics[i].URL = u
		}
		return result, nil
	}()
}

// objectFact implements Pass.ImportObjectFact. A fact is visible where
// checker makes it visible: facts are inherited along the imports, and
// at each step only those on objects that may appear in the importing
// package's view of the imported one pass (checker's exportedFrom). So
// the facts of the package itself; of the exported functions and the
// package-level variables of the packages it imports; and of methods,
// fields, types and constants of any package below it.
func (g *graph) objectFact(act *action, obj types.Object, ptr analysis.Fact) bool {
	if obj == nil {
		panic("nil object")
	}
	k := objectFactKey{obj, factType(ptr)}
	src := act
	if p := obj.Pkg(); p != act.act.Package.Types {
		// Without facts, an analyzer has no action on the packages
		// below: there is nothing to find.
		if p == nil || len(act.act.Analyzer.FactTypes) == 0 || !visible(obj, act.unit) {
			return false
		}
		src = g.actions[key{act.act.Analyzer, g.byTypes[p]}]
		if src == nil || !src.done.Load() {
			return false
		}
	}
	if v, ok := src.objectFacts[k]; ok {
		reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(v).Elem())
		return true
	}
	return false
}

// visible reports whether facts on obj, of another package than u's,
// reach u's package in checker: see objectFact.
func visible(obj types.Object, u *unit) bool {
	direct := u.imports[obj.Pkg()]
	switch obj := obj.(type) {
	case *types.Func:
		if obj.Signature().Recv() != nil {
			return true
		}
		return direct && obj.Exported()
	case *types.Var:
		return obj.IsField() || direct
	case *types.TypeName, *types.Const:
		return true
	}
	return false
}

// packageFact implements Pass.ImportPackageFact: package facts are
// inherited along the imports whole.
func (g *graph) packageFact(act *action, p *types.Package, ptr analysis.Fact) bool {
	if p == nil {
		panic("nil package")
	}
	src := act
	if p != act.act.Package.Types {
		if len(act.act.Analyzer.FactTypes) == 0 {
			return false
		}
		src = g.actions[key{act.act.Analyzer, g.byTypes[p]}]
		if src == nil || !src.done.Load() {
			return false
		}
	}
	if v, ok := src.packageFacts[factType(ptr)]; ok {
		reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(v).Elem())
		return true
	}
	return false
}

// below returns act and the actions of its analyzer on the packages below
// act's, whose facts it inherits.
func below(act *action) []*action {
	seen := map[*action]bool{act: true}
	out := []*action{act}
	for i := 0; i < len(out); i++ {
		for _, d := range out[i].deps {
			if d.act.Analyzer == act.act.Analyzer && !seen[d] {
				seen[d] = true
				out = append(out, d)
			}
		}
	}
	return out
}

// allObjectFacts implements Pass.AllObjectFacts.
func (g *graph) allObjectFacts(act *action) []analysis.ObjectFact {
	var facts []analysis.ObjectFact
	for _, src := range below(act) {
		for k, f := range src.objectFacts {
			if src == act || visible(k.obj, act.unit) {
				facts = append(facts, analysis.ObjectFact{Object: k.obj, Fact: f})
			}
		}
	}
	return facts
}

// allPackageFacts implements Pass.AllPackageFacts.
func (g *graph) allPackageFacts(act *action) []analysis.PackageFact {
	var facts []analysis.PackageFact
	for _, src := range below(act) {
		for _, f := range src.packageFacts {
			facts = append(facts, analysis.PackageFact{Package: src.act.Package.Types, Fact: f})
		}
	}
	return facts
}

// factType returns the type of fact, which must be a pointer.
func factType(fact analysis.Fact) reflect.Type {
	t := reflect.TypeOf(fact)
	if t.Kind() != reflect.Pointer {
		panic(fmt.Sprintf("invalid Fact type: got %T, want pointer", fact))
	}
	return t
}

// readable reports whether Pass.ReadFile may read name: a file of the
// package.
func readable(pass *analysis.Pass, name string) bool {
	if slices.Contains(pass.OtherFiles, name) || slices.Contains(pass.IgnoredFiles, name) {
		return true
	}
	return slices.ContainsFunc(pass.Files, func(f *ast.File) bool { return pass.Fset.File(f.FileStart).Name() == name })
}

// resolveURL returns the URL of d: its own, resolved against its
// analyzer's, or the analyzer's with the category as fragment.
func resolveURL(a *analysis.Analyzer, d analysis.Diagnostic) (string, error) {
	if d.URL == "" && d.Category == "" && a.URL == "" {
		return "", nil
	}
	raw := d.URL
	if d.URL == "" && d.Category != "" {
		raw = "#" + d.Category
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("invalid Diagnostic.URL %q: %s", raw, err)
	}
	base, err := url.Parse(a.URL)
	if err != nil {
		return "", fmt.Errorf("invalid Analyzer.URL %q: %s", a.URL, err)
	}
	return base.ResolveReference(u).String(), nil
}

// analysisModule converts a go/packages module to the analysis one.
func analysisModule(m *packages.Module) *analysis.Module {
	if m == nil {
		return nil
	}
	var err *analysis.ModuleError
	if m.Error != nil {
		err = &analysis.ModuleError{Err: m.Error.Err}
	}
	return &analysis.Module{
		Path: m.Path, Version: m.Version, Replace: analysisModule(m.Replace), Time: m.Time,
		Main: m.Main, Indirect: m.Indirect, Dir: m.Dir, GoMod: m.GoMod, GoVersion: m.GoVersion, Error: err,
	}
}

// A readyQueue holds the units ready to run, the highest first.
type readyQueue []*unit

func (q readyQueue) Len() int { return len(q) }
func (q readyQueue) Less(i, j int) bool {
	if q[i].height != q[j].height {
		return q[i].height > q[j].height
	}
	return cmp.Compare(q[i].pkg.ID, q[j].pkg.ID) < 0
}
func (q readyQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index, q[j].index = i, j
}
func (q *readyQueue) Push(x any) {
	u := x.(*unit)
	u.index = len(*q)
	*q = append(*q, u)
}
func (q *readyQueue) Pop() any {
	old := *q
	u := old[len(old)-1]
	*q = old[:len(old)-1]
	return u
}
