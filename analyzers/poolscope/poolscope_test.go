package poolscope_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/poolscope"
)

// Creation per invocation, reached every way a handler reaches code, and
// creation once per cold start in every way init scope is written.
var (
	creation = []string{
		"./database", "./sdk", "./clients", "./transport", "./crosspkg/...",
		"./helpers", "./methodvalue", "./closures", "./generics", "./wrapped",
	}
	onceOnly = []string{"./initscope", "./lazy", "./openfaas"}
)

func TestCreation(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), poolscope.Analyzer, append(creation, onceOnly...)...)
}

func TestRelease(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), poolscope.Analyzer, "./rows", "./conns")
}

func TestAnalyzerMetadata(t *testing.T) {
	require.NoError(t, analysis.Validate([]*analysis.Analyzer{poolscope.Analyzer}))
	first, _, _ := strings.Cut(poolscope.Analyzer.Doc, "\n")
	assert.Equal(t, "report clients and pools created per invocation, and connections and rows not released", first)
}

// TestCategories checks what // want comments cannot: the category of each
// kind of finding, and the related positions of a release finding.
func TestCategories(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), poolscope.Analyzer,
		"./database", "./sdk", "./clients", "./transport", "./conns")
	got := map[string]int{}
	for _, res := range results {
		for _, d := range res.Diagnostics {
			got[d.Category]++
			if d.Category == poolscope.CategoryRelease {
				require.Len(t, d.Related, 1, d.Message)
				assert.Contains(t, d.Related[0].Message, "open")
			}
		}
	}
	assert.Equal(t, map[string]int{
		poolscope.CategoryDatabase: 5,
		poolscope.CategorySDK:      3,
		poolscope.CategoryClient:   4,
		poolscope.CategoryHTTP:     3,
		poolscope.CategoryRelease:  2,
	}, got)
}
