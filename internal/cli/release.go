package cli

import (
	"go/build"
	"go/types"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// analyzeRoots runs as over roots, with the profiling of p (nil: none),
// once the syntax of the dependencies that no check reads has been
// released.
func analyzeRoots(p *profiler, as []*analysis.Analyzer, roots []*packages.Package) (*checker.Graph, error) {
	if p == nil { // a run that did not parse flags: the language server
		p = new(profiler)
	}
	releaseDeps(roots)
	defer withinLoadPeak()()
	return p.analyze(as, roots)
}

// withinLoadPeak bounds the memory of the analysis by what loading took
// from the system, and returns the function that restores the collector's
// settings. Loading holds every package's syntax and types at once, so it
// is the peak of a run unless the analysis grows the heap past it: with
// the memory limit set to that peak, the collector runs before it does.
// It does so when less than half the peak is live once loading is over,
// and turns GOGC off: the collector runs only at the limit, so the
// analysis runs with fewer collections than GOGC=100 would make, and
// never above the peak. With more than half live (every package a root,
// as on the standard library), a limit that close to the live heap would
// make the collector run over and over; the default GOGC is left.
// A lower GOMEMLIMIT of the user's stays.
func withinLoadPeak() (restore func()) {
	sample := []metrics.Sample{
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
	}
	metrics.Read(sample)
	peak := int64(sample[0].Value.Uint64() - sample[1].Value.Uint64())
	// Collect now: loading leaves the heap goal at twice what it held
	// before its last collection, and the analysis would grow the heap to
	// that goal on top of the released syntax before the collector runs.
	runtime.GC()
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(live)
	oldLimit := debug.SetMemoryLimit(-1)
	if peak <= 0 || peak >= oldLimit || int64(live[0].Value.Uint64()) >= peak/2 {
		return func() {}
	}
	debug.SetMemoryLimit(peak)
	oldPercent := debug.SetGCPercent(-1)
	return func() {
		debug.SetGCPercent(oldPercent)
		debug.SetMemoryLimit(oldLimit)
	}
}

// releaseDeps drops the syntax and type information of the dependencies of
// roots that are in the standard library or read from the module cache,
// keeping their types. The handler pass returns at once on those packages
// (passes/handlers, isStd and isDependency), and every check with facts
// returns with it, so their syntax is never read by the analysis; but
// go/packages type-checked them from source (the checker needs their
// types and runs the checks with facts on them), and kept their syntax
// trees and types.Info maps: most of the heap (on the generated module of
// 200 packages, 300 MB of the 360 MB live after loading). Released before
// the analysis, the collector can reclaim that memory, and the analysis
// runs in less than loading peaked at.
//
// Root packages, and dependencies in the main module or replaced by a
// local directory, are kept whole.
func releaseDeps(roots []*packages.Package) {
	isRoot := make(map[*packages.Package]bool, len(roots))
	for _, r := range roots {
		isRoot[r] = true
	}
	goroot := build.Default.GOROOT
	packages.Visit(roots, nil, func(p *packages.Package) {
		if isRoot[p] || !(inGoroot(p, goroot) || isModuleCacheDep(p.Module)) {
			return
		}
		p.Syntax = nil
		p.TypesInfo = new(types.Info) // empty, never nil: a check may consult it before returning
	})
}

// inGoroot reports whether the files of p are in the standard library's
// source tree, as passes/handlers decides.
func inGoroot(p *packages.Package, goroot string) bool {
	if goroot == "" || len(p.CompiledGoFiles) == 0 {
		return false
	}
	return strings.HasPrefix(p.CompiledGoFiles[0], filepath.Join(goroot, "src")+string(filepath.Separator))
}

// isModuleCacheDep reports whether m is read from the module cache: neither
// a main module nor replaced by a local directory. It is passes/handlers'
// isDependency on the go/packages form of the module.
func isModuleCacheDep(m *packages.Module) bool {
	return m != nil && !m.Main && m.Version != "" && (m.Replace == nil || m.Replace.Version != "")
}

// A releaser releases the result of a pass on a package once every
// analyzer that reads it there has run. The checker keeps every result
// until the whole analysis is over; the SSA form that passes/handlers
// builds for each package is most of the memory the analysis holds.
// Results that can let go of their contents have a Release method.
type releaser struct {
	// readers counts, per pass, the analyzers that require it and run on
	// a root package, and those that also run on dependencies.
	readers map[*analysis.Analyzer]*readerCount
	mu      sync.Mutex
	left    map[releaseKey]int // readers yet to run on a package
}

type readerCount struct{ roots, deps int }

type releaseKey struct {
	pass *analysis.Analyzer
	pkg  *types.Package
}

// newReleaser counts the readers of each pass that the analysis of as
// runs. The checker runs every analyzer of the closure of as on each root
// package, and on dependencies those with facts and what they require.
func newReleaser(as []*analysis.Analyzer) *releaser {
	all := expand(as)
	onDeps := make(map[*analysis.Analyzer]bool)
	for i := len(all) - 1; i >= 0; i-- { // requirers before what they require
		a := all[i]
		if len(a.FactTypes) > 0 {
			onDeps[a] = true
		}
		if onDeps[a] {
			for _, r := range a.Requires {
				onDeps[r] = true
			}
		}
	}
	rel := &releaser{readers: make(map[*analysis.Analyzer]*readerCount), left: make(map[releaseKey]int)}
	for _, a := range all {
		for _, r := range a.Requires {
			n := rel.readers[r]
			if n == nil {
				n = new(readerCount)
				rel.readers[r] = n
			}
			n.roots++
			if onDeps[a] {
				n.deps++
			}
		}
	}
	return rel
}

// done records that a has run on pkg with the results results, keyed by
// the passes a requires, and releases those it was the last to read.
func (r *releaser) done(a *analysis.Analyzer, pkg *types.Package, root bool, results map[*analysis.Analyzer]any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, req := range a.Requires {
		k := releaseKey{req, pkg}
		left, ok := r.left[k]
		if !ok {
			left = r.readers[req].deps
			if root {
				left = r.readers[req].roots
			}
		}
		left--
		r.left[k] = left
		if left > 0 {
			continue
		}
		delete(r.left, k)
		if res, ok := results[req].(interface{ Release() }); ok {
			res.Release()
		}
	}
}
