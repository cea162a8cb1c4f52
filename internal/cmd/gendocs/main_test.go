package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/analyzers"
)

// TestDocsUpToDate fails when docs/checks differs from what gendocs
// writes: the pages are generated from the checks and must not drift.
func TestDocsUpToDate(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "docs", "checks")
	want, err := render(analyzers.All())
	require.NoError(t, err)
	const fix = "; run go run ./internal/cmd/gendocs"
	for name, content := range want {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if os.IsNotExist(err) {
			t.Errorf("docs/checks/%s is missing%s", name, fix)
			continue
		}
		require.NoError(t, err)
		if string(got) != string(content) {
			t.Errorf("docs/checks/%s is out of date%s", name, fix)
		}
	}
	onDisk, err := generatedFiles(dir)
	require.NoError(t, err)
	for _, name := range onDisk {
		if _, ok := want[name]; !ok {
			t.Errorf("docs/checks/%s documents no check%s", name, fix)
		}
	}
}

const fakeDoc = `find frobs in the input

The frob check finds frobs.

# Examples

A frob:

	x := frob()
`

func fakeCheck(def bool) analyzers.Check {
	a := &analysis.Analyzer{Name: "frob", Doc: fakeDoc, Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	a.Flags.Int("max-frobs", 3, "maximum frobs | per file")
	a.Flags.Bool("strict", false, "report `weak` frobs too")
	a.Flags.String("ignore", "it's", "names to ignore")
	a.Flags.Duration("timeout", 2*time.Second, "time to look for frobs")
	return analyzers.Check{Analyzer: a, Since: "v1.2.0", Default: def}
}

func TestCheckPage(t *testing.T) {
	page, err := checkPage(fakeCheck(false))
	require.NoError(t, err)
	got := string(page)
	for _, want := range []string{
		header + "\n# frob\n\nFind frobs in the input.\n",
		"| v1.2.0 | off | `-enable=frob` |",
		"\nThe frob check finds frobs.\n\n## Examples\n\nA frob:\n\n```go\nx := frob()\n```\n",
		"| `max-frobs` | int | `3` | maximum frobs \\| per file | `-frob.max-frobs=3` |",
		"| `strict` | bool | `false` | report weak frobs too | `-frob.strict=false` |",
		"| `ignore` | string | `it's` | names to ignore | `-frob.ignore='it'\\''s'` |",
		"| `timeout` | duration | `2s` | time to look for frobs | `-frob.timeout=2s` |",
		"settings:\n  frob:\n    ignore: \"it's\"\n    max-frobs: 3\n    strict: false\n    timeout: \"2s\"\n",
		"        settings:\n          frob:\n            ignore: \"it's\"\n",
		"\"frob\": {\n    \"analyzer_flags\": {\n      \"ignore\": \"it's\",\n      \"max-frobs\": \"3\",\n      \"strict\": \"false\",\n      \"timeout\": \"2s\"\n    }\n",
	} {
		assert.Contains(t, got, want)
	}
}

func TestCheckPageNoFlags(t *testing.T) {
	a := &analysis.Analyzer{Name: "plain", Doc: "report plain things", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	page, err := checkPage(analyzers.Check{Analyzer: a, Since: "v0.2.0", Default: true})
	require.NoError(t, err)
	assert.Contains(t, string(page), "| v0.2.0 | on | `-disable=plain` |")
	assert.Contains(t, string(page), "This check has no flags.")
	assert.NotContains(t, string(page), "## Flag reference")

	a.Doc = ""
	_, err = checkPage(analyzers.Check{Analyzer: a})
	assert.Error(t, err)
}

func TestIndexPage(t *testing.T) {
	got := string(indexPage([]analyzers.Check{fakeCheck(true)}))
	assert.True(t, strings.HasPrefix(got, header))
	assert.Contains(t, got, "| [frob](frob.md) | find frobs in the input | v1.2.0 | on |\n")
}

func TestWriteRemovesStalePages(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "gone.md"), []byte(header+"\n# gone\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.md"), []byte("# Hand-written\n"), 0o644))

	require.NoError(t, write(dir, map[string][]byte{"frob.md": []byte(header + "\n# frob\n")}))

	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	assert.Equal(t, []string{"frob.md", "notes.md"}, names)
}
