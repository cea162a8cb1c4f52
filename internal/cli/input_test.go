package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMalformedDirectivesAreErrors(t *testing.T) {
	dir := fixture(t)
	const bad = "fnlint: baddirective/baddirective.go:7:1: //fnlint:ignore handlerfix needs a reason after the check names\n" +
		"fnlint: baddirective/baddirective.go:10:55: //fnlint:ignore names unknown check \"nosuchcheck\"\n" +
		"fnlint: baddirective/baddirective.go:12:1: //fnlint:ignore needs the checks to suppress and a reason: //fnlint:ignore check1,check2 reason\n"
	out := runIn(t, dir, "./baddirective")
	assert.Equal(t, ExitError, out.code)
	assert.Equal(t, bad, out.stderr)
	// They suppress nothing: the findings are printed.
	assert.Contains(t, out.stdout, "baddirective/baddirective.go:8:6: handler NoReason found (handlerfix)\n")
	assert.Contains(t, out.stdout, "baddirective/baddirective.go:10:6: handler Unknown found (handlerfix)\n")
	assert.NotContains(t, out.stdout, "(fnlint)")

	// -fix changes nothing while a directive is malformed: it may have
	// been meant to suppress one of the fixed findings.
	src := filepath.Join(dir, "baddirective", "baddirective.go")
	before := readFile(t, src)
	out = runIn(t, dir, "-fix", "./baddirective", "./boom")
	assert.Equal(t, ExitError, out.code)
	assert.Equal(t, bad+"fnlint: no fixes applied: correct the //fnlint:ignore directives first\n", out.stderr)
	assert.Equal(t, before, readFile(t, src))
	assert.NotContains(t, readFile(t, filepath.Join(dir, "boom", "boom.go")), "is checked")

	// A directive in an excluded file is not an error.
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".fnlint.yml"), []byte("exclude: [baddirective/**]\n"), 0o644))
	out = runIn(t, dir, "./baddirective")
	assert.Equal(t, ExitClean, out.code, out.stderr)
	assert.Empty(t, out.stderr)
}

func TestPatternsThatMatchNothing(t *testing.T) {
	dir := fixture(t)
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "empty", "sub"), 0o755))
	for args, want := range map[string]string{
		"./nope":                   "fnlint: ./nope matches no packages: stat " + filepath.Join(dir, "nope") + ": directory not found\n",
		"./nope/...":               "fnlint: ./nope/... matches no packages: lstat ./nope/: no such file or directory\n",
		"./empty/...":              "fnlint: ./empty/... matches no packages\n",
		"./clean ./empty/...":      "fnlint: ./empty/... matches no packages\n",
		"example.com/mod/nope/...": "fnlint: example.com/mod/nope/... matches no packages\n",
		"example.com/missing":      "fnlint: example.com/missing matches no packages: no required module provides package example.com/missing\n",
	} {
		out := runIn(t, dir, strings.Fields(args)...)
		assert.Equal(t, ExitError, out.code, args)
		assert.Equal(t, want, out.stderr, args)
		assert.Empty(t, out.stdout, args)
	}
	// Wildcards that match something are fine.
	for _, args := range []string{"./clean/...", "example.com/mod/clean/...", "./gen ./clean/..."} {
		out := runIn(t, dir, strings.Fields(args)...)
		assert.Equal(t, ExitClean, out.code, "%s: %s", args, out.stderr)
	}
}

func TestFileByFileMains(t *testing.T) {
	dir := fixture(t)
	out := runIn(t, dir, "./mains")
	assert.Equal(t, ExitFindings, out.code, out.stderr)
	assert.Empty(t, out.stderr, "the errors of the directory as one package are not printed")
	assert.Equal(t, "mains/first.go:7:6: handler Handle found (handlerfix)\n\tmains/first.go:7:12: parameters here\n"+
		"mains/second.go:7:6: handler Handle found (handlerfix)\n\tmains/second.go:7:12: parameters here\n", out.stdout)

	out = runIn(t, dir, "-json", "./mains")
	var tree map[string]map[string][]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(out.stdout), &tree))
	assert.Len(t, tree["example.com/mod/mains/first.go"]["handlerfix"], 1)
	assert.Len(t, tree["example.com/mod/mains/second.go"]["handlerfix"], 1)

	// A file that does not compile on its own is reported as its own
	// package; the others are analysed.
	require.NoError(t, os.WriteFile(filepath.Join(dir, "mains", "third.go"),
		[]byte("package main\n\nfunc main() { undefinedName() }\n"), 0o644))
	out = runIn(t, dir, "./mains")
	assert.Equal(t, ExitError, out.code)
	assert.Equal(t, "# example.com/mod/mains/third.go\nmains/third.go:3:15: undefined: undefinedName\n", out.stderr)
	assert.Contains(t, out.stdout, "mains/second.go:7:6: handler Handle found (handlerfix)\n")

	// One main and a file that redeclares something: a broken package.
	require.NoError(t, os.Remove(filepath.Join(dir, "mains", "third.go")))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "mains", "second.go"),
		[]byte(strings.Replace(readFile(t, filepath.Join(dir, "mains", "second.go")), "func main() { _ = Handle }", "", 1)), 0o644))
	out = runIn(t, dir, "./mains")
	assert.Equal(t, ExitError, out.code)
	assert.Contains(t, out.stderr, "# example.com/mod/mains\n")
	assert.Contains(t, out.stderr, "Handle redeclared in this block")
}

func TestCodeQuality(t *testing.T) {
	dir := fixture(t)
	gitRepo(t, dir)
	out := runIn(t, filepath.Join(dir, "api"), "-codequality", ".")
	require.Equal(t, ExitFindings, out.code, out.stderr)
	type issue struct {
		Description string `json:"description"`
		CheckName   string `json:"check_name"`
		Fingerprint string `json:"fingerprint"`
		Severity    string `json:"severity"`
		Location    struct {
			Path  string `json:"path"`
			Lines struct {
				Begin int `json:"begin"`
			} `json:"lines"`
		} `json:"location"`
	}
	var issues []issue
	require.NoError(t, json.Unmarshal([]byte(out.stdout), &issues), out.stdout)
	require.Len(t, issues, 3, "the suppressed finding is left out")
	assert.Equal(t, "handler Hello found", issues[0].Description)
	assert.Equal(t, "handlerfix", issues[0].CheckName)
	assert.Equal(t, "major", issues[0].Severity)
	assert.Equal(t, "api/api.go", issues[0].Location.Path, "relative to the root of the work tree")
	assert.Equal(t, 8, issues[0].Location.Lines.Begin)
	assert.Equal(t, "fnlint", issues[2].CheckName)
	assert.Equal(t, "minor", issues[2].Severity)

	// The fingerprints are those of SARIF.
	sarifOut := runIn(t, filepath.Join(dir, "api"), "-sarif", ".")
	var log struct {
		Runs []struct {
			Results []struct {
				Message             struct{ Text string }
				PartialFingerprints map[string]string
			}
		}
	}
	require.NoError(t, json.Unmarshal([]byte(sarifOut.stdout), &log))
	want := make(map[string]string)
	for _, r := range log.Runs[0].Results {
		want[r.Message.Text] = r.PartialFingerprints["fnlint/v1"]
	}
	for _, is := range issues {
		assert.Equal(t, want[is.Description], is.Fingerprint, is.Description)
	}

	// No findings: an empty array, not null.
	out = runIn(t, dir, "-codequality", "./clean")
	assert.Equal(t, ExitClean, out.code, out.stderr)
	assert.Equal(t, "[]\n", out.stdout)

	out = runIn(t, dir, "-codequality", "-sarif", "./clean")
	assert.Equal(t, ExitError, out.code)
	assert.Equal(t, "fnlint: -json, -sarif and -codequality cannot be used together (run 'fnlint -help' for usage)\n", out.stderr)
}
