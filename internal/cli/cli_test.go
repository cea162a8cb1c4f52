package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/checker"
)

// fixture copies testdata/mod into a new temporary directory and returns
// the copy's path.
func fixture(t *testing.T) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "mod")
	require.NoError(t, os.CopyFS(dst, os.DirFS("testdata/mod")))
	return dst
}

type outcome struct {
	stdout, stderr string
	code           int
}

// runIn runs the command line with the test suite in dir.
func runIn(t *testing.T, dir string, args ...string) outcome {
	t.Helper()
	return runCmd(t, &Command{Checks: testChecks, Dir: dir}, args...)
}

func runCmd(t *testing.T, cmd *Command, args ...string) outcome {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	code := cmd.Run(context.Background(), args)
	require.Zero(t, minStatements, "analyzer flags must be restored after a run")
	return outcome{stdout.String(), stderr.String(), code}
}

func TestText(t *testing.T) {
	dir := fixture(t)
	out := runIn(t, dir, "./api", "./gen", "./clean")
	assert.Equal(t, ExitFindings, out.code, out.stderr)
	assert.Empty(t, out.stderr)
	want := `api/api.go:8:6: handler Hello found (handlerfix)
	api/api.go:8:11: parameters here
api/api.go:13:6: handler Bye found (handlerfix)
	api/api.go:13:9: parameters here
api/api.go:26:1: //fnlint:ignore handlerfix suppresses nothing here; remove it (fnlint)
`
	assert.Equal(t, want, out.stdout)
}

func TestCleanExitsZero(t *testing.T) {
	out := runIn(t, fixture(t), "./clean", "./gen")
	assert.Equal(t, ExitClean, out.code, out.stderr)
	assert.Empty(t, out.stdout)
}

func TestDefaultPatternIsAllPackages(t *testing.T) {
	dir := fixture(t)
	require.NoError(t, os.RemoveAll(filepath.Join(dir, "broken")))
	require.NoError(t, os.RemoveAll(filepath.Join(dir, "baddirective")))
	out := runIn(t, dir)
	assert.Equal(t, ExitFindings, out.code, out.stderr)
	assert.Contains(t, out.stdout, "api/api.go:8:6: handler Hello found (handlerfix)")
	assert.Contains(t, out.stdout, "boom/boom.go:")
}

func TestLoadErrorsAreReportedPerPackageAndTheRestGoesOn(t *testing.T) {
	out := runIn(t, fixture(t), "./broken", "./boom")
	assert.Equal(t, ExitError, out.code)
	assert.Equal(t, "# example.com/mod/broken\nbroken/broken.go:5:9: undefined: undefinedName\n", out.stderr)
	assert.Equal(t, "boom/boom.go:7:6: handler Handle found (handlerfix)\n\tboom/boom.go:7:12: parameters here\n", out.stdout)
}

func TestPanicsBecomePackageErrors(t *testing.T) {
	out := runIn(t, fixture(t), "-enable=boom,needsboom", "./boom", "./boompass", "./clean")
	assert.Equal(t, ExitError, out.code)
	// The other analyzers and packages go on.
	assert.Contains(t, out.stdout, "boom/boom.go:7:6: handler Handle found (handlerfix)")
	assert.Contains(t, out.stdout, "boompass/boompass.go:7:6: handler Handle found (handlerfix)")

	assert.Contains(t, out.stderr, "# example.com/mod/boom\nboom: panic: runtime error: index out of range [4] with length 0\n\tgithub.com/fnlint/fnlint/internal/cli.init.func")
	assert.Contains(t, out.stderr, "(cli/testanalyzers_test.go:")
	// The required pass's panic is reported once, not again as a failed
	// prerequisite of needsboom.
	assert.Contains(t, out.stderr, "# example.com/mod/boompass\nboompass: panic: boompass cannot handle example.com/mod/boompass\n")
	assert.NotContains(t, out.stderr, "prerequisite")
	assert.NotContains(t, out.stderr, "runProtected", "the stack stops at the analyzer")

	jsonOut := runIn(t, fixture(t), "-json", "-enable=boom", "./boom")
	var tree map[string]map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(jsonOut.stdout), &tree))
	var e struct{ Error string }
	require.NoError(t, json.Unmarshal(tree["example.com/mod/boom"]["boom"], &e))
	assert.True(t, strings.HasPrefix(e.Error, "panic: runtime error: index out of range [4] with length 0\n\t"), e.Error)
}

func TestEnableDisable(t *testing.T) {
	dir := fixture(t)
	out := runIn(t, dir, "-disable=handlerfix", "./boom")
	assert.Equal(t, ExitClean, out.code, out.stderr)
	assert.Empty(t, out.stdout)

	out = runIn(t, dir, "-enable=all", "-disable=boom,needsboom", "./boompass")
	assert.Equal(t, ExitFindings, out.code, out.stderr)
	assert.Contains(t, out.stdout, "(handlerfix)")
	assert.Contains(t, out.stdout, "(twin)")

	out = runIn(t, dir, "-disable=all", "-enable=twin", "./boompass")
	assert.Equal(t, ExitFindings, out.code, out.stderr)
	assert.NotContains(t, out.stdout, "(handlerfix)")
	assert.Contains(t, out.stdout, "(twin)")

	for args, want := range map[string]string{
		"-enable=nosuch":               `fnlint: unknown check "nosuch" (checks: handlerfix, twin, boom, needsboom; see 'fnlint help')` + "\n",
		"-disable=nosuch":              `fnlint: unknown check "nosuch" (checks: handlerfix, twin, boom, needsboom; see 'fnlint help')` + "\n",
		"-enable=twin -disable=twin":   `fnlint: check "twin" is both enabled and disabled (run 'fnlint -help' for usage)` + "\n",
		"-enable=handlerfix,,nosuch,x": `fnlint: unknown check "nosuch" (checks: handlerfix, twin, boom, needsboom; see 'fnlint help')` + "\n",
	} {
		out = runIn(t, dir, append(strings.Fields(args), "./clean")...)
		assert.Equal(t, ExitError, out.code, args)
		assert.Equal(t, want, out.stderr, args)
		assert.Empty(t, out.stdout, args)
	}
}

func TestCheckFlags(t *testing.T) {
	dir := fixture(t)
	out := runIn(t, dir, "-handlerfix.min-statements=2", "./api")
	assert.Equal(t, ExitFindings, out.code, out.stderr)
	assert.Contains(t, out.stdout, "handler Bye found")
	assert.NotContains(t, out.stdout, "handler Hello found")

	out = runIn(t, dir, "-handlerfix.min-statements=many", "./api")
	assert.Equal(t, ExitError, out.code)
	assert.Contains(t, out.stderr, `invalid value "many" for flag -handlerfix.min-statements`)

	out = runIn(t, dir, "-handlerfix.nosuch=1", "./api")
	assert.Equal(t, ExitError, out.code)
	assert.Contains(t, out.stderr, "flag provided but not defined: -handlerfix.nosuch")
}

func TestBadFlag(t *testing.T) {
	out := runIn(t, fixture(t), "-nosuchflag")
	assert.Equal(t, ExitError, out.code)
	assert.Equal(t, "fnlint: flag provided but not defined: -nosuchflag (run 'fnlint -help' for usage)\n", out.stderr)

	out = runIn(t, fixture(t), "-json", "-sarif")
	assert.Equal(t, ExitError, out.code)
	out = runIn(t, fixture(t), "-diff", "-json")
	assert.Equal(t, ExitError, out.code)
}

func TestUsage(t *testing.T) {
	out := runIn(t, fixture(t), "-help")
	assert.Equal(t, ExitClean, out.code)
	assert.Contains(t, out.stdout, "fnlint [flags] [packages]")
	assert.Contains(t, out.stdout, "-handlerfix.min-statements")
	assert.Contains(t, out.stdout, "-new-from-rev")
}

func TestHelp(t *testing.T) {
	out := runIn(t, "", "help")
	assert.Equal(t, ExitClean, out.code)
	assert.Regexp(t, `(?m)^  handlerfix\s+on\s+report handlers$`, out.stdout)
	assert.Regexp(t, `(?m)^  twin\s+off\s+report handlers again$`, out.stdout)

	out = runIn(t, "", "help", "handlerfix")
	assert.Equal(t, ExitClean, out.code)
	assert.Contains(t, out.stdout, "handlerfix: report handlers\n\nThe test analyzer handlerfix reports every handler with a fix.\n")
	assert.Contains(t, out.stdout, "On by default, since v0.1.0.")
	assert.Regexp(t, `min-statements\s+report handlers with at least this many statements\s+\(default 0\)`, out.stdout)
	assert.Contains(t, out.stdout, "Documentation: https://example.com/handlerfix")

	out = runIn(t, "", "help", "nosuch")
	assert.Equal(t, ExitError, out.code)
	assert.Contains(t, out.stderr, `unknown check "nosuch"`)
}

func TestVersion(t *testing.T) {
	out := runIn(t, "", "-version")
	assert.Equal(t, ExitClean, out.code)
	assert.Equal(t, "fnlint "+Version()+"\n", out.stdout)
	assert.NotEmpty(t, Version())
}

func TestIsVetTool(t *testing.T) {
	for args, want := range map[string]bool{
		"-flags":                         true,
		"-V=full":                        true,
		"--V=full":                       true,
		"-json -handlerfix=false x.cfg":  true,
		"./...":                          false,
		"-json ./...":                    false,
		"-version":                       false,
		"help":                           false,
		"-config=.fnlint.yml ./pkg/...":  false,
		"x.cfg ./...":                    false,
		"-new-from-rev=HEAD -fix ./a/b/": false,
	} {
		assert.Equal(t, want, isVetTool(strings.Fields(args)), args)
	}
}

func TestAfterAnalyzeSeesTheGraph(t *testing.T) {
	var graph *checker.Graph
	cmd := &Command{Checks: testChecks, Dir: fixture(t), AfterAnalyze: func(g *checker.Graph) { graph = g }}
	out := runCmd(t, cmd, "./boom")
	require.Equal(t, ExitFindings, out.code, out.stderr)
	require.NotNil(t, graph)
	var total time.Duration
	n := 0
	for act := range graph.All() {
		total += act.Duration
		n++
	}
	assert.Equal(t, 2, n, "handlerfix and inspect on one package")
	assert.Positive(t, total)
}

// gitRepo makes dir a Git repository with everything committed.
func gitRepo(t *testing.T, dir string) {
	t.Helper()
	git(t, dir, "init", "-q")
	git(t, dir, "add", ".")
	git(t, dir, "commit", "-q", "-m", "fixture")
}

func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	cmd := exec.Command("git", append([]string{"-c", "user.name=fnlint", "-c", "user.email=fnlint@example.com", "-c", "commit.gpgsign=false"}, args...)...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "git %v: %s", args, out)
}

func TestNewFromRev(t *testing.T) {
	dir := fixture(t)
	gitRepo(t, dir)
	api := filepath.Join(dir, "api", "api.go")
	data, err := os.ReadFile(api)
	require.NoError(t, err)
	data = append(data, "\n// Added is new.\nfunc Added(w web.ResponseWriter, r *web.Request) {}\n"...)
	require.NoError(t, os.WriteFile(api, data, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "api", "extra.go"),
		[]byte("package api\n\nimport \"example.com/mod/web\"\n\n// Extra is untracked.\nfunc Extra(w web.ResponseWriter, r *web.Request) {}\n"), 0o644))

	out := runIn(t, dir, "-new-from-rev=HEAD", "./api")
	assert.Equal(t, ExitFindings, out.code, out.stderr)
	assert.Equal(t, `api/api.go:30:6: handler Added found (handlerfix)
	api/api.go:30:11: parameters here
api/extra.go:6:6: handler Extra found (handlerfix)
	api/extra.go:6:11: parameters here
`, out.stdout)

	out = runIn(t, dir, "-handlerfix.min-statements=3", "-new-from-rev=nosuchrev", "./api") // flags are restored on errors too
	assert.Equal(t, ExitError, out.code)
	assert.Contains(t, out.stderr, "fnlint: new-from-rev: git diff")

	out = runIn(t, dir, "-new-from-rev=--output=x", "./api")
	assert.Equal(t, ExitError, out.code)
	assert.Contains(t, out.stderr, `bad revision "--output=x"`)
}

func TestFix(t *testing.T) {
	dir := fixture(t)
	boom := filepath.Join(dir, "boom", "boom.go")
	before := readFile(t, boom)

	out := runIn(t, dir, "-diff", "./boom")
	assert.Equal(t, ExitFindings, out.code, out.stderr)
	assert.Equal(t, `--- a/boom/boom.go
+++ b/boom/boom.go
@@ -4,4 +4,5 @@
 import "example.com/mod/web"
 
 // Handle is reported by the other test analyzers.
+// Handler Handle is checked.
 func Handle(w web.ResponseWriter, r *web.Request) {}
`, out.stdout)
	assert.Equal(t, before, readFile(t, boom), "-diff writes nothing")

	out = runIn(t, dir, "-fix", "./boom", "./api")
	assert.Equal(t, ExitFindings, out.code, out.stderr) // the fnlint findings have no fix
	assert.Equal(t, "fnlint: fixed 3 finding(s) in 2 file(s)\n", out.stderr)
	assert.NotContains(t, out.stdout, "(handlerfix)")
	assert.Contains(t, out.stdout, "(fnlint)")
	assert.Equal(t, strings.Replace(before, "func Handle", "// Handler Handle is checked.\nfunc Handle", 1), readFile(t, boom))
	assert.Contains(t, readFile(t, filepath.Join(dir, "api", "api.go")), "// Bye says goodbye.\n// Handler Bye is checked.\nfunc Bye(")
	assert.NotContains(t, readFile(t, filepath.Join(dir, "api", "api.go")), "Handler Status is checked", "suppressed findings are not fixed")
}

func TestFixConflicts(t *testing.T) {
	dir := fixture(t)
	out := runIn(t, dir, "-fix", "-enable=twin", "./boom")
	assert.Equal(t, ExitFindings, out.code, out.stderr)
	assert.Contains(t, out.stderr, "fnlint: fix of boom/boom.go:7:6 (twin) left out: it overlaps the fix of boom/boom.go:7:6 (handlerfix); run fnlint -fix again\n")
	assert.Contains(t, out.stderr, "fnlint: fixed 1 finding(s) in 1 file(s)\n")
	assert.Equal(t, "boom/boom.go:7:6: handler Handle found (twin)\n\tboom/boom.go:7:12: parameters here\n", out.stdout)
	assert.Contains(t, readFile(t, filepath.Join(dir, "boom", "boom.go")), "// Handler Handle is checked.\nfunc Handle")
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	require.NoError(t, err)
	return string(data)
}

func TestGeneratedFilesAreSkipped(t *testing.T) {
	dir := fixture(t)
	out := runIn(t, dir, "./gen")
	assert.Equal(t, ExitClean, out.code, out.stderr)
	assert.Empty(t, out.stdout)
	// The same file without its header is reported.
	gen := filepath.Join(dir, "gen", "gen.go")
	require.NoError(t, os.WriteFile(gen, []byte(strings.Replace(readFile(t, gen), "// Code generated", "// Written", 1)), 0o644))
	out = runIn(t, dir, "./gen")
	assert.Equal(t, ExitFindings, out.code, out.stderr)
	assert.Contains(t, out.stdout, "gen/gen.go:9:6: handler Generated found (handlerfix)")
}
