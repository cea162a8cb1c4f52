package cache

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/packages"
)

// keyModule writes a module m in which a imports b, b imports c and the
// dependency module dep (replaced by a local directory), a imports
// strings, and d stands alone.
func keyModule(t *testing.T) (root string) {
	t.Helper()
	root = t.TempDir()
	files := map[string]string{
		"m/go.mod":    "module example.com/m\n\ngo 1.26\n\nrequire example.com/dep v0.0.0\n\nreplace example.com/dep => ../dep\n",
		"m/a/a.go":    "package a\n\nimport (\n\t\"strings\"\n\n\t\"example.com/m/b\"\n)\n\nfunc A() string { return strings.ToUpper(b.B()) }\n",
		"m/b/b.go":    "package b\n\nimport (\n\t\"example.com/dep\"\n\t\"example.com/m/c\"\n)\n\nfunc B() string { return c.C() + dep.D() }\n",
		"m/c/c.go":    "package c\n\nfunc C() string { return \"c\" }\n",
		"m/d/d.go":    "package d\n\nfunc D() {}\n",
		"dep/go.mod":  "module example.com/dep\n\ngo 1.26\n",
		"dep/dep.go":  "package dep\n\nfunc D() string { return \"d\" }\n",
		"m/README.md": "not Go\n",
	}
	for name, content := range files {
		writeOld(t, filepath.Join(root, name), content)
	}
	return filepath.Join(root, "m")
}

// goEnv returns the go command's GOROOT and GOMODCACHE.
func goEnv(t *testing.T) (goroot, modcache string) {
	t.Helper()
	out, err := exec.Command("go", "env", "GOROOT", "GOMODCACHE").Output()
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	require.Len(t, lines, 2)
	return lines[0], lines[1]
}

// packageKeys loads the module in dir without types and returns the keys
// of its packages by path, and the file hasher used.
func packageKeys(t *testing.T, dir string, s *Settings, files *FileHashes) map[string]Key {
	t.Helper()
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedDeps | packages.NeedModule,
		Dir:  dir,
		Env:  append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, "./...")
	require.NoError(t, err)
	goroot, modcache := goEnv(t)
	g := &Graph{Settings: s.Key(), GOROOT: goroot, GOMODCACHE: modcache, Files: files}
	keys := make(map[string]Key)
	for _, p := range pkgs {
		require.Empty(t, p.Errors)
		k, err := g.Key(p)
		require.NoError(t, err)
		keys[strings.TrimPrefix(p.PkgPath, "example.com/m/")] = k
	}
	require.Len(t, keys, 4)
	return keys
}

// edit rewrites a file with a modification time of its own.
func edit(t *testing.T, name, content string, age time.Duration) {
	t.Helper()
	require.NoError(t, os.WriteFile(name, []byte(content), 0o666))
	at := time.Now().Add(-age)
	require.NoError(t, os.Chtimes(name, at, at))
}

// changed returns the packages whose keys differ.
func changed(before, after map[string]Key) []string {
	var out []string
	for _, p := range []string{"a", "b", "c", "d"} {
		if before[p] != after[p] {
			out = append(out, p)
		}
	}
	return out
}

func TestPackageKeys(t *testing.T) {
	dir := keyModule(t)
	s := &Settings{Checks: []string{"x"}, Enabled: []string{"x"}, Flags: []string{"x.max=1"}}
	c := openTemp(t)
	keys := func() map[string]Key {
		files := c.FileHashes()
		defer files.Save()
		return packageKeys(t, dir, s, files)
	}
	base := keys()
	assert.Equal(t, base, keys(), "keys are deterministic, and the same from recorded file hashes")
	assert.Len(t, map[Key]bool{base["a"]: true, base["b"]: true, base["c"]: true, base["d"]: true}, 4)

	steps := []struct {
		name string
		do   func()
		want []string
	}{
		{"a file outside the package graph", func() {
			writeOld(t, filepath.Join(dir, "a", "notes.txt"), "notes\n")
			edit(t, filepath.Join(dir, "README.md"), "changed\n", 30*time.Minute)
		}, nil},
		{"a file of c, imported by b, imported by a", func() {
			edit(t, filepath.Join(dir, "c", "c.go"), "package c\n\nfunc C() string { return \"C\" }\n", 29*time.Minute)
		}, []string{"a", "b", "c"}},
		{"a new file in c", func() {
			writeOld(t, filepath.Join(dir, "c", "c2.go"), "package c\n")
		}, []string{"a", "b", "c"}},
		{"the dependency module's file", func() {
			edit(t, filepath.Join(dir, "..", "dep", "dep.go"), "package dep\n\nfunc D() string { return \"D\" }\n", 28*time.Minute)
		}, []string{"a", "b"}},
		{"the unrelated package", func() {
			edit(t, filepath.Join(dir, "d", "d.go"), "package d\n\nfunc D() { D() }\n", 27*time.Minute)
		}, []string{"d"}},
		{"go.mod", func() {
			edit(t, filepath.Join(dir, "go.mod"), "// Module m.\nmodule example.com/m\n\ngo 1.26\n\nrequire example.com/dep v0.0.0\n\nreplace example.com/dep => ../dep\n", 26*time.Minute)
		}, []string{"a", "b", "c", "d"}},
		{"a check flag", func() { s.Flags = []string{"x.max=2"} }, []string{"a", "b", "c", "d"}},
		{"the enabled checks", func() { s.Enabled = nil }, []string{"a", "b", "c", "d"}},
		{"the configuration file", func() { s.Config = []byte("exclude: [d/**]\n") }, []string{"a", "b", "c", "d"}},
		{"the binary", func() { s.Tool[0] = 1 }, []string{"a", "b", "c", "d"}},
		{"the Go version", func() { s.GoEnv = []string{"GOVERSION=go1.99"} }, []string{"a", "b", "c", "d"}},
		{"build tags", func() { s.BuildFlags = []string{"-tags=x"} }, []string{"a", "b", "c", "d"}},
	}
	for _, step := range steps {
		step.do()
		after := keys()
		assert.Equal(t, step.want, changed(base, after), "after changing %s", step.name)
		base = after
	}
}

// TestStandardLibraryNotHashed checks that packages of GOROOT are keyed
// by the Go version alone: their files are not read.
func TestStandardLibraryNotHashed(t *testing.T) {
	dir := keyModule(t)
	files := NewFileHashes()
	packageKeys(t, dir, &Settings{}, files)
	goroot, _ := goEnv(t)
	require.NotEmpty(t, files.checked)
	for name := range files.checked {
		assert.False(t, within(goroot, name), "hashed %s", name)
	}
	assert.Contains(t, files.checked, filepath.Join(dir, "..", "dep", "dep.go"), "a locally replaced module is hashed")
}

func TestSettingsKeyUnambiguous(t *testing.T) {
	a := &Settings{Checks: []string{"ab", "c"}}
	b := &Settings{Checks: []string{"a", "bc"}}
	assert.NotEqual(t, a.Key(), b.Key())
	c := &Settings{Checks: []string{"a"}, Enabled: []string{"b"}}
	d := &Settings{Checks: []string{"a", "b"}}
	assert.NotEqual(t, c.Key(), d.Key())
	assert.Equal(t, (&Settings{Tests: true}).Key(), (&Settings{Tests: true}).Key())
	assert.NotEqual(t, (&Settings{Tests: true}).Key(), (&Settings{}).Key())
}
