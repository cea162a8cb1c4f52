package errresponse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/errresponse"
)

var packages = []string{
	"./returnerror", "./internalerror", "./jsonformat", "./methodswitch",
	"./unlogged", "./crosspkg/...", "./fnruntime", "./adapter",
}

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), errresponse.Analyzer, packages...)
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), errresponse.Analyzer, "./methodswitch")
}

func TestAnalyzerMetadata(t *testing.T) {
	require.NoError(t, analysis.Validate([]*analysis.Analyzer{errresponse.Analyzer}))
	assert.Contains(t, errresponse.Analyzer.Doc, "report HTTP errors answered badly")
}
