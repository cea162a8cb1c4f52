package integration_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/integration/internal/fixturemod"
)

// TestFixturesOnRealModules runs the tests of every package with a fixture
// module (analyzers/*/testdata/go.mod, passes/*/testdata/go.mod) again,
// with the fixture module built against the real modules instead of the
// stubs: the same // want expectations must hold.
//
// The fixture's go.mod and go.sum are replaced through a go command overlay
// (GOFLAGS=-overlay), which analysistest's loader inherits, so the
// package's own test runs unchanged: its analyzer or reporting analyzer,
// its patterns, its flags. The rewritten go.mod requires what this module
// requires, and the go.sum is this module's.
func TestFixturesOnRealModules(t *testing.T) {
	root := repoRoot(t)
	gomods, err := fixturemod.Fixtures(root)
	require.NoError(t, err)
	if len(gomods) == 0 {
		t.Skip("no fixture modules yet")
	}
	real := realGoMod(t)
	gosum, err := os.ReadFile("go.sum")
	require.NoError(t, err)
	flags := goflags(t)
	for _, gomod := range gomods {
		fixtureDir := filepath.Dir(gomod)
		pkgDir := filepath.Dir(fixtureDir)
		rel, err := filepath.Rel(root, pkgDir)
		require.NoError(t, err)
		t.Run(filepath.ToSlash(rel), func(t *testing.T) {
			data, err := os.ReadFile(gomod)
			require.NoError(t, err)
			rw, err := fixturemod.RewriteFixture(data, fixtureDir, stubsDir(t), root, real)
			require.NoError(t, err)
			if len(rw.Replaced) == 0 {
				t.Skip("the fixture module uses no stub")
			}
			overlay := writeOverlay(t, fixtureDir, rw.GoMod, gosum)
			env := append(os.Environ(), "GOFLAGS="+flags+" -overlay="+overlay, "GOWORK=off")
			assertRealModules(t, fixtureDir, env, rw.Replaced, root)
			cmd := exec.Command("go", "test", "-count=1", "./"+filepath.ToSlash(rel))
			cmd.Dir = root
			cmd.Env = env
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Errorf("with %s built against the real modules (%v), go test ./%s fails: %v\n%s\nrewritten go.mod:\n%s",
					filepath.ToSlash(rel)+"/testdata", rw.Replaced, filepath.ToSlash(rel), err, out, rw.GoMod)
			}
		})
	}
}

// assertRealModules checks that, with the overlay in env, the fixture module
// in fixtureDir resolves each module it replaced with a stub to the real
// module: the module cache, or the repository for RootModule.
func assertRealModules(t *testing.T, fixtureDir string, env, paths []string, root string) {
	t.Helper()
	for _, path := range paths {
		cmd := exec.Command("go", "list", "-m", "-json", path)
		cmd.Dir = fixtureDir
		cmd.Env = append(env, "GOPROXY=off")
		out, err := cmd.Output()
		require.NoError(t, err, "go list -m %s: %s", path, out)
		var m struct{ Dir string }
		require.NoError(t, json.Unmarshal(out, &m))
		if path == fixturemod.RootModule {
			require.Equal(t, root, m.Dir)
			continue
		}
		require.NotContains(t, m.Dir, stubsDir(t), "%s still resolves to its stub", path)
		require.Contains(t, m.Dir, "@", "%s does not resolve to the module cache", path)
	}
}

// writeOverlay writes the replacement go.mod and go.sum of the fixture
// module in fixtureDir and the overlay file that maps them, and returns the
// path of the overlay file.
func writeOverlay(t *testing.T, fixtureDir string, gomod, gosum []byte) string {
	t.Helper()
	dir := t.TempDir()
	if own, err := os.ReadFile(filepath.Join(fixtureDir, "go.sum")); err == nil {
		gosum = append(append(append([]byte(nil), gosum...), '\n'), own...)
	}
	modPath, sumPath := filepath.Join(dir, "go.mod"), filepath.Join(dir, "go.sum")
	require.NoError(t, os.WriteFile(modPath, gomod, 0o644))
	require.NoError(t, os.WriteFile(sumPath, gosum, 0o644))
	overlay, err := json.Marshal(map[string]map[string]string{"Replace": {
		filepath.Join(fixtureDir, "go.mod"): modPath,
		filepath.Join(fixtureDir, "go.sum"): sumPath,
	}})
	require.NoError(t, err)
	path := filepath.Join(dir, "overlay.json")
	require.NoError(t, os.WriteFile(path, overlay, 0o644))
	return path
}

// TestTemplateFixtureLoads loads the template fixture module of
// testdata/stubs the way analysistest loads fixtures (module proxy off, no
// go.sum) and runs an analyzer on it.
func TestTemplateFixtureLoads(t *testing.T) {
	dir := filepath.Join(stubsDir(t), fixturemod.TemplateDir)
	_, err := os.Stat(filepath.Join(dir, "go.sum"))
	require.True(t, os.IsNotExist(err), "the template needs no go.sum; remove it")
	noop := &analysis.Analyzer{
		Name: "noop",
		Doc:  "report nothing",
		Run:  func(*analysis.Pass) (any, error) { return nil, nil },
	}
	results := analysistest.Run(t, dir, noop, "./...")
	require.NotEmpty(t, results)
	for _, r := range results {
		require.NoError(t, r.Err, r.Action)
	}
}
