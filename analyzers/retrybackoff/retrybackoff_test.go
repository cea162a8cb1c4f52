package retrybackoff_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/retrybackoff"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), retrybackoff.Analyzer,
		"./nowait", "./constant", "./uncapped", "./sleepctx", "./notretry",
		"./crosspkg/...", "./fnruntime", "./generics", "./library",
		"./searchloop", "./waitfirst", "./testonly")
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), retrybackoff.Analyzer, "./sleepctx")
}

func TestAnalyzerMetadata(t *testing.T) {
	require.NoError(t, analysis.Validate([]*analysis.Analyzer{retrybackoff.Analyzer}))
	assert.Contains(t, retrybackoff.Analyzer.Doc, "# Examples")
}

// TestCategories checks what // want comments cannot: the category of
// each kind of finding.
func TestCategories(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), retrybackoff.Analyzer,
		"./nowait", "./constant", "./uncapped", "./sleepctx", "./library")
	got := map[string]int{}
	for _, res := range results {
		for _, d := range res.Diagnostics {
			got[d.Category]++
		}
	}
	assert.Equal(t, map[string]int{
		retrybackoff.CategoryNoWait:   2,
		retrybackoff.CategoryConstant: 2,
		retrybackoff.CategoryUncapped: 2,
		retrybackoff.CategorySleep:    4,
		retrybackoff.CategoryLibrary:  4,
	}, got)
}
