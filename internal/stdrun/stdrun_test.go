package stdrun

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/bench"
	"github.com/fnlint/fnlint/internal/cli"
)

func TestMain(m *testing.M) {
	// As cmd/fnlint does: a panicking analyzer becomes an error of its
	// package, which the tests then report, instead of ending the run.
	cli.Protect(analyzers.Analyzers())
	os.Exit(m.Run())
}

// A run is the outcome of one fnlint command line.
type run struct {
	stdout, stderr string
	code           int
	graph          *checker.Graph
	took           time.Duration
}

// fnlint runs the command line with every check of the suite in dir.
func fnlint(t *testing.T, dir string, args ...string) run {
	t.Helper()
	// The module proxy stays off: everything the runs load is in GOROOT or
	// in the module cache already.
	t.Setenv("GOPROXY", "off")
	t.Setenv("GOWORK", "off")
	t.Setenv("GOFLAGS", "")
	var stdout, stderr bytes.Buffer
	var r run
	cmd := &cli.Command{
		Checks:       analyzers.All(),
		Dir:          dir,
		Stdout:       &stdout,
		Stderr:       &stderr,
		AfterAnalyze: func(g *checker.Graph) { r.graph = g },
	}
	start := time.Now()
	r.code = cmd.Run(context.Background(), append([]string{"-enable=all"}, args...))
	r.took = time.Since(start)
	r.stdout, r.stderr = stdout.String(), stderr.String()
	t.Logf("fnlint %s: exit %d in %v, %d findings", strings.Join(args, " "), r.code, r.took.Round(time.Millisecond), strings.Count(r.stdout, "\n"))
	return r
}

// analyzerLine matches the first line of an analyzer error as the command
// line prints it, "check: message", under its "# package" header.
var analyzerLine = regexp.MustCompile(`(?m)^[a-z][a-z0-9]*: `)

// requireSound checks that a run analysed its packages with no panic and
// no analyzer error, and returns the root packages it analysed.
func requireSound(t *testing.T, r run) map[*packages.Package]bool {
	t.Helper()
	assert.Contains(t, []int{cli.ExitClean, cli.ExitFindings}, r.code, "exit status; stderr:\n%s", r.stderr)
	// Findings go to stdout (noexit's mention panic calls); analyzer
	// panics and errors go to stderr.
	assert.NotContains(t, r.stderr, "panic")
	assert.NotRegexp(t, analyzerLine, r.stderr)
	assert.Empty(t, r.stderr)
	require.NotNil(t, r.graph, "the checks did not run")
	roots := make(map[*packages.Package]bool)
	for _, act := range r.graph.Roots {
		roots[act.Package] = true
	}
	for act := range r.graph.All() {
		assert.NoError(t, act.Err, "%s", act)
	}
	return roots
}

// stdEnabled reports whether the standard library run is asked for.
func stdEnabled() bool { return os.Getenv("FNLINT_STD") != "" }

// TestStd runs the suite over the whole standard library and its tests, as
// go vet std does.
func TestStd(t *testing.T) {
	if !stdEnabled() {
		t.Skip("set FNLINT_STD=1 to run the suite over the standard library")
	}
	r := fnlint(t, t.TempDir(), "std")
	roots := requireSound(t, r)
	// Every package of std is a root, and the suite ran on each of them.
	pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedName}, "std")
	require.NoError(t, err)
	assert.GreaterOrEqual(t, len(roots), len(pkgs), "root packages analysed")
	want := len(roots) * len(analyzers.All())
	checks := 0
	for _, act := range r.graph.Roots {
		if _, ok := analyzers.Lookup(act.Analyzer.Name); ok {
			checks++
		}
	}
	assert.Equal(t, want, checks, "every check on every root")
}

// TestGeneratedModule runs the suite over the module internal/bench
// generates: bench.DefaultPackages packages of handlers, services and
// commands, with the mistakes the templates plant on purpose.
func TestGeneratedModule(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and analyses a module of 200 packages")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	opts, err := bench.OptionsFrom(root, bench.DefaultPackages)
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, bench.Generate(dir, opts))

	r := fnlint(t, dir, "./...")
	roots := requireSound(t, r)
	assert.Len(t, roots, bench.DefaultPackages)
	assert.Equal(t, cli.ExitFindings, r.code, "the templates plant findings")
	for _, check := range []string{"poolscope", "sqlparam", "idempotenttask"} {
		if _, ok := analyzers.Lookup(check); ok {
			assert.Contains(t, r.stdout, "("+check+")")
		}
	}
}
