package bench

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/packages"
)

// moduleRoot returns the root of the fnlint module, above the test's
// working directory.
func moduleRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	require.NoError(tb, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		require.NotEqual(tb, dir, parent, "no go.mod above the working directory")
		dir = parent
	}
}

// generate writes a module of n packages into a temporary directory.
func generate(tb testing.TB, n int) string {
	tb.Helper()
	opts, err := OptionsFrom(moduleRoot(tb), n)
	require.NoError(tb, err)
	dir := tb.TempDir()
	require.NoError(tb, Generate(dir, opts))
	return dir
}

// importsOf returns the import paths of p, sorted.
func importsOf(p *packages.Package) []string {
	var out []string
	for path := range p.Imports {
		out = append(out, path)
	}
	slices.Sort(out)
	return out
}

func TestGenerateLoads(t *testing.T) {
	dir := generate(t, 5)
	pkgs, err := LoadModule(dir, true)
	require.NoError(t, err)

	byPath := make(map[string]*packages.Package)
	for _, p := range pkgs {
		byPath[p.PkgPath] = p
		assert.NotEmpty(t, p.Syntax, p.PkgPath)
		assert.False(t, p.IllTyped, p.PkgPath)
	}
	want := map[string][]string{
		"store":             {"database/sql"},
		"svc000/domain":     {GenModulePath + "/store", "encoding/json"},
		"svc000/httpapi":    {GenModulePath + "/svc000/domain", "net/http"},
		"svc000/cmd/api":    {LambdaPath + "/events", LambdaPath + "/lambda", LambdaPath + "/lambdacontext"},
		"svc000/cmd/worker": {LambdaPath + "/events", LambdaPath + "/lambda", "database/sql"},
	}
	require.Len(t, byPath, len(want))
	for rel, imports := range want {
		p := byPath[GenModulePath+"/"+rel]
		require.NotNil(t, p, rel)
		assert.Subset(t, importsOf(p), imports, rel)
	}
	assert.Equal(t, "main", byPath[GenModulePath+"/svc000/cmd/api"].Name)
	assert.Equal(t, "main", byPath[GenModulePath+"/svc000/cmd/worker"].Name)
}

// TestGenerateVariants loads enough services to cover every variant of the
// templates (registration styles, pool per invocation, Sprintf query, audit
// insert, calls into the previous service) and the server package.
func TestGenerateVariants(t *testing.T) {
	if testing.Short() {
		t.Skip("loads 31 packages and their dependencies")
	}
	const n = 1 + 6*kindsPerService
	for i := range n / kindsPerService {
		s := newService(i)
		t.Logf("%s: start=%d perInvocationDB=%v sprintf=%v audit=%v inline=%v prev=%v",
			s.Dir, s.StartStyle, s.PerInvocationDB, s.SprintfQuery, s.AuditInsert, s.InlineWorker, s.Prev != nil)
	}
	pkgs, err := LoadModule(generate(t, n), true)
	require.NoError(t, err)
	require.Len(t, pkgs, n)
	for _, p := range pkgs {
		if p.PkgPath == GenModulePath+"/svc001/cmd/worker" {
			assert.Contains(t, importsOf(p), GenModulePath+"/svc000/domain")
		}
	}
}

func TestGenerateDeterministic(t *testing.T) {
	const n = 23 // not a multiple of a service: the last one is partial
	a, b := generate(t, n), generate(t, n)
	files := func(root string) map[string]string {
		out := make(map[string]string)
		require.NoError(t, filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(path)
			rel, _ := filepath.Rel(root, path)
			out[rel] = string(data)
			return err
		}))
		return out
	}
	fa, fb := files(a), files(b)
	assert.Equal(t, fa, fb)
	goFiles := 0
	for name := range fa {
		if filepath.Ext(name) == ".go" {
			goFiles++
		}
	}
	assert.Equal(t, n, goFiles, "one file per package")
}

func TestGenerateRejectsZero(t *testing.T) {
	opts, err := OptionsFrom(moduleRoot(t), 0)
	require.NoError(t, err)
	assert.Error(t, Generate(t.TempDir(), opts))
}

func TestOptionsFrom(t *testing.T) {
	const gosum = LambdaPath + " v1.2.0 h1:old=\n" +
		LambdaPath + " v1.3.0 h1:mod=\n" +
		LambdaPath + " v1.3.0/go.mod h1:gomod=\n" +
		"github.com/other/mod v1.3.0 h1:other=\n"
	tests := []struct {
		name, gomod string
		wantGo      string
		wantVersion string
		wantErr     bool
	}{
		{
			name:        "block",
			gomod:       "module m\n\ngo 1.26.0\n\nrequire (\n\tgithub.com/other/mod v1.3.0\n\t" + LambdaPath + " v1.3.0 // indirect\n)\n",
			wantGo:      "1.26.0",
			wantVersion: "v1.3.0",
		},
		{
			name:        "single line",
			gomod:       "module m\ngo 1.25\nrequire " + LambdaPath + " v1.3.0\n",
			wantGo:      "1.25",
			wantVersion: "v1.3.0",
		},
		{name: "not required", gomod: "module m\ngo 1.26\nrequire github.com/other/mod v1.3.0\n", wantErr: true},
		{name: "no go directive", gomod: "module m\nrequire " + LambdaPath + " v1.3.0\n", wantErr: true},
		{name: "not in go.sum", gomod: "module m\ngo 1.26\nrequire " + LambdaPath + " v1.4.0\n", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte(tt.gomod), 0o644))
			require.NoError(t, os.WriteFile(filepath.Join(dir, "go.sum"), []byte(gosum), 0o644))
			opts, err := OptionsFrom(dir, 7)
			if tt.wantErr {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, 7, opts.Packages)
			assert.Equal(t, tt.wantGo, opts.GoVersion)
			assert.Equal(t, Requirement{
				Path:    LambdaPath,
				Version: tt.wantVersion,
				Sum:     []string{LambdaPath + " v1.3.0 h1:mod=", LambdaPath + " v1.3.0/go.mod h1:gomod="},
			}, opts.Lambda)
		})
	}
}
