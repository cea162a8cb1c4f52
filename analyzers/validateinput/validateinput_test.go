package validateinput_test

import (
	"flag"
	"fmt"
	"go/token"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/validateinput"
	"github.com/fnlint/fnlint/internal/checktest"
)

// Every package holds positives and negatives side by side: apigw and
// nethttp by sink, helpers and crosspkg through summaries and facts
// (closures and generics in helpers), task for SQS and SNS into DynamoDB,
// runtime for the fn runtime, validatorlib for go-playground/validator.
var packages = []string{
	"./apigw", "./nethttp", "./helpers", "./crosspkg/...", "./task", "./runtime", "./validatorlib",
}

func TestAnalyzer(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), validateinput.Analyzer, packages...)
}

// setFlag sets a flag of the analyzer for the rest of the test.
func setFlag(t *testing.T, name, value string) {
	t.Helper()
	checktest.SetFlag(t, validateinput.Analyzer, name, value)
}

// TestValidateMethodsFlag drops Validate from the validating methods: the
// handler that validates through the fn.Validator interface is reported
// too. (Methods whose body the check reads validate by what they do,
// whatever their name, and so do functions returning bool.)
func TestValidateMethodsFlag(t *testing.T) {
	setFlag(t, validateinput.FlagValidateMethods, "Valid")
	results := analysistest.Run(&testing.T{}, analysistest.TestData(), validateinput.Analyzer, "./runtime")
	var got []string
	for _, res := range results {
		for _, d := range res.Diagnostics {
			p := res.Pass.Fset.Position(d.Pos)
			got = append(got, fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line))
		}
	}
	assert.Contains(t, got, "main.go:63", "renameChecked once Validate no longer validates")
}

func TestFlagDefinitions(t *testing.T) {
	got := map[string]string{}
	validateinput.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
		got[f.Name] = f.DefValue
		assert.NotEmpty(t, f.Usage, f.Name)
	})
	assert.Equal(t, "Validate,Valid,IsValid", got[validateinput.FlagValidateMethods])
	assert.Equal(t, "1<<20", got[validateinput.FlagMaxBodyBytes])
	assert.Contains(t, got[validateinput.FlagValidatorFuncs], "(*github.com/go-playground/validator/v10.Validate).Struct")
}

func TestAnalyzerMetadata(t *testing.T) {
	require.NoError(t, analysis.Validate([]*analysis.Analyzer{validateinput.Analyzer}))
	assert.Contains(t, validateinput.Analyzer.Doc, "# Flags")
}

// TestCategories checks what // want comments cannot: the category of each
// kind of finding.
func TestCategories(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), validateinput.Analyzer, "./nethttp")
	got := map[string]int{}
	type key struct {
		pos token.Pos
		msg string
	}
	seen := map[key]bool{} // the package and its test variant report alike
	for _, res := range results {
		for _, d := range res.Diagnostics {
			if k := (key{d.Pos, d.Message}); !seen[k] {
				seen[k] = true
				got[d.Category]++
			}
		}
	}
	assert.Equal(t, 9, got["unvalidated"])
	assert.Equal(t, 2, got["decode-5xx"])
	assert.Equal(t, 2, got["body-limit"])
}
