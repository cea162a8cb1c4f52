package headerkey_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/headerkey"
)

func TestAnalyzer(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), headerkey.Analyzer, "./v2", "./v1", "./httpheader", "./negatives")
}

func TestCategories(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), headerkey.Analyzer, "./v2", "./v1", "./httpheader")
	got := map[string]int{}
	for _, res := range results {
		for _, d := range res.Diagnostics {
			got[d.Category]++
		}
	}
	assert.Equal(t, map[string]int{
		headerkey.CategoryLowercase:    6,
		headerkey.CategoryCasing:       4,
		headerkey.CategoryNonCanonical: 7,
	}, got)
}

func TestAnalyzerMetadata(t *testing.T) {
	require.NoError(t, analysis.Validate([]*analysis.Analyzer{headerkey.Analyzer}))
	assert.Contains(t, headerkey.Analyzer.Doc, "report case-sensitive lookups in header maps")
}
