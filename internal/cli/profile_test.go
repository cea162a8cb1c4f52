package cli

import (
	"context"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers"
)

func TestDebugChecks(t *testing.T) {
	dir := fixture(t)
	plain := runIn(t, dir, "-enable=twin", "./api", "./gen", "./clean")
	debug := runIn(t, dir, "-enable=twin", "-debug=checks", "./api", "./gen", "./clean")
	require.Equal(t, ExitFindings, debug.code, debug.stderr)
	assert.Equal(t, plain.stdout, debug.stdout, "the copies of the analyzers find what the originals find")

	assert.Contains(t, debug.stderr, "\ncheck  ", "a header line")
	rows := make(map[string][]string)
	for line := range strings.SplitSeq(debug.stderr, "\n") {
		if f := strings.Fields(line); len(f) == 7 {
			rows[f[0]] = f
		}
	}
	for _, name := range []string{"handlerfix", "twin", "inspect"} {
		require.Contains(t, rows, name, debug.stderr)
		assert.Equal(t, "3", rows[name][1], "%s runs on the three packages (no facts: not on web)", name)
	}
	assert.Equal(t, "9", rows["total"][1])
	assert.NotContains(t, rows, "boom", "a check that is off is not measured")
	assert.Contains(t, debug.stderr, "fnlint: load ")
}

func TestDebugChecksWholeSuite(t *testing.T) {
	dir := fixture(t)
	cmd := func() *Command { return &Command{Checks: analyzers.All(), Dir: dir} }
	plain := runCmd(t, cmd(), "-cache=false", "./...")
	debug := runCmd(t, cmd(), "-cache=false", "-debug=checks", "./...")
	assert.Equal(t, plain.code, debug.code, debug.stderr)
	assert.Equal(t, plain.stdout, debug.stdout)
	assert.Contains(t, debug.stderr, "\nhandlers ", "passes are measured with the checks")
	assert.NotContains(t, debug.stderr, "failed prerequisites")
}

func TestDebugUnknown(t *testing.T) {
	out := runIn(t, fixture(t), "-debug=everything", "./api")
	assert.Equal(t, ExitError, out.code)
	assert.Contains(t, out.stderr, `unknown value "everything" (known: checks, fullload, checker)`)
	assert.Empty(t, out.stdout)
}

func TestProfiles(t *testing.T) {
	dir := fixture(t)
	cpu, mem := filepath.Join(t.TempDir(), "cpu.out"), filepath.Join(t.TempDir(), "mem.out")
	out := runIn(t, dir, "-cpuprofile", cpu, "-memprofile", mem, "./api")
	require.Equal(t, ExitFindings, out.code, out.stderr)
	for _, name := range []string{cpu, mem} {
		fi, err := os.Stat(name)
		require.NoError(t, err)
		assert.Positive(t, fi.Size(), name)
	}

	out = runIn(t, dir, "-cpuprofile", filepath.Join(dir, "no", "such", "dir", "cpu.out"), "./api")
	assert.Equal(t, ExitError, out.code)
	assert.Contains(t, out.stderr, "fnlint: cpuprofile: ")
}

func TestReleaseDeps(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"go.mod":      "module example.com/rel\n\ngo 1.26\n",
		"a/a.go":      "package a\n\nimport (\n\t\"strings\"\n\n\t\"example.com/rel/b\"\n)\n\nvar A = strings.ToUpper(b.B)\n",
		"b/b.go":      "package b\n\nvar B = \"b\"\n",
		"a/a_test.go": "package a\n",
	}
	for name, data := range files {
		require.NoError(t, os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644))
	}
	pkgs, err := packages.Load(PackagesConfig(context.Background(), dir, false, ""), "./a")
	require.NoError(t, err)
	require.Len(t, pkgs, 1)
	releaseDeps(pkgs)

	a := pkgs[0]
	assert.NotEmpty(t, a.Syntax, "roots keep their syntax")
	assert.NotEmpty(t, a.TypesInfo.Defs)
	b := a.Imports["example.com/rel/b"]
	assert.NotEmpty(t, b.Syntax, "a dependency in the main module keeps its syntax")
	std := a.Imports["strings"]
	assert.Empty(t, std.Syntax, "a standard library dependency loses its syntax")
	require.NotNil(t, std.TypesInfo, "and keeps an empty types.Info")
	assert.Empty(t, std.TypesInfo.Defs)
	assert.NotNil(t, std.Types.Scope().Lookup("ToUpper"), "and its types")
}

// releasable is a pass result that records its release.
type releasable struct{ released bool }

func (r *releasable) Release() { r.released = true }

func TestReleaser(t *testing.T) {
	pass := &analysis.Analyzer{Name: "pass", ResultType: reflect.TypeFor[*releasable]()}
	withFacts := &analysis.Analyzer{Name: "withfacts", Requires: []*analysis.Analyzer{pass}, FactTypes: []analysis.Fact{new(testFact)}}
	rootsOnly := &analysis.Analyzer{Name: "rootsonly", Requires: []*analysis.Analyzer{pass}}
	rel := newReleaser([]*analysis.Analyzer{withFacts, rootsOnly})
	pkg := types.NewPackage("example.com/p", "p")

	res := &releasable{}
	results := map[*analysis.Analyzer]any{pass: res}
	rel.done(withFacts, pkg, true, results)
	assert.False(t, res.released, "rootsonly has yet to read it on a root")
	rel.done(rootsOnly, pkg, true, results)
	assert.True(t, res.released)

	dep := types.NewPackage("example.com/dep", "dep")
	res = &releasable{}
	rel.done(withFacts, dep, false, map[*analysis.Analyzer]any{pass: res})
	assert.True(t, res.released, "only the check with facts runs on a dependency")
}

type testFact struct{}

func (*testFact) AFact() {}

// TestDebugCheckerAndFullLoad: x/tools' checker and a load of every body
// find what fnlint's driver and load find.
func TestDebugCheckerAndFullLoad(t *testing.T) {
	dir := fixture(t)
	plain := runIn(t, dir, "-cache=false", "./api", "./gen", "./clean", "./boompass")
	require.Equal(t, ExitFindings, plain.code, plain.stderr)
	for _, v := range []string{"checker", "fullload", "checker,fullload"} {
		out := runIn(t, dir, "-debug="+v, "./api", "./gen", "./clean", "./boompass")
		assert.Equal(t, plain.code, out.code, v)
		assert.Equal(t, plain.stdout, out.stdout, v)
		assert.Equal(t, plain.stderr, out.stderr, v)
	}
}
