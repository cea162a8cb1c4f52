package sqlparam_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/sqlparam"
	"github.com/fnlint/fnlint/internal/checktest"
)

// Scenarios: httpsql, pgxlambda, sqlxgorm and shapes hold positives (with
// negatives beside them); httpsafe is all negatives; crosspkg reaches sinks
// through the helpers and the wrapper of another package.
func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlparam.Analyzer,
		"./httpsql", "./httpsafe", "./crosspkg/...", "./pgxlambda", "./sqlxgorm", "./shapes", "./closurewrap")
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), sqlparam.Analyzer, "./fixpgx", "./fixsql", "./fixnone")
}

// setFlag sets a flag of the analyzer for the rest of the test.
func setFlag(t *testing.T, name, value string) {
	t.Helper()
	checktest.SetFlag(t, sqlparam.Analyzer, name, value)
}

func TestSinksFlag(t *testing.T) {
	setFlag(t, sqlparam.FlagSinks, "(*example.com/fixtures/flagsink.Client).Run#1")
	analysistest.Run(t, analysistest.TestData(), sqlparam.Analyzer, "./flagsink")
}

// TestNoSinksFlag runs a copy of flagsink, without want comments, with no
// flag: the client is not a sink.
func TestNoSinksFlag(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlparam.Analyzer, "./flagsinkoff")
}

func TestCategories(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), sqlparam.Analyzer, "./sqlxgorm")
	got := map[string]int{}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			got[d.Category]++
		}
	}
	assert.Equal(t, map[string]int{sqlparam.CategoryQuery: 8, sqlparam.CategoryClause: 2}, got)
}

func TestAnalyzerMetadata(t *testing.T) {
	require.NoError(t, analysis.Validate([]*analysis.Analyzer{sqlparam.Analyzer}))
	assert.Contains(t, sqlparam.Analyzer.Doc, "# Flags")
	assert.Contains(t, sqlparam.Analyzer.Doc, "# Suggested fixes")
}
