//go:build precommit

package main_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPreCommitHooks installs fnlint's hooks with pre-commit try-repo, as
// a user trying them would, in a new git repository holding a module with
// findings. It needs pre-commit (Debian's package) and takes minutes (the
// hook environment builds fnlint), hence the build tag: .ci/run installs
// pre-commit, sets FNLINT_REQUIRE_PRECOMMIT=1 so that the test cannot
// skip, and runs it with -tags precommit.
func TestPreCommitHooks(t *testing.T) {
	if _, err := exec.LookPath("pre-commit"); err != nil {
		if os.Getenv("FNLINT_REQUIRE_PRECOMMIT") != "" {
			t.Fatal("pre-commit is not installed")
		}
		t.Skip("pre-commit is not installed")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	dir := fixture(t, "crosspkg")
	gomodcache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	require.NoError(t, err)
	env := append(os.Environ(),
		"PRE_COMMIT_HOME="+t.TempDir(),
		// pre-commit gives the hook its own GOPATH; share the module
		// cache so that installing fnlint needs no download.
		"GOMODCACHE="+strings.TrimSpace(string(gomodcache)),
		// -trimpath keeps the build cache valid across the temporary
		// copies pre-commit makes of the repository.
		"GOFLAGS=-trimpath", "GOWORK=off",
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
		"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com",
	)
	sh := func(name string, args ...string) (string, int) {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		if exit, ok := err.(*exec.ExitError); ok {
			return string(out), exit.ExitCode()
		}
		require.NoError(t, err, "%s %v\n%s", name, args, out)
		return string(out), 0
	}
	sh("git", "init", "-q")
	sh("git", "add", ".")
	sh("git", "commit", "-qm", "initial")

	// A staged change with no finding: the full hook fails on the
	// module's findings, the fast one passes, as the commit brings none.
	main := filepath.Join(dir, "fn", "main.go")
	src, err := os.ReadFile(main)
	require.NoError(t, err)
	clean := strings.Replace(string(src), "fmt.Fprintln(w, db.Name(), Nightly)", "fmt.Fprintln(w, db.Name(), Nightly, r.URL.Path)", 1)
	require.NoError(t, os.WriteFile(main, []byte(clean), 0o644))
	sh("git", "add", ".")
	out, code := sh("pre-commit", "try-repo", root)
	assert.Equal(t, 1, code, out)
	assert.Regexp(t, `(?m)^fnlint\.+Failed$`, out)
	assert.Regexp(t, `(?m)^fnlint \(changed lines\)\.+Passed$`, out)
	assert.Contains(t, out, "log.Fatal exits the process in invocation scope (handle → store.MustOpen)")
	assert.Contains(t, out, `invalid schedule expression "rate(1 days)"`)

	// A staged change that brings a finding fails the fast hook too, with
	// that finding only.
	bad := strings.Replace(clean, `var Nightly = "rate(1 days)"`, `var Nightly = "rate(1 days)"

// Hourly is the schedule of the sync rule.
var Hourly = "cron(0 * * * *)"`, 1)
	require.NoError(t, os.WriteFile(main, []byte(bad), 0o644))
	sh("git", "add", ".")
	out, code = sh("pre-commit", "try-repo", root, "fnlint-changed")
	assert.Equal(t, 1, code, out)
	assert.Contains(t, out, `invalid schedule expression "cron(0 * * * *)"`)
	assert.NotContains(t, out, "rate(1 days)")
	assert.NotContains(t, out, "log.Fatal exits")
}
