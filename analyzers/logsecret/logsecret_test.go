package logsecret_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/logsecret"
)

// Every scenario package holds its negatives (what identifies a request
// without leaking it, presence checks, logging at cold start) beside its
// positives.
var scenarios = []string{
	"./apigw", "./nethttp", "./structured", "./helpers", "./crosspkg/...", "./generics", "./authorizer", "./negatives",
}

func TestAnalyzer(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), logsecret.Analyzer, scenarios...)
	got := map[string]bool{}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			got[d.Category] = true
			assert.NotEmpty(t, d.Related, "related handler of %q", d.Message)
		}
	}
	assert.Equal(t, map[string]bool{logsecret.CategoryCredential: true, logsecret.CategoryRequest: true}, got)
}

func TestAnalyzerMetadata(t *testing.T) {
	require.NoError(t, analysis.Validate([]*analysis.Analyzer{logsecret.Analyzer}))
	assert.Contains(t, logsecret.Analyzer.Doc, "# Examples")
}
