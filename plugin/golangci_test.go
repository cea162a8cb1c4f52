//go:build golangci

// The end-to-end test of the plugin: it builds golangci-lint with the
// plugin as `golangci-lint custom` does and runs it on the fixture module.
// It needs the Go module proxy and takes minutes the first time (it
// downloads golangci-lint's dependencies), so it runs only with the build
// tag golangci:
//
//	go test -tags golangci -run TestGolangciLint -count=1 -timeout 30m ./plugin/

package plugin_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// golangciVersion is the golangci-lint the plugin is built into: the one
// whose go.mod requires the plugin-module-register version of fnlint's.
const golangciVersion = "v2.15.0"

// fixtureFindings are the findings golangci-lint prints for the fixture
// module with fixtureSettings: every check's, as the unit tests expect
// them, under the linter name fnlint with the check name before the text.
// golangci-lint prints the related positions of a finding as issues of
// their own.
var fixtureFindings = []string{
	`exits/main.go:18:25: noexit: log.Fatalf exits the process in invocation scope (lookup → store.MustOpen); return an error instead (fnlint)`,
	`exits/main.go:28:17: noexit(related information): handler lookup (fnlint)`,
	`orders/main.go:17:6: handlersize: handler createOrder has 8 statements (max 6); move steps into helpers (fnlint)`,
	`orders/main.go:40:2: handlersize(related information): registered here (fnlint)`,
	`rules/rules.go:8:12: schedule: invalid schedule expression "cron(0 3 * * *)": want 6 fields (minutes hours day-of-month month day-of-week year), have 5 (fnlint)`,
	`rules/rules.go:9:12: schedule: invalid schedule expression "rate(10 minute)": rate unit: "minute": a value above 1 takes a plural unit, as in rate(10 minutes) (fnlint)`,
}

func TestGolangciLint(t *testing.T) {
	bin := buildCustomGCL(t)

	t.Run("findings", func(t *testing.T) {
		dir := fixture(t, fixtureSettings)
		sarifPath := filepath.Join(t.TempDir(), "fnlint.sarif")
		stdout, stderr, code := lint(t, bin, dir, "--output.sarif.path="+sarifPath, "./...")
		require.Equal(t, 1, code, "exit status (1: issues found)\nstdout:\n%s\nstderr:\n%s", stdout, stderr)

		assert.Equal(t, fixtureFindings, findings(stdout), "stdout:\n%s\nstderr:\n%s", stdout, stderr)

		assert.Equal(t, fixtureFindings, sarifFindings(t, sarifPath))
	})

	t.Run("fix", func(t *testing.T) {
		dir := fixture(t, fixtureSettings)
		stdout, stderr, code := lint(t, bin, dir, "--fix", "./rules")
		require.Equal(t, 1, code, "exit status (1: the finding without a fix)\nstdout:\n%s\nstderr:\n%s", stdout, stderr)
		assert.Equal(t, []string{fixtureFindings[len(fixtureFindings)-2]}, findings(stdout))
		fixed, err := os.ReadFile(filepath.Join(dir, "rules", "rules.go"))
		require.NoError(t, err)
		assert.Contains(t, string(fixed), `Often   = "rate(10 minutes)" // want`)
		assert.NotContains(t, string(fixed), `"rate(10 minute)"`)
	})

	t.Run("settings typo", func(t *testing.T) {
		dir := fixture(t, "settings:\n  handlersize:\n    max-statemens: 10\n")
		stdout, stderr, code := lint(t, bin, dir, "./...")
		assert.Equal(t, 3, code, "exit status (3: failure)\nstdout:\n%s\nstderr:\n%s", stdout, stderr)
		assert.Contains(t, stderr, `plugin(fnlint): newPlugin linters.settings.custom.fnlint.settings: check handlersize has no setting "max-statemens"`)
		assert.NotContains(t, stdout, "(fnlint)")
		t.Logf("the error:\n%s", stderr)
	})
}

// findings returns the findings of fnlint in the text output, sorted.
func findings(stdout string) []string {
	var got []string
	for line := range strings.Lines(stdout) {
		if line = strings.TrimSpace(line); strings.HasSuffix(line, "(fnlint)") {
			got = append(got, line)
		}
	}
	slices.Sort(got)
	return got
}

// sarifFindings reads the SARIF log at path and returns its results in the
// shape of the text output.
func sarifFindings(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name string `json:"name"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID  string `json:"ruleId"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine   int `json:"startLine"`
							StartColumn int `json:"startColumn"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	require.NoError(t, json.Unmarshal(data, &log), "%s", data)
	require.Equal(t, "2.1.0", log.Version)
	require.Len(t, log.Runs, 1)
	assert.Equal(t, "golangci-lint", log.Runs[0].Tool.Driver.Name)
	var got []string
	for _, r := range log.Runs[0].Results {
		require.Len(t, r.Locations, 1)
		loc := r.Locations[0].PhysicalLocation
		got = append(got, fmt.Sprintf("%s:%d:%d: %s (%s)", loc.ArtifactLocation.URI,
			loc.Region.StartLine, loc.Region.StartColumn, r.Message.Text, r.RuleID))
	}
	slices.Sort(got)
	return got
}

// buildCustomGCL builds golangci-lint golangciVersion with the plugin of
// this repository, with the steps of `golangci-lint custom` for a plugin
// given by path (pkg/commands/internal/builder.go): the golangci-lint
// sources (from the module proxy instead of a Git clone), a plugins.go
// that imports the plugin, a replace directive, go mod tidy, go build.
// It returns the binary.
//
// The sources go to the same directory on every run, under the user cache
// directory, replacing the previous copy: the go command keys the build
// cache of a package on its directory, and in a new directory every run
// would compile golangci-lint's own packages again. Two runs at once would
// share it.
func buildCustomGCL(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("..")
	require.NoError(t, err)
	cache, err := os.UserCacheDir()
	require.NoError(t, err)
	repo := filepath.Join(cache, "fnlint", "golangci-e2e", "golangci-lint")
	require.NoError(t, os.RemoveAll(repo))
	work := t.TempDir()

	step := func(name string, f func()) {
		start := time.Now()
		f()
		t.Logf("%s: %s", name, time.Since(start).Round(100*time.Millisecond))
	}
	step("download "+golangciVersion, func() {
		out := goCmd(t, work, "mod", "download", "-json", "github.com/golangci/golangci-lint/v2@"+golangciVersion)
		var mod struct{ Dir, Error string }
		require.NoError(t, json.Unmarshal(out, &mod), "%s", out)
		require.Empty(t, mod.Error)
		require.NoError(t, copyTree(mod.Dir, repo))
	})
	step("plugins.go, go mod edit -replace", func() {
		plugins := filepath.Join(repo, "cmd", "golangci-lint", "plugins.go")
		_, err := os.Stat(plugins) // custom rewrites the file that is there
		require.NoError(t, err)
		src := "package main\n\nimport (\n\t_ \"github.com/fnlint/fnlint/plugin\"\n)\n"
		require.NoError(t, os.WriteFile(plugins, []byte(src), 0o644))
		goCmd(t, repo, "mod", "edit", "-replace", "github.com/fnlint/fnlint="+root)
	})
	step("go mod tidy", func() { goCmd(t, repo, "mod", "tidy") })
	bin := filepath.Join(work, "custom-gcl")
	step("go build", func() {
		ldflags := fmt.Sprintf("-s -w -X 'main.version=%s-custom-gcl-fnlint' -X 'main.date=%s'",
			golangciVersion, time.Now().UTC())
		goCmd(t, repo, "build", "-ldflags", ldflags, "-o", bin, "./cmd/golangci-lint")
	})
	return bin
}

// goCmd runs the go command in dir and returns its standard output.
func goCmd(t *testing.T, dir string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "go %s\n%s%s", strings.Join(args, " "), out, stderr.String())
	return out
}

// copyTree copies the directory tree src, read-only in the module cache,
// to dst, writable.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return fmt.Errorf("copy %s: not a regular file", path)
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, info.Mode().Perm()|0o200)
	})
}

// fixture copies the fixture module to a temporary directory with a
// .golangci.yml that runs fnlint alone with settings, the YAML of
// linters.settings.custom.fnlint.settings, and returns the directory.
func fixture(t *testing.T, settings string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "fixture")
	require.NoError(t, copyTree("testdata", dir))
	cfg := `version: "2"
linters:
  default: none
  enable:
    - fnlint
  settings:
    custom:
      fnlint:
        type: module
        description: fnlint's checks for function code
        original-url: https://github.com/fnlint/fnlint
        settings:
`
	for line := range strings.Lines(strings.TrimLeft(settings, "\n")) {
		cfg += "          " + line
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".golangci.yml"), []byte(cfg), 0o644))
	return dir
}

// lint runs the custom golangci-lint in dir with the configuration there,
// text output on stdout without colours, source lines or statistics, and
// its own cache, and returns its output and exit status.
func lint(t *testing.T, bin, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	args = append([]string{"run",
		"--output.text.path=stdout", "--output.text.colors=false",
		"--output.text.print-issued-lines=false", "--show-stats=false"}, args...)
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOLANGCI_LINT_CACHE="+t.TempDir())
	var out, errOut strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if exit, ok := errors.AsType[*exec.ExitError](err); ok {
		return out.String(), errOut.String(), exit.ExitCode()
	}
	require.NoError(t, err)
	return out.String(), errOut.String(), 0
}
