package envsecret_test

import (
	"flag"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/envsecret"
	"github.com/fnlint/fnlint/internal/checktest"
)

// positives hold credentials in code and unchecked environment keys;
// negatives hold look-alikes that are fine, and every scenario package
// holds negatives beside its positives.
var (
	positives = []string{
		"./sinks", "./names", "./formats", "./envcheck", "./crosspkg/...",
		"./closures", "./methodvalue", "./generics", "./clients",
	}
	negatives = []string{"./envchecked", "./testfiles"}
)

func TestAnalyzer(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), envsecret.Analyzer, append(positives, negatives...)...)
	// What // want comments cannot check: the category of each kind of finding.
	got := map[string]bool{}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			got[d.Category] = true
		}
	}
	assert.Equal(t, map[string]bool{
		envsecret.CategorySink: true, envsecret.CategoryName: true,
		envsecret.CategoryFormat: true, envsecret.CategoryUnchecked: true,
	}, got)
}

// setFlag sets a flag of the analyzer for the rest of the test.
func setFlag(t *testing.T, name, value string) {
	t.Helper()
	checktest.SetFlag(t, envsecret.Analyzer, name, value)
}

func TestFlagTests(t *testing.T) {
	setFlag(t, envsecret.FlagTests, "true")
	analysistest.Run(t, analysistest.TestData(), envsecret.Analyzer, "./testfilesflag")
}

func TestAnalyzerMetadata(t *testing.T) {
	require.NoError(t, analysis.Validate([]*analysis.Analyzer{envsecret.Analyzer}))
	assert.Contains(t, envsecret.Analyzer.Doc, "# Flags")
	var names []string
	envsecret.Analyzer.Flags.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	assert.Equal(t, []string{envsecret.FlagTests}, names)
}
