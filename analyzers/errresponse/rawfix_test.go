package errresponse_test

import (
	"go/format"
	"os"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/errresponse"
)

// TestMethodSwitchFixFormatted checks that the default clause the fix
// inserts is laid out as gofmt would, so that an editor applying it as a
// quick fix, without formatting, leaves the file gofmt-clean.
func TestMethodSwitchFixFormatted(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), errresponse.Analyzer, "./methodswitch")
	n := 0
	for _, res := range results {
		fset := res.Pass.Fset
		for _, d := range res.Diagnostics {
			for _, sf := range d.SuggestedFixes {
				require.Len(t, sf.TextEdits, 1)
				e := sf.TextEdits[0]
				tf := fset.File(e.Pos)
				src, err := os.ReadFile(tf.Name())
				require.NoError(t, err)
				fixed := slices.Concat(src[:tf.Offset(e.Pos)], e.NewText, src[tf.Offset(e.End):])
				formatted, err := format.Source(fixed)
				require.NoError(t, err)
				assert.Equal(t, string(formatted), string(fixed), "fix at %s", fset.Position(d.Pos))
				n++
			}
		}
	}
	assert.Positive(t, n, "the fixture has fixes")
}
