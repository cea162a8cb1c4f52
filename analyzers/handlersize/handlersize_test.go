package handlersize_test

import (
	"flag"
	"fmt"
	"go/token"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/handlersize"
	"github.com/fnlint/fnlint/internal/checktest"
)

// positives hold handlers over the default limits, found in every way a
// handler is registered; negatives hold large code that is not a handler,
// or handlers at the limits, and report nothing.
var (
	positives = []string{
		"./statements", "./complexity", "./nesting", "./lines",
		"./signature/api", "./lambdastart", "./methodvalue", "./funclit",
		"./servemux", "./task", "./response", "./crosspkg/...", "./directive",
	}
	negatives = []string{
		"./helpers", "./namelike", "./atlimit", "./generated", "./bigmain",
		"./helpersig", "./constructor", "./testonly", "./thirdparty",
	}
)

func TestDefaults(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), handlersize.Analyzer, append(positives, negatives...)...)
}

// setFlag sets a flag of the analyzer for the rest of the test.
func setFlag(t *testing.T, name, value string) {
	t.Helper()
	checktest.SetFlag(t, handlersize.Analyzer, name, value)
}

func TestFlags(t *testing.T) {
	setFlag(t, handlersize.FlagMaxStatements, "25")
	setFlag(t, handlersize.FlagMaxNesting, "0")
	analysistest.Run(t, analysistest.TestData(), handlersize.Analyzer, "./flags")
}

func TestFlagDefinitions(t *testing.T) {
	want := map[string]string{
		handlersize.FlagMaxStatements:         "50",
		handlersize.FlagMaxComplexity:         "15",
		handlersize.FlagMaxNesting:            "4",
		handlersize.FlagMaxLines:              "80",
		handlersize.FlagResponseMaxStatements: "25",
		handlersize.FlagResponseMaxComplexity: "8",
		handlersize.FlagResponseMaxNesting:    "3",
		handlersize.FlagResponseMaxLines:      "40",
	}
	got := map[string]string{}
	handlersize.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
		got[f.Name] = f.DefValue
		assert.NotEmpty(t, f.Usage, f.Name)
	})
	assert.Equal(t, want, got)
}

func TestAnalyzerMetadata(t *testing.T) {
	require.NoError(t, analysis.Validate([]*analysis.Analyzer{handlersize.Analyzer}))
	assert.Equal(t, "report handlers over size and complexity thresholds", firstLine(handlersize.Analyzer.Doc))
	assert.Contains(t, handlersize.Analyzer.Doc, "# Flags")
}

// TestDiagnosticDetails checks what // want comments cannot: categories,
// ranges and related positions.
func TestDiagnosticDetails(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), handlersize.Analyzer,
		"./funclit", "./crosspkg/app", "./statements", "./response", "./directive")
	var got []string
	for _, res := range results {
		for _, d := range res.Diagnostics {
			line := fmt.Sprintf("%s %s-%s", d.Category, posn(res.Pass.Fset, d.Pos), posn(res.Pass.Fset, d.End))
			for _, rel := range d.Related {
				line += fmt.Sprintf(" [%s %s-%s]", rel.Message, posn(res.Pass.Fset, rel.Pos), posn(res.Pass.Fset, rel.End))
			}
			got = append(got, line)
		}
	}
	assert.ElementsMatch(t, []string{
		// The signature of a literal; the literal returned as an
		// http.HandlerFunc is registered where it is written.
		"nesting main.go:14:9-main.go:14:53",
		// The signature of a literal, with the call that registers it.
		"nesting main.go:42:28-main.go:42:72 [registered here main.go:42:11-main.go:57:4]",
		"nesting main.go:64:29-main.go:64:73 [registered here main.go:64:2-main.go:78:4]",
		// The registration of a handler of another package.
		"complexity main.go:23:3-main.go:23:30 [declared here orders.go:22:6-]",
		// The name of a declared function, with its registration.
		"statements statements.go:23:6-statements.go:23:19 [registered here statements.go:89:2-statements.go:89:54]",
		// A response function over two limits, found by its signature and
		// converted to fn.ResponseFunc.
		"nesting main.go:18:18-main.go:18:26 [registered here main.go:73:6-main.go:73:33]",
		"complexity main.go:18:18-main.go:18:26 [registered here main.go:73:6-main.go:73:33]",
		"nesting main.go:54:19-main.go:54:99 [registered here main.go:54:3-main.go:65:5]",
		// A handler marked by a directive.
		"nesting directive.go:14:6-directive.go:14:13 [marked as a handler here directive.go:13:1-]",
	}, got)
}

// posn formats pos as file:line:col, or "" when invalid.
func posn(fset *token.FileSet, pos token.Pos) string {
	if !pos.IsValid() {
		return ""
	}
	p := fset.Position(pos)
	return fmt.Sprintf("%s:%d:%d", filepath.Base(p.Filename), p.Line, p.Column)
}

func firstLine(s string) string {
	first, _, _ := strings.Cut(s, "\n")
	return first
}
