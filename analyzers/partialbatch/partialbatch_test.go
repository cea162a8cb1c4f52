package partialbatch_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/partialbatch"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), partialbatch.Analyzer,
		"./sqs", "./kinesis", "./dynamodb", "./dropped", "./fifo", "./helpers",
		"./methodvalue", "./crosspkg/...", "./negatives")
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), partialbatch.Analyzer,
		"./kinesis", "./dynamodb", "./crosspkg/orders")
}

func TestAnalyzerMetadata(t *testing.T) {
	require.NoError(t, analysis.Validate([]*analysis.Analyzer{partialbatch.Analyzer}))
	assert.Contains(t, partialbatch.Analyzer.Doc, "# Examples")
}

// TestCategories checks what // want comments cannot: the category of
// each kind of finding.
func TestCategories(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), partialbatch.Analyzer, "./dynamodb", "./dropped", "./sqs")
	got := map[string]int{}
	for _, res := range results {
		for _, d := range res.Diagnostics {
			got[d.Category]++
		}
	}
	assert.Equal(t, map[string]int{
		partialbatch.CategoryWholeBatch:  4,
		partialbatch.CategoryEarlyReturn: 2,
		partialbatch.CategoryDropped:     6,
		partialbatch.CategoryItemID:      1,
	}, got)
}
