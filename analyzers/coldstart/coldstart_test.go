package coldstart_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/coldstart"
)

// positives hold constant work in invocation scope, reached every way a
// handler reaches code; negatives hold the same calls once per cold start
// or on request data.
var (
	positives = []string{
		"./regexps", "./templates", "./files", "./keys", "./replacer",
		"./crosspkg/...", "./generics", "./methodvalue", "./closures",
	}
	negatives = []string{"./negatives", "./lazy", "./lookalike"}
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), coldstart.Analyzer, append(positives, negatives...)...)
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), coldstart.Analyzer, "./fixes", "./nofix")
}

func TestAnalyzerMetadata(t *testing.T) {
	require.NoError(t, analysis.Validate([]*analysis.Analyzer{coldstart.Analyzer}))
	first, _, _ := strings.Cut(coldstart.Analyzer.Doc, "\n")
	assert.Equal(t, "report work that is the same on every invocation done in invocation scope", first)
	assert.Contains(t, coldstart.Analyzer.Doc, "# Suggested fixes")
}

// TestCategories checks what // want comments cannot: each kind of work
// has its category, and a finding spans the whole call.
func TestCategories(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), coldstart.Analyzer,
		"./regexps", "./templates", "./files", "./keys", "./replacer", "./closures")
	got := map[string]int{}
	for _, res := range results {
		for _, d := range res.Diagnostics {
			got[d.Category]++
			assert.Greater(t, d.End, d.Pos, d.Message)
		}
	}
	assert.Equal(t, map[string]int{
		coldstart.CategoryRegexp:   3,
		coldstart.CategoryTemplate: 3,
		coldstart.CategoryFile:     2,
		coldstart.CategoryKey:      4,
		coldstart.CategoryReplacer: 1,
		coldstart.CategoryLocation: 1,
	}, got)
}

// TestFixesOffered checks that the fixes the golden files show are the
// only ones offered: every finding of ./fixes has one, and ./nofix only
// the plain reassignment.
func TestFixesOffered(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), coldstart.Analyzer, "./fixes", "./nofix")
	fixes := map[string]int{}
	for _, res := range results {
		for _, d := range res.Diagnostics {
			fixes[res.Pass.Pkg.Name()] += len(d.SuggestedFixes)
		}
	}
	assert.Equal(t, map[string]int{"fixes": 6, "nofix": 1}, fixes)
}

// TestFixedCodeCompiles builds the golden files: the fixed code must
// compile (they import only the standard library).
func TestFixedCodeCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	for _, golden := range []string{"testdata/fixes/fixes.go.golden", "testdata/nofix/nofix.go.golden"} {
		src, err := os.ReadFile(golden)
		require.NoError(t, err)
		dir := t.TempDir()
		file := filepath.Join(dir, "fixed.go")
		require.NoError(t, os.WriteFile(file, src, 0o600))
		cmd := exec.Command("go", "vet", file)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GO111MODULE=off", "GOFLAGS=")
		out, err := cmd.CombinedOutput()
		assert.NoError(t, err, "%s: %s", golden, out)
	}
}
