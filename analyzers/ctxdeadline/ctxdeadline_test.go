package ctxdeadline_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/ctxdeadline"
)

// scenarios are the fixture packages; every one holds negatives beside
// its positives, and negatives/... holds only negatives.
var scenarios = []string{
	"./lambdasql", "./nethttp", "./background", "./clients", "./crosspkg/...",
	"./methodvalue", "./legacysdk/...", "./others", "./negatives/...", "./contextform/...",
}

// TestCtxdeadline checks the diagnostics and facts, and the suggested
// fixes against the .golden files.
func TestCtxdeadline(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), ctxdeadline.Analyzer, scenarios...)
}

func TestAnalyzerMetadata(t *testing.T) {
	require.NoError(t, analysis.Validate([]*analysis.Analyzer{ctxdeadline.Analyzer}))
	assert.Equal(t, "ctxdeadline", ctxdeadline.Analyzer.Name)
	assert.Contains(t, ctxdeadline.Analyzer.Doc, "# Examples")
}

// TestCategories checks what // want comments cannot: the category of
// each finding and which findings carry a fix.
func TestCategories(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), ctxdeadline.Analyzer, "./nethttp", "./clients", "./background")
	var got []string
	for _, res := range results {
		for _, d := range res.Diagnostics {
			p := res.Pass.Fset.Position(d.Pos)
			got = append(got, fmt.Sprintf("%s:%d %s fixes=%d", filepath.Base(filepath.Dir(p.Filename)), p.Line, d.Category, len(d.SuggestedFixes)))
		}
	}
	slices.Sort(got)
	assert.Equal(t, []string{
		"background:37 background fixes=1",
		"background:41 nocontext fixes=1",
		"background:51 background fixes=1",
		"background:71 background fixes=0",
		"clients:17 timeout fixes=0",
		"clients:28 timeout fixes=0",
		"clients:73 timeout fixes=0",
		"nethttp:17 nocontext fixes=1",
		"nethttp:22 timeout fixes=0",
		"nethttp:33 request fixes=0",
		"nethttp:39 sleep fixes=1",
		"nethttp:47 request fixes=0",
		"nethttp:53 background fixes=1",
	}, got)
}
