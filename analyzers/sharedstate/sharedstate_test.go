package sharedstate_test

import (
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/sharedstate"
)

func TestSharedstate(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sharedstate.Analyzer,
		"./lazyinit", "./requestdata", "./grows", "./lambda", "./guarded", "./crosspkg/...",
		"./methodvalue", "./generics", "./initscope", "./fnruntime")
}

func TestAnalyzerMetadata(t *testing.T) {
	require.NoError(t, analysis.Validate([]*analysis.Analyzer{sharedstate.Analyzer}))
}
