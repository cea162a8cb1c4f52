package failsoft_test

import (
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/failsoft"
)

func TestFailsoft(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), failsoft.Analyzer,
		"./failure", "./recovered", "./panics", "./directive", "./requestfuncs")
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), failsoft.Analyzer, "./failure", "./directive")
}

func TestAnalyzerMetadata(t *testing.T) {
	require.NoError(t, analysis.Validate([]*analysis.Analyzer{failsoft.Analyzer}))
}
