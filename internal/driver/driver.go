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
	"go/types"
	"reflect"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"

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

// A readyQueue holds the units ready to run, the highest first.
type readyQueue []*unit

func (q readyQueue) Len() int { return len(q) }
func (q readyQueue) Less(i, j int) bool {
	if q[i].height != q[j].height {
		return q[i].height > q[j].height
	}
	return cmp.Compare(q[i].pkg.ID, q[j].pkg.ID) < 0
}
func (q readyQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *readyQueue) Push(x any)   { *q = append(*q, x.(*unit)) }
func (q *readyQueue) Pop() any {
	old := *q
	u := old[len(old)-1]
	*q = old[:len(old)-1]
	return u
}
