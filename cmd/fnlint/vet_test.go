package main_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGoVetAcrossPackages runs fnlint as go vet's tool on a module whose
// handler reaches an exit in another package: the finding needs the fact
// that go vet hands from package store to package fn in its facts files.
func TestGoVetAcrossPackages(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "crosspkg")
	vet := run(t, dir, "go", "vet", "-vettool="+fnlintBin, "./...")
	assert.Equal(t, 1, vet.code, vet.stderr)
	assert.Contains(t, vet.stderr,
		"fn/main.go:17:22: log.Fatal exits the process in invocation scope (handle → store.MustOpen); return an error instead")
	assert.Contains(t, vet.stderr, `fn/main.go:14:15: invalid schedule expression "rate(1 days)"`)

	cli := fnlint(t, dir, "./...")
	assert.Equal(t, 1, cli.code, cli.stderr)
	assert.Contains(t, cli.stdout, "fn/main.go:17:22: log.Fatal exits the process in invocation scope (handle → store.MustOpen); return an error instead (noexit)")
}

// TestGoFix applies fnlint's suggested fixes through go fix -fixtool: the
// schedule is rewritten, the rest of the file is not, and the module
// still builds and vets clean of that finding.
func TestGoFix(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "crosspkg")
	before, err := os.ReadFile(filepath.Join(dir, "fn", "main.go"))
	require.NoError(t, err)

	fix := run(t, dir, "go", "fix", "-fixtool="+fnlintBin, "./...")
	require.Equal(t, 0, fix.code, fix.stderr)
	after, err := os.ReadFile(filepath.Join(dir, "fn", "main.go"))
	require.NoError(t, err)
	assert.NotContains(t, string(after), `"rate(1 days)"`)
	assert.Contains(t, string(after), `var Nightly = "rate(1 day)"`)
	assert.Len(t, after, len(before)-1, "only the unit changed")

	build := run(t, dir, "go", "build", "./...")
	require.Equal(t, 0, build.code, build.stderr)
	vet := run(t, dir, "go", "vet", "-vettool="+fnlintBin, "./...")
	assert.NotContains(t, vet.stderr, "invalid schedule expression")
	assert.Contains(t, vet.stderr, "log.Fatal exits the process", "the finding with no fix stays")
}
