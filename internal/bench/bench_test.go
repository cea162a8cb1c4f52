package bench

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers"
)

var (
	flagPkgs = flag.Int("pkgs", envInt("FNLINT_BENCH_PKGS", DefaultPackages),
		"number of packages of the generated module (default from $FNLINT_BENCH_PKGS)")
	flagBreakdown = flag.Bool("breakdown", false,
		"after the suite benchmarks, analyze once more sequentially and log the time of each analyzer")
)

// envInt returns the integer in the environment variable name, or def.
func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return n
	}
	return def
}

// BenchmarkGenerated runs the suite over a generated module of -pkgs
// packages of handler code.
func BenchmarkGenerated(b *testing.B) {
	dir := generate(b, *flagPkgs)
	benchSet(b,
		func() ([]*packages.Package, error) { return LoadModule(dir, false) },
		func() ([]*packages.Package, error) { return LoadModule(dir, true) })
}

// BenchmarkStd runs the suite over StdRoots and their dependencies, all of
// them roots.
func BenchmarkStd(b *testing.B) {
	dir := moduleRoot(b)
	load := func() ([]*packages.Package, error) { return LoadStd(dir) }
	benchSet(b, load, load)
}

// benchSet measures loading and type-checking the packages whole alone
// ("load", with full), and the run of fnlint ("suite": load as fnlint does,
// then the whole suite). The suite benchmark also loads whole in each
// iteration, before the run and timed apart, and reports the run's time as
// a ratio of that load (x-load) and of its own (x-own-load).
func benchSet(b *testing.B, full, load func() ([]*packages.Package, error)) {
	// Warm the build cache (cgo files of net, os/user) and the go
	// command's caches before anything is timed.
	warm, err := load()
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("%d root packages", len(warm))

	b.Run("load", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			collect(b)
			if _, err := full(); err != nil {
				b.Fatal(err)
			}
		}
	})

	b.Run("suite", func(b *testing.B) {
		b.ReportAllocs()
		suite := analyzers.Analyzers()
		var (
			iters                   int
			fullTime, fullCPU       time.Duration
			loadTime, analyzeTime   time.Duration
			loadCPU, analyzeCPU     time.Duration
			loadBytes, analyzeBytes uint64
			findings                int
		)
		for b.Loop() {
			collect(b)
			f0, fc0 := time.Now(), cpuTime()
			if _, err := full(); err != nil {
				b.Fatal(err)
			}
			fullTime += time.Since(f0)
			fullCPU += cpuTime() - fc0
			collect(b)
			var (
				roots []*packages.Package
				err   error
			)
			t0, c0, m0 := time.Now(), cpuTime(), totalAlloc()
			phase("load", func() { roots, err = load() })
			t1, c1, m1 := time.Now(), cpuTime(), totalAlloc()
			if err != nil {
				b.Fatal(err)
			}
			phase("analyze", func() { _, findings, err = Analyze(suite, roots, 0) })
			t2, c2, m2 := time.Now(), cpuTime(), totalAlloc()
			if err != nil {
				b.Fatal(err)
			}
			loadTime += t1.Sub(t0)
			analyzeTime += t2.Sub(t1)
			loadCPU += c1 - c0
			analyzeCPU += c2 - c1
			loadBytes += m1 - m0
			analyzeBytes += m2 - m1
			iters++
		}
		per := func(d time.Duration) float64 { return d.Seconds() * 1e3 / float64(iters) }
		b.ReportMetric(per(fullTime), "full-load-ms/op")
		b.ReportMetric(per(loadTime), "load-ms/op")
		b.ReportMetric(per(analyzeTime), "analyze-ms/op")
		b.ReportMetric(float64(loadTime+analyzeTime)/float64(fullTime), "x-load")
		b.ReportMetric(float64(loadTime+analyzeTime)/float64(loadTime), "x-own-load")
		if fullCPU > 0 {
			b.ReportMetric(float64(loadCPU+analyzeCPU)/float64(fullCPU), "cpu-x-load")
		}
		b.ReportMetric(float64(loadBytes)/1e6/float64(iters), "load-MB/op")
		b.ReportMetric(float64(analyzeBytes)/1e6/float64(iters), "analyze-MB/op")
		b.ReportMetric(float64(findings), "findings")
	})

	if *flagBreakdown {
		breakdown(b, load)
	}
}

// breakdown analyzes once, sequentially, and logs the time of each analyzer
// on the roots and on their dependencies.
func breakdown(b *testing.B, load func() ([]*packages.Package, error)) {
	roots, err := load()
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	graph, _, err := Analyze(analyzers.Analyzers(), roots, 1)
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "sequential analysis: %v\n", time.Since(start).Round(time.Millisecond))
	fmt.Fprintf(&sb, "%-12s %8s %10s %10s %10s\n", "analyzer", "actions", "roots", "deps", "total")
	for _, t := range TimeByAnalyzer(graph) {
		fmt.Fprintf(&sb, "%-12s %8d %10v %10v %10v\n", t.Name, t.Actions,
			t.Roots.Round(time.Millisecond), t.Deps.Round(time.Millisecond), t.Total().Round(time.Millisecond))
	}
	b.Log("\n" + sb.String())
}

// phase runs f with the profiler label phase=name, which the goroutines it
// starts inherit: go tool pprof -tagfocus=phase=analyze shows the analysis
// alone (the garbage collector's background workers carry no label).
func phase(name string, f func()) {
	pprof.Do(context.Background(), pprof.Labels("phase", name), func(context.Context) { f() })
}

// collect runs the garbage collector outside the timed region, so that each
// iteration starts from the same heap and does not pay for the garbage of
// the previous one.
func collect(b *testing.B) {
	b.StopTimer()
	runtime.GC()
	b.StartTimer()
}

// totalAlloc returns the cumulative bytes allocated by the process.
func totalAlloc() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.TotalAlloc
}
