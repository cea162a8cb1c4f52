package main_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBrokenDependencies runs fnlint on a module where one package does not
// type-check, one does not parse, one imports the package that does not
// type-check, and two good packages import nothing broken. The errors of
// the broken packages are printed per package, the good packages are
// analysed, and the exit status is 2. The package that imports a broken
// one is not analysed, as go vet does not vet a package whose
// dependencies do not build: its facts would rest on a package the
// checks could not read; a line says so.
func TestBrokenDependencies(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "brokendeps")
	// Written here: gofmt -l in CI would fail on a file that does not parse.
	require.NoError(t, os.Mkdir(filepath.Join(dir, "syntax"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "syntax", "syntax.go"), []byte("package syntax\n\nfunc Broken( {\n}\n"), 0o644))
	for _, args := range [][]string{nil, {"./usesbroken", "./good", "./usesgood"}} {
		res := fnlint(t, dir, args...)
		assert.Equal(t, 2, res.code, args)
		assert.Contains(t, res.stderr, "# example.com/brokendeps/broken\nbroken/broken.go:12:2: undefined: writeStatus\n", args)
		assert.NotContains(t, res.stderr, "panic", args)
		assert.Regexp(t, `good/good\.go:12:12: log\.Fatal exits the process [^\n]+ \(noexit\)`, res.stdout, args)
		assert.Regexp(t, `usesgood/usesgood\.go:14:12: log\.Fatal exits the process [^\n]+ \(noexit\)`, res.stdout, args)
		assert.NotContains(t, res.stdout, "usesbroken/", args)
		assert.Contains(t, res.stderr, "# example.com/brokendeps/usesbroken\nnot analysed: it imports example.com/brokendeps/broken, which has errors\n", args)
	}

	res := fnlint(t, dir, "./...")
	assert.Contains(t, res.stderr, "# example.com/brokendeps/syntax\nsyntax/syntax.go:3:14: expected ')', found '{'\n")

	res = fnlint(t, dir, "-json")
	assert.Equal(t, 2, res.code)
	tree := parseVetJSON(t, res.stdout)
	assert.Contains(t, tree, "example.com/brokendeps/good")
	assert.Contains(t, tree, "example.com/brokendeps/usesgood")
	assert.NotContains(t, tree, "example.com/brokendeps/usesbroken")
}
