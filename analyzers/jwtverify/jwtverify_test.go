package jwtverify_test

import (
	"fmt"
	"go/token"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/jwtverify"
)

// TestAnalyzer runs every scenario but the fixes in one load.
func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), jwtverify.Analyzer,
		"./unverified", "./jose", "./crosspkg/...", "./algorithm", "./algv4", "./dgrijalva",
		"./unchecked", "./generics")
}

func TestExpiryFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), jwtverify.Analyzer, "./expiry")
}

func TestRequireExpiryOff(t *testing.T) {
	f := jwtverify.Analyzer.Flags.Lookup(jwtverify.FlagRequireExpiry)
	require.NotNil(t, f)
	assert.Equal(t, "true", f.DefValue)
	require.NoError(t, jwtverify.Analyzer.Flags.Set(jwtverify.FlagRequireExpiry, "false"))
	t.Cleanup(func() { require.NoError(t, jwtverify.Analyzer.Flags.Set(jwtverify.FlagRequireExpiry, "true")) })
	analysistest.Run(t, analysistest.TestData(), jwtverify.Analyzer, "./noexpiry")
}

func TestAnalyzerMetadata(t *testing.T) {
	require.NoError(t, analysis.Validate([]*analysis.Analyzer{jwtverify.Analyzer}))
	assert.Contains(t, jwtverify.Analyzer.Doc, "# Flags")
}

// TestCategories checks what // want comments cannot: the category and
// related positions of one finding of each kind.
func TestCategories(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), jwtverify.Analyzer, "./dgrijalva", "./unchecked")
	got := map[string]bool{}
	for _, res := range results {
		for _, d := range res.Diagnostics {
			line := fmt.Sprintf("%s %s", d.Category, posn(res.Pass.Fset, d.Pos))
			for _, rel := range d.Related {
				line += fmt.Sprintf(" [%s %s]", rel.Message, posn(res.Pass.Fset, rel.Pos))
			}
			got[line] = true
		}
	}
	for _, want := range []string{
		// At the call, with the literal key func.
		"algorithm dgrijalva.go:14:25 [key func dgrijalva.go:14:31]",
		// At the first read of the claims, with the parse.
		"unchecked unchecked.go:20:37 [parsed here unchecked.go:19:26]",
		"unchecked unchecked.go:30:12 [parsed here unchecked.go:26:34]",
	} {
		assert.True(t, got[want], "missing %q in %v", want, got)
	}
}

// posn formats pos as file:line:col.
func posn(fset *token.FileSet, pos token.Pos) string {
	p := fset.Position(pos)
	return fmt.Sprintf("%s:%d:%d", filepath.Base(p.Filename), p.Line, p.Column)
}
