package cli

import (
	"cmp"
	"flag"
	"fmt"
	"go/types"
	"io"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/driver"
)

// The values of -debug.
const (
	debugChecks   = "checks"   // print the cost of each check
	debugFullLoad = "fullload" // type-check the bodies of every dependency (see Load)
	debugChecker  = "checker"  // analyse with x/tools' checker.Analyze (see driver.Analyze)
)

// A profiler holds the -debug, -cpuprofile and -memprofile flags of a run
// and what they measure.
type profiler struct {
	checks     bool   // -debug=checks
	fullLoad   bool   // -debug=fullload
	useChecker bool   // -debug=checker
	cpuProfile string // -cpuprofile file
	memProfile string // -memprofile file

	cpuFile  *os.File
	start    time.Time
	loadTime time.Duration // from start to the analysis
	analysis time.Duration // wall time of the analysis
	stats    map[string]*checkStat
	roots    map[*types.Package]bool
	mu       sync.Mutex
}

// A checkStat is the cost of one analyzer over a run.
type checkStat struct {
	name     string
	packages int
	run      time.Duration // in the analyzer's Run
	deps     time.Duration // of run, on dependencies of the packages named
	driver   time.Duration // in the driver around Run: the pass set up, fixes validated
	bytes    uint64        // allocated by Run
	objects  uint64        // heap objects allocated by Run
}

// debugFlag is the -debug flag: a comma-separated list of what to report.
type debugFlag struct{ p *profiler }

func (d debugFlag) String() string {
	if d.p == nil {
		return ""
	}
	var vs []string
	for _, v := range []struct {
		on   bool
		name string
	}{{d.p.checks, debugChecks}, {d.p.fullLoad, debugFullLoad}, {d.p.useChecker, debugChecker}} {
		if v.on {
			vs = append(vs, v.name)
		}
	}
	return strings.Join(vs, ",")
}

func (d debugFlag) Set(s string) error {
	for v := range strings.SplitSeq(s, ",") {
		switch strings.TrimSpace(v) {
		case debugChecks:
			d.p.checks = true
		case debugFullLoad:
			d.p.fullLoad = true
		case debugChecker:
			d.p.useChecker = true
		case "":
		default:
			return fmt.Errorf("unknown value %q (known: %s, %s, %s)", v, debugChecks, debugFullLoad, debugChecker)
		}
	}
	return nil
}

// profileFlags defines the -debug, -cpuprofile and -memprofile flags on fs.
func profileFlags(fs *flag.FlagSet) *profiler {
	p := new(profiler)
	fs.Var(debugFlag{p}, "debug", "comma-separated `list` of: "+debugChecks+
		" prints on stderr after the run, per check and pass, its time, packages and allocations\n"+
		"(the checks then run one at a time, so that the figures add up); "+debugFullLoad+
		" type-checks the function bodies of\nthe standard library and module cache dependencies too; "+
		debugChecker+" runs the analysis with x/tools' checker.Analyze\ninstead of fnlint's scheduler")
	fs.StringVar(&p.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to `file`")
	fs.StringVar(&p.memProfile, "memprofile", "", "write an allocation profile of the run to `file`")
	return p
}

// begin starts the CPU profile, if any. The caller must call end once the
// run is over. A nil profiler does nothing.
func (p *profiler) begin() error {
	if p == nil {
		return nil
	}
	p.start = time.Now()
	if p.cpuProfile == "" {
		return nil
	}
	f, err := os.Create(p.cpuProfile)
	if err != nil {
		return fmt.Errorf("cpuprofile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("cpuprofile: %w", err)
	}
	p.cpuFile = f
	return nil
}

// end stops the CPU profile, writes the allocation profile and prints the
// cost of each check to w. Errors are printed to w too: profiling does
// not change the exit status.
func (p *profiler) end(w io.Writer) {
	if p == nil {
		return
	}
	if p.cpuFile != nil {
		pprof.StopCPUProfile()
		if err := p.cpuFile.Close(); err != nil {
			fmt.Fprintf(w, "fnlint: cpuprofile: %v\n", err)
		}
	}
	if p.memProfile != "" {
		if err := writeAllocs(p.memProfile); err != nil {
			fmt.Fprintf(w, "fnlint: memprofile: %v\n", err)
		}
	}
	if p.checks {
		p.print(w)
	}
}

// writeAllocs writes the allocation profile (every allocation since the
// process started, and what is live after a collection) to name.
func writeAllocs(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	runtime.GC()
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// analyze runs as over roots with driver.Analyze (checker.Analyze with
// -debug=checker), each analyzer replaced
// by a copy (see instrument) that releases the results of the passes it
// requires once their last reader on a package is done. With
// -debug=checks it runs them one at a time, and the copies measure each
// Run.
func (p *profiler) analyze(as []*analysis.Analyzer, roots []*packages.Package) (*checker.Graph, error) {
	p.roots = make(map[*types.Package]bool, len(roots))
	for _, r := range roots {
		p.roots[r.Types] = true
	}
	if p.checks {
		p.loadTime = time.Since(p.start)
	}
	copies, originals := p.instrument(as)
	t0 := time.Now()
	var graph *checker.Graph
	var err error
	if p.useChecker {
		graph, err = checker.Analyze(copies, roots, &checker.Options{Sequential: p.checks})
	} else {
		opts := new(driver.Options)
		if p.checks {
			opts.Workers = 1
		}
		graph, err = driver.Analyze(copies, roots, opts)
	}
	p.analysis = time.Since(t0)
	if graph != nil {
		for act := range graph.All() {
			act.Analyzer = originals[act.Analyzer]
			if s := p.stats[act.Analyzer.Name]; s != nil {
				s.driver += act.Duration
			}
		}
		for _, s := range p.stats {
			s.driver -= s.run
		}
	}
	return graph, err
}

// instrument returns copies of as and every analyzer they require, and
// maps every copy back to its original. A copy requires the copies of
// what the original requires, so that the driver plans the same graph;
// its Run hands the original Run a pass whose Analyzer and ResultOf keys
// are the originals, as their code expects. Fact types are shared, so
// facts are the same.
func (p *profiler) instrument(as []*analysis.Analyzer) (copies []*analysis.Analyzer, originals map[*analysis.Analyzer]*analysis.Analyzer) {
	p.stats = make(map[string]*checkStat)
	rel := newReleaser(as)
	copyOf := make(map[*analysis.Analyzer]*analysis.Analyzer)
	originals = make(map[*analysis.Analyzer]*analysis.Analyzer)
	for _, a := range expand(as) { // required analyzers first
		c := *a
		c.Requires = make([]*analysis.Analyzer, len(a.Requires))
		for i, r := range a.Requires {
			c.Requires[i] = copyOf[r]
		}
		var stat *checkStat
		if p.checks {
			stat = &checkStat{name: a.Name}
			p.stats[a.Name] = stat
		}
		c.Run = p.wrap(a, stat, originals, rel)
		copyOf[a], originals[&c] = &c, a
	}
	for _, a := range as {
		copies = append(copies, copyOf[a])
	}
	return copies, originals
}

// allocMetrics are the runtime metrics read around each Run. The runtime
// counts small allocations when it hands out a span, so a Run is credited
// to within a span per size class: exact over a run, rough for one small
// package. runtime.ReadMemStats would be exact but stops the world.
var allocMetrics = []string{"/gc/heap/allocs:bytes", "/gc/heap/allocs:objects"}

// wrap returns a Run that calls a's Run, adds its time and allocations to
// stat unless stat is nil, and tells rel that a is done with the results
// it read.
func (p *profiler) wrap(a *analysis.Analyzer, stat *checkStat, originals map[*analysis.Analyzer]*analysis.Analyzer, rel *releaser) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (any, error) {
		orig := *pass
		orig.Analyzer = a
		orig.ResultOf = make(map[*analysis.Analyzer]any, len(pass.ResultOf))
		for k, v := range pass.ResultOf {
			orig.ResultOf[originals[k]] = v
		}
		root := p.roots[pass.Pkg]
		defer rel.done(a, pass.Pkg, root, orig.ResultOf)
		if stat == nil {
			return a.Run(&orig)
		}

		before := make([]metrics.Sample, len(allocMetrics))
		after := make([]metrics.Sample, len(allocMetrics))
		for i, name := range allocMetrics {
			before[i].Name, after[i].Name = name, name
		}
		metrics.Read(before)
		t0 := time.Now()
		result, err := a.Run(&orig)
		d := time.Since(t0)
		metrics.Read(after)

		p.mu.Lock()
		defer p.mu.Unlock()
		stat.packages++
		stat.run += d
		if !root {
			stat.deps += d
		}
		stat.bytes += after[0].Value.Uint64() - before[0].Value.Uint64()
		stat.objects += after[1].Value.Uint64() - before[1].Value.Uint64()
		return result, err
	}
}

// print writes the cost of each check, most expensive first.
func (p *profiler) print(w io.Writer) {
	stats := make([]*checkStat, 0, len(p.stats))
	var total checkStat
	for _, s := range p.stats {
		stats = append(stats, s)
		total.packages += s.packages
		total.run += s.run
		total.deps += s.deps
		total.driver += s.driver
		total.bytes += s.bytes
		total.objects += s.objects
	}
	slices.SortFunc(stats, func(a, b *checkStat) int {
		return cmp.Or(cmp.Compare(b.run+b.driver, a.run+a.driver), strings.Compare(a.name, b.name))
	})
	fmt.Fprintf(w, "fnlint: load %s, analysis %s (one check at a time), whole run %s\n",
		ms(p.loadTime), ms(p.analysis), ms(time.Since(p.start)))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "check\tpackages\trun\tof which deps\tdriver\tallocated\tobjects\t\n")
	total.name = "total"
	for _, s := range append(stats, &total) {
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t%d\t\n",
			s.name, s.packages, ms(s.run), ms(s.deps), ms(s.driver), mb(s.bytes), s.objects)
	}
	tw.Flush()
}

// ms formats d in milliseconds.
func ms(d time.Duration) string { return fmt.Sprintf("%.0fms", float64(d)/float64(time.Millisecond)) }

// mb formats n bytes in megabytes.
func mb(n uint64) string { return fmt.Sprintf("%.1fMB", float64(n)/1e6) }
