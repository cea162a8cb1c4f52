package main_test

// End-to-end tests: they build fnlint once, and a variant with a panicking
// check (testdata/panicky), and run them as a user would on the fixture
// modules of testdata/, each copied to a temporary directory first.

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/internal/sarif/sariftest"
)

var (
	fnlintBin  string // the binary under test
	panickyBin string // fnlint with the panicking check explode
)

func TestMain(m *testing.M) {
	os.Exit(buildAndRun(m))
}

func buildAndRun(m *testing.M) int {
	dir, err := os.MkdirTemp("", "fnlint-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer os.RemoveAll(dir)
	exe := ""
	if runtime.GOOS == "windows" {
		exe = ".exe"
	}
	fnlintBin = filepath.Join(dir, "fnlint"+exe)
	panickyBin = filepath.Join(dir, "panicky"+exe)
	for bin, pkg := range map[string]string{fnlintBin: ".", panickyBin: "./testdata/panicky"} {
		out, err := exec.Command("go", "build", "-o", bin, pkg).CombinedOutput()
		if err != nil {
			fmt.Fprintf(os.Stderr, "go build %s: %v\n%s", pkg, err, out)
			return 2
		}
	}
	return m.Run()
}

// fixture copies testdata/name into a new temporary directory and returns
// the copy.
func fixture(t *testing.T, name string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.CopyFS(dst, os.DirFS(filepath.Join("testdata", name))))
	return dst
}

type result struct {
	stdout, stderr string
	code           int
}

// env is the environment of the commands run: no network, no workspace,
// no result cache (the cache has tests of its own).
func env() []string {
	return append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOFLAGS=", "FNLINT_CACHE=off")
}

func run(t *testing.T, dir, bin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = env()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if exit, ok := errors.AsType[*exec.ExitError](err); ok {
		code = exit.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return result{stdout.String(), stderr.String(), code}
}

func fnlint(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return run(t, dir, fnlintBin, args...)
}

// ordersFindings matches the handlersize findings on the oversized orders
// handler, one per metric over its default threshold, in text output.
var ordersFindings = regexp.MustCompile(`(?m)\A` +
	`orders/orders\.go:56:6: handler Handle has \d+ statements \(max 50\); [^\n]+ \(handlersize\)\n` +
	`orders/orders\.go:56:6: handler Handle has \d+ lines of code \(max 80\); [^\n]+ \(handlersize\)\n` +
	`orders/orders\.go:56:6: handler Handle has cyclomatic complexity \d+ \(max 15\); [^\n]+ \(handlersize\)\n\z`)

func TestCleanModuleExitsZero(t *testing.T) {
	t.Parallel()
	res := fnlint(t, fixture(t, "clean"))
	assert.Equal(t, 0, res.code, res.stderr)
	assert.Empty(t, res.stdout)
	assert.Empty(t, res.stderr)
}

func TestFindings(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "oversized")
	res := fnlint(t, dir) // ./... by default
	assert.Equal(t, 1, res.code, res.stderr)
	assert.Empty(t, res.stderr)
	assert.Regexp(t, ordersFindings, res.stdout)

	same := fnlint(t, dir, "./orders", "./health")
	assert.Equal(t, res, same)

	// Paths are relative to the working directory.
	sub := fnlint(t, filepath.Join(dir, "orders"), ".")
	assert.Equal(t, 1, sub.code)
	assert.Equal(t, strings.ReplaceAll(res.stdout, "orders/orders.go", "orders.go"), sub.stdout)
	outside := fnlint(t, filepath.Join(dir, "health"), "../orders")
	assert.Equal(t, strings.ReplaceAll(res.stdout, "orders/orders.go", filepath.Join(dir, "orders", "orders.go")), outside.stdout)
}

func TestJSON(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "oversized")
	res := fnlint(t, dir, "-json")
	assert.Equal(t, 1, res.code, res.stderr)
	tree := parseVetJSON(t, res.stdout)
	require.Equal(t, []string{"example.com/oversized/orders"}, keys(tree))
	diags := tree["example.com/oversized/orders"]["handlersize"]
	require.Len(t, diags, 3)
	for _, d := range diags {
		assert.Equal(t, filepath.Join(dir, "orders", "orders.go")+":56:6", d.Posn)
		assert.Contains(t, d.Message, "handler Handle has ")
		assert.Contains(t, []string{"statements", "lines", "complexity"}, d.Category)
	}
}

type vetDiagnostic struct {
	Category string `json:"category"`
	Posn     string `json:"posn"`
	End      string `json:"end"`
	Message  string `json:"message"`
}

// parseVetJSON decodes go vet's JSON: package → check → diagnostics.
func parseVetJSON(t *testing.T, s string) map[string]map[string][]vetDiagnostic {
	t.Helper()
	var tree map[string]map[string][]vetDiagnostic
	require.NoError(t, json.Unmarshal([]byte(s), &tree), s)
	return tree
}

// sortDiagnostics sorts the diagnostics of each package and check: fnlint
// sorts them by position, go vet prints them in the order reported.
func sortDiagnostics(tree map[string]map[string][]vetDiagnostic) map[string]map[string][]vetDiagnostic {
	for _, checks := range tree {
		for _, diags := range checks {
			slices.SortFunc(diags, func(a, b vetDiagnostic) int {
				return cmp.Or(cmp.Compare(a.Posn, b.Posn), cmp.Compare(a.Message, b.Message))
			})
		}
	}
	return tree
}

func keys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func TestGoVetFindsTheSame(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "oversized")
	cli := fnlint(t, dir, "-json", "./...")
	require.Equal(t, 1, cli.code, cli.stderr)

	vet := run(t, dir, "go", "vet", "-vettool="+fnlintBin, "-json", "./...")
	require.Equal(t, 0, vet.code, vet.stderr)
	// go vet -json prints the tool's JSON of each package in turn, each
	// after a "# package" line.
	got := make(map[string]map[string][]vetDiagnostic)
	dec := json.NewDecoder(strings.NewReader(regexp.MustCompile(`(?m)^#.*$`).ReplaceAllString(vet.stdout+vet.stderr, "")))
	for dec.More() {
		var tree map[string]map[string][]vetDiagnostic
		require.NoError(t, dec.Decode(&tree))
		for pkg, checks := range tree {
			got[pkg] = checks
		}
	}
	assert.Equal(t, sortDiagnostics(parseVetJSON(t, cli.stdout)), sortDiagnostics(got))

	text := run(t, dir, "go", "vet", "-vettool="+fnlintBin, "./...")
	assert.Equal(t, 1, text.code)
	assert.Contains(t, text.stderr, "orders/orders.go:56:6: handler Handle has ")

	flags := run(t, dir, fnlintBin, "-flags")
	assert.Equal(t, 0, flags.code)
	assert.Contains(t, flags.stdout, `"Name": "handlersize.max-statements"`)
}

func TestGoVetFlags(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "oversized")
	off := run(t, dir, "go", "vet", "-vettool="+fnlintBin, "-handlersize=false", "./...")
	assert.Equal(t, 0, off.code, off.stderr)

	loose := run(t, dir, "go", "vet", "-vettool="+fnlintBin,
		"-handlersize.max-statements=0", "-handlersize.max-lines=0", "-handlersize.max-complexity=100", "./...")
	assert.Equal(t, 0, loose.code, loose.stderr)
}

func TestIgnoreDirectives(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "oversized")
	orders := filepath.Join(dir, "orders", "orders.go")
	health := filepath.Join(dir, "health", "health.go")
	const handleDecl = "// Handle creates an order from a JSON request.\nfunc Handle("
	insertAbove := func(name, marker, directive string) {
		t.Helper()
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		i := strings.Index(string(data), marker)
		require.GreaterOrEqual(t, i, 0)
		data = []byte(string(data[:i]) + directive + "\n" + string(data[i:]))
		require.NoError(t, os.WriteFile(name, data, 0o644))
	}
	original := readFile(t, orders)

	// Used: the handler's findings are gone, and so is the exit status.
	insertAbove(orders, "func Handle(", "//fnlint:ignore handlersize the order flow is reviewed in one place")
	res := fnlint(t, dir)
	assert.Equal(t, 0, res.code, res.stdout+res.stderr)
	assert.Empty(t, res.stdout)
	vet := run(t, dir, "go", "vet", "-vettool="+fnlintBin, "./...")
	assert.Equal(t, 0, vet.code, "go vet honours directives too: %s", vet.stderr)

	// Unused: reported.
	insertAbove(health, "func Handle(", "//fnlint:ignore handlersize in case it grows")
	res = fnlint(t, dir)
	assert.Equal(t, 1, res.code, res.stderr)
	assert.Equal(t, "health/health.go:13:1: //fnlint:ignore handlersize suppresses nothing here; remove it (fnlint)\n", res.stdout)

	// No reason: an error of the input, and it suppresses nothing.
	require.NoError(t, os.WriteFile(orders, []byte(original), 0o644))
	insertAbove(orders, handleDecl, "//fnlint:ignore handlersize")
	res = fnlint(t, dir, "./orders")
	assert.Equal(t, 2, res.code, res.stderr)
	assert.Equal(t, "fnlint: orders/orders.go:55:1: //fnlint:ignore handlersize needs a reason after the check names\n", res.stderr)
	assert.Contains(t, res.stdout, "orders/orders.go:57:6: handler Handle has ")
	vet = run(t, dir, "go", "vet", "-vettool="+fnlintBin, "./orders")
	assert.Contains(t, vet.stderr, "orders/orders.go:55:1: //fnlint:ignore handlersize needs a reason after the check names")
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	require.NoError(t, err)
	return string(data)
}

func TestGeneratedFilesAreSkipped(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "oversized")
	src := readFile(t, filepath.Join(dir, "orders", "orders.go"))
	gen := "// Code generated by ordergen from orders.yaml. DO NOT EDIT.\n\n" + strings.Replace(src, "package orders", "package genorders", 1)
	require.NoError(t, os.Mkdir(filepath.Join(dir, "genorders"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "genorders", "orders.go"), []byte(gen), 0o644))
	res := fnlint(t, dir, "./genorders")
	assert.Equal(t, 0, res.code, res.stdout+res.stderr)
	assert.Empty(t, res.stdout)
}

func TestBrokenPackageNextToAGoodOne(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "mixed")
	res := fnlint(t, dir)
	assert.Equal(t, 2, res.code)
	assert.Equal(t, "# example.com/mixed/broken\nbroken/broken.go:9:2: undefined: writeStatus\n", res.stderr)
	assert.Regexp(t, `\Areport/report\.go:30:6: handler Handle has \d+ statements \(max 50\)`, res.stdout)

	res = fnlint(t, dir, "-json")
	assert.Equal(t, 2, res.code)
	assert.Contains(t, parseVetJSON(t, res.stdout), "example.com/mixed/report")
}

func TestConfigFile(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "configured")
	// .fnlint.yml lowers max-statements to 20 and excludes legacy/.
	res := fnlint(t, dir)
	assert.Equal(t, 1, res.code, res.stderr)
	assert.Regexp(t, `\Aapi/api\.go:24:6: handler Signup has \d+ statements \(max 20\); [^\n]+ \(handlersize\)\n\z`, res.stdout)

	// The command line beats the file.
	res = fnlint(t, dir, "-handlersize.max-statements=50")
	assert.Equal(t, 0, res.code, res.stdout+res.stderr)
	res = fnlint(t, dir, "-disable=handlersize")
	assert.Equal(t, 0, res.code, res.stdout+res.stderr)

	// Without the file, the defaults hold and legacy/ is checked too.
	res = fnlint(t, dir, "-config=/dev/null", "-handlersize.max-statements=20")
	assert.Equal(t, 1, res.code)
	assert.Contains(t, res.stdout, "legacy/legacy.go:24:6: handler Signup has ")

	// Found from a subdirectory.
	res = fnlint(t, filepath.Join(dir, "api"))
	assert.Equal(t, 1, res.code)
	assert.Contains(t, res.stdout, "api.go:24:6: handler Signup has ")

	cfg := filepath.Join(dir, ".fnlint.yml")
	for config, want := range map[string]string{
		"settings:\n  handlersize:\n    max-statement: 20\n": `.fnlint.yml:3: check handlersize has no setting "max-statement"`,
		"checks:\n  disable: [handlersise]\n":                `.fnlint.yml:2: unknown check "handlersise"`,
		"exclude: legacy\n":                                  `.fnlint.yml:1: exclude must be a list`,
		"checks:\n  enable: [handlersize\n":                  `.fnlint.yml:1: did not find expected ',' or ']'`,
		"check: {}\n":                                        `.fnlint.yml:1: unknown key "check"`,
	} {
		require.NoError(t, os.WriteFile(cfg, []byte(config), 0o644))
		res = fnlint(t, dir)
		assert.Equal(t, 2, res.code, config)
		assert.True(t, strings.HasPrefix(res.stderr, "fnlint: config: "+cfg[:len(cfg)-len(".fnlint.yml")]+want), "%s: %s", config, res.stderr)
		assert.Equal(t, 1, strings.Count(res.stderr, "\n"), "one line: %s", res.stderr)
		assert.Empty(t, res.stdout, config)
	}
}

func TestFixAndDiffWithoutFixes(t *testing.T) {
	t.Parallel()
	// handlersize offers no fix: -diff prints nothing and -fix changes no
	// file. The fix machinery itself is tested in internal/cli.
	dir := fixture(t, "oversized")
	before := readFile(t, filepath.Join(dir, "orders", "orders.go"))
	res := fnlint(t, dir, "-diff")
	assert.Equal(t, 1, res.code)
	assert.Empty(t, res.stdout)
	res = fnlint(t, dir, "-fix")
	assert.Equal(t, 1, res.code, "the findings remain")
	assert.Regexp(t, ordersFindings, res.stdout)
	assert.Equal(t, before, readFile(t, filepath.Join(dir, "orders", "orders.go")))
}

func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=fnlint", "-c", "user.email=fnlint@example.com", "-c", "commit.gpgsign=false"}, args...)...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "git %v: %s", args, out)
}

func TestNewFromRev(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	repo := t.TempDir()
	dir := filepath.Join(repo, "svc")
	require.NoError(t, os.CopyFS(dir, os.DirFS(filepath.Join("testdata", "oversized"))))
	git(t, repo, "init", "-q")
	git(t, repo, "add", ".")
	git(t, repo, "commit", "-q", "-m", "oversized")

	res := fnlint(t, dir, "-new-from-rev=HEAD")
	assert.Equal(t, 0, res.code, res.stdout+res.stderr)
	assert.Empty(t, res.stdout)

	// A new package, untracked: all of it is new.
	src := readFile(t, filepath.Join(dir, "orders", "orders.go"))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "returns"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "returns", "returns.go"), []byte(strings.Replace(src, "package orders", "package returns", 1)), 0o644))
	res = fnlint(t, dir, "-new-from-rev=HEAD")
	assert.Equal(t, 1, res.code, res.stderr)
	assert.Regexp(t, strings.ReplaceAll(ordersFindings.String(), "orders/orders", "returns/returns"), res.stdout)

	// A changed line: the finding on it is new; the old ones elsewhere are not.
	git(t, repo, "add", ".")
	git(t, repo, "commit", "-q", "-m", "returns")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "orders", "orders.go"),
		[]byte(strings.Replace(src, "func Handle(w http.ResponseWriter, r *http.Request) {", "func Handle(w http.ResponseWriter, r *http.Request) { // POST /orders", 1)), 0o644))
	res = fnlint(t, dir, "-new-from-rev=HEAD", "./...")
	assert.Equal(t, 1, res.code, res.stderr)
	assert.Contains(t, res.stdout, "orders/orders.go:56:6:")
	assert.NotContains(t, res.stdout, "returns/")

	res = fnlint(t, dir, "-new-from-rev=no-such-rev")
	assert.Equal(t, 2, res.code)
	assert.Contains(t, res.stderr, "fnlint: new-from-rev: git diff: fatal: bad revision 'no-such-rev'")
}

// sarifRule is what TestSARIF reads of a rule.
type sarifRule struct {
	ID               string
	ShortDescription struct{ Text string }
	FullDescription  struct{ Text string }
	HelpURI          string `json:"helpUri"`
}

func TestSARIF(t *testing.T) {
	t.Parallel()
	repo := t.TempDir()
	dir := filepath.Join(repo, "svc")
	require.NoError(t, os.CopyFS(dir, os.DirFS(filepath.Join("testdata", "oversized"))))
	git(t, repo, "init", "-q")

	res := fnlint(t, dir, "-sarif")
	assert.Equal(t, 1, res.code, res.stderr)
	validateSARIF(t, res.stdout)

	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Name  string
					Rules []sarifRule
				}
			}
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results            []struct {
				RuleID    string
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string
							URIBaseID string `json:"uriBaseId"`
						}
						Region struct{ StartLine, StartColumn int }
					}
				}
				PartialFingerprints map[string]string
			}
			Invocations []struct{ ExecutionSuccessful bool }
		}
	}
	require.NoError(t, json.Unmarshal([]byte(res.stdout), &log))
	require.Len(t, log.Runs, 1)
	run := log.Runs[0]
	assert.Equal(t, "fnlint", run.Tool.Driver.Name)
	i := slices.IndexFunc(run.Tool.Driver.Rules, func(r sarifRule) bool { return r.ID == "handlersize" })
	require.GreaterOrEqual(t, i, 0, "a rule for every check, handlersize included")
	rule := run.Tool.Driver.Rules[i]
	assert.NotEmpty(t, rule.ShortDescription.Text)
	assert.Contains(t, rule.FullDescription.Text, rule.ShortDescription.Text)
	assert.Equal(t, "https://github.com/fnlint/fnlint/blob/main/docs/checks/handlersize.md", rule.HelpURI)
	assert.Equal(t, "file://"+filepath.ToSlash(repo)+"/", run.OriginalURIBaseIDs["%SRCROOT%"].URI)
	assert.True(t, run.Invocations[0].ExecutionSuccessful)
	require.Len(t, run.Results, 3)
	fingerprints := make(map[string]bool)
	for _, r := range run.Results {
		loc := r.Locations[0].PhysicalLocation
		assert.Equal(t, "svc/orders/orders.go", loc.ArtifactLocation.URI)
		assert.Equal(t, "%SRCROOT%", loc.ArtifactLocation.URIBaseID)
		assert.Equal(t, 56, loc.Region.StartLine)
		fingerprints[r.PartialFingerprints["fnlint/v1"]] = true
	}
	assert.Len(t, fingerprints, 3, "one fingerprint per finding")
}

func TestBadFlag(t *testing.T) {
	t.Parallel()
	res := fnlint(t, fixture(t, "clean"), "-no-such-flag")
	assert.Equal(t, 2, res.code)
	assert.Equal(t, "fnlint: flag provided but not defined: -no-such-flag (run 'fnlint -help' for usage)\n", res.stderr)
	assert.Empty(t, res.stdout)
}

func TestHelpAndVersion(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	res := fnlint(t, dir, "help")
	assert.Equal(t, 0, res.code)
	assert.Regexp(t, `(?m)^  handlersize\s+on\s+\S.*$`, res.stdout)

	res = fnlint(t, dir, "help", "handlersize")
	assert.Equal(t, 0, res.code)
	assert.True(t, strings.HasPrefix(res.stdout, "handlersize: "), res.stdout)
	assert.Contains(t, res.stdout, "On by default, since v0.1.0.")
	assert.Regexp(t, `(?m)^  max-statements\s+.*\(default 50\)$`, res.stdout)

	res = fnlint(t, dir, "help", "nosuch")
	assert.Equal(t, 2, res.code)

	res = fnlint(t, dir, "-version")
	assert.Equal(t, 0, res.code)
	assert.Regexp(t, `\Afnlint v\S+\n\z`, res.stdout)

	res = fnlint(t, dir, "-h")
	assert.Equal(t, 0, res.code)
	assert.Contains(t, res.stdout, "-handlersize.max-statements")
}

func TestPanickingCheck(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "oversized")
	for _, pkg := range []string{"explode", "fuse"} {
		require.NoError(t, os.Mkdir(filepath.Join(dir, pkg), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, pkg, pkg+".go"), []byte("package "+pkg+"\n\nfunc F() {}\n"), 0o644))
	}

	res := run(t, dir, panickyBin)
	assert.Equal(t, 2, res.code)
	assert.Regexp(t, ordersFindings, res.stdout, "the other packages and checks go on")
	assert.Contains(t, res.stderr, "# example.com/oversized/explode\nexplode: panic: runtime error: invalid memory address or nil pointer dereference\n\tmain.init.func2 (panicky/main.go:")
	assert.Contains(t, res.stderr, "# example.com/oversized/fuse\nfuse: panic: fuse blown in example.com/oversized/fuse\n\tmain.init.func1 (panicky/main.go:")
	assert.NotContains(t, res.stderr, "goroutine ")

	vet := run(t, dir, "go", "vet", "-vettool="+panickyBin, "./...")
	assert.Equal(t, 1, vet.code)
	assert.Contains(t, vet.stderr, "example.com/oversized/explode: panic: runtime error: invalid memory address or nil pointer dereference\n\tmain.init.func2 (panicky/main.go:")
	assert.Contains(t, vet.stderr, "example.com/oversized/fuse: fuse: panic: fuse blown in example.com/oversized/fuse")
	assert.Contains(t, vet.stderr, "orders/orders.go:56:6: handler Handle has ")
	assert.NotContains(t, vet.stderr, "goroutine ")
}

// validateSARIF checks a log against the SARIF 2.1.0 schema.
func validateSARIF(t *testing.T, s string) {
	t.Helper()
	require.NoError(t, sariftest.Validate([]byte(s)))
}
