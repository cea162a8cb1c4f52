package integration_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/integration/internal/fixturemod"
)

// repoRoot is the root of the fnlint repository, the parent of this module.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("..")
	require.NoError(t, err)
	return root
}

// stubsDir is the directory of the stub modules.
func stubsDir(t *testing.T) string {
	return filepath.Join(repoRoot(t), "testdata", "stubs")
}

// realGoMod returns this module's go.mod: the real modules and their
// versions.
func realGoMod(t *testing.T) *modfile.File {
	t.Helper()
	data, err := os.ReadFile("go.mod")
	require.NoError(t, err)
	f, err := modfile.Parse("go.mod", data, nil)
	require.NoError(t, err)
	return f
}

// realVersion returns the version of path this module requires.
func realVersion(f *modfile.File, path string) (string, bool) {
	for _, r := range f.Require {
		if r.Mod.Path == path {
			return r.Mod.Version, true
		}
	}
	return "", false
}

const loadMode = packages.NeedName | packages.NeedTypes | packages.NeedModule

// loadStubs loads the packages of mods the way a fixture module sees them:
// from a module in a temporary directory that requires each stub module at
// the version of the real one and replaces it with the stub directory, with
// the module proxy off and no go.sum.
func loadStubs(t *testing.T, mods []fixturemod.Module, real *modfile.File) map[string]*packages.Package {
	t.Helper()
	dir := t.TempDir()
	var gomod strings.Builder
	gomod.WriteString("module fnlint.test/stubcheck\n\ngo 1.26\n\n")
	var patterns []string
	for _, m := range mods {
		v, ok := realVersion(real, m.Path)
		require.True(t, ok, "stub module %s: integration/go.mod does not require the real module", m.Path)
		fmt.Fprintf(&gomod, "require %s %s\nreplace %s => %s\n", m.Path, v, m.Path, m.Dir)
		patterns = append(patterns, m.Packages...)
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod.String()), 0o644))
	return load(t, dir, []string{"GOPROXY=off", "GOWORK=off"}, patterns)
}

// loadReal loads packages from this module, which requires the real modules.
func loadReal(t *testing.T, patterns []string) map[string]*packages.Package {
	t.Helper()
	return load(t, ".", []string{"GOWORK=off"}, patterns)
}

func load(t *testing.T, dir string, env, patterns []string) map[string]*packages.Package {
	t.Helper()
	cfg := &packages.Config{Mode: loadMode, Dir: dir, Env: append(os.Environ(), env...)}
	pkgs, err := packages.Load(cfg, patterns...)
	require.NoError(t, err, "load %s", patterns)
	out := make(map[string]*packages.Package, len(pkgs))
	for _, p := range pkgs {
		out[p.PkgPath] = p
	}
	return out
}

// goflags returns the GOFLAGS the go command uses now, environment or
// go env file, so that a test can add to them.
func goflags(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOFLAGS").Output()
	require.NoError(t, err)
	return strings.TrimSpace(string(out))
}
