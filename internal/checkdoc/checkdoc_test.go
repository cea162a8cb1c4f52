package checkdoc

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const twoAnalyzers = `// Package halting defines two analyzers.
//
// # Analyzer halting
//
// halting: report loops that
// never end
//
// The halting analyzer reports loops that run forever.
//
// # Examples
//
// A loop with no exit:
//
//	for {
//	}
//
// # Analyzer looping
//
// looping: report loops
//
// Second section.
package halting
`

func TestExtract(t *testing.T) {
	doc, err := Extract(twoAnalyzers, "halting")
	require.NoError(t, err)
	assert.Equal(t, "report loops that never end\n\n"+
		"The halting analyzer reports loops that run forever.\n\n"+
		"# Examples\n\nA loop with no exit:\n\n\tfor {\n\t}", doc)

	doc, err = Extract(twoAnalyzers, "looping")
	require.NoError(t, err)
	assert.Equal(t, "report loops\n\nSecond section.", doc)
}

func TestExtractSummaryOnly(t *testing.T) {
	doc, err := Extract("// # Analyzer x\n//\n// x: do a thing\npackage x\n", "x")
	require.NoError(t, err)
	assert.Equal(t, "do a thing", doc)
}

func TestExtractErrors(t *testing.T) {
	for _, tc := range []struct {
		name, content, want string
	}{
		{"empty", "", "empty Go source file"},
		{"not go", "this is not Go", "parse doc.go"},
		{"no comment", "package x\n", "no package comment"},
		{"no heading", "// Package x does x.\npackage x\n", `no "# Analyzer halting" heading`},
		{"other analyzer", "// # Analyzer haltingx\n//\n// haltingx: y\npackage x\n", `no "# Analyzer halting" heading`},
		{"no summary line", "// # Analyzer halting\n//\n// Reports loops.\npackage x\n", `not followed by a "halting: summary" line`},
		{"empty summary", "// # Analyzer halting\n//\n// halting:\n//\n// Text.\npackage x\n", "empty summary"},
		{"twice", "// # Analyzer halting\n//\n// halting: a\n//\n// # Analyzer halting\n//\n// halting: b\npackage x\n", "two"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Extract(tc.content, "halting")
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestMustExtractPanics(t *testing.T) {
	assert.PanicsWithValue(t, `checkdoc: analyzer halting: package comment has no "# Analyzer halting" heading`, func() {
		MustExtract("// Package x.\npackage x\n", "halting")
	})
	assert.Equal(t, "report loops\n\nSecond section.", MustExtract(twoAnalyzers, "looping"))
}

func TestSummaryAndBody(t *testing.T) {
	doc := MustExtract(twoAnalyzers, "halting")
	assert.Equal(t, "report loops that never end", Summary(doc))
	assert.Equal(t, "The halting analyzer reports loops that run forever.\n\n# Examples\n\nA loop with no exit:\n\n\tfor {\n\t}", Body(doc))
	assert.Equal(t, "one line", Summary("one line"))
	assert.Empty(t, Body("one line"))
}

func TestMarkdown(t *testing.T) {
	text := "Intro with [fmt.Printf] and *stars*.\n\n" +
		"# Why\n\n" +
		"Reasons:\n" +
		"  - first\n" +
		"  - second\n\n" +
		"Go code:\n\n" +
		"\tfunc Handle(w http.ResponseWriter, r *http.Request) {\n\t\tw.WriteHeader(204)\n\t}\n\n" +
		"Statements:\n\n" +
		"\tx := 1\n\tif x > 0 {\n\t\tx--\n\t}\n\n" +
		"A command:\n\n" +
		"\tfnlint -handlersize.max-statements=40 ./...\n"
	want := "Intro with [fmt.Printf](https://pkg.go.dev/fmt#Printf) and \\*stars\\*.\n\n" +
		"## Why\n\n" +
		"Reasons:\n\n" +
		"  - first\n" +
		"  - second\n\n" +
		"Go code:\n\n" +
		"```go\nfunc Handle(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(204)\n}\n```\n\n" +
		"Statements:\n\n" +
		"```go\nx := 1\nif x > 0 {\n\tx--\n}\n```\n\n" +
		"A command:\n\n" +
		"```\nfnlint -handlersize.max-statements=40 ./...\n```\n"
	assert.Equal(t, want, string(Markdown(text, 2)))
}
