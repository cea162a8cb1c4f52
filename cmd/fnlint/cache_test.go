package main_test

// End-to-end tests of the result cache: a second run on unchanged code is
// served from the cache with the same output, and any change that matters
// (a file, a dependency's file, a flag) is seen.

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cachedRun runs fnlint in dir with its result cache in cacheDir and the
// cache's debug line on.
func cachedRun(t *testing.T, dir, cacheDir string, args ...string) result {
	t.Helper()
	cmd := exec.Command(fnlintBin, args...)
	cmd.Dir = dir
	cmd.Env = append(env(), "FNLINT_CACHE="+cacheDir, "FNLINT_DEBUG_CACHE=1")
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

var hitRE = regexp.MustCompile(`(?m)^fnlint: cache: hit (\d+)/(\d+) packages \(lookup [^)]+\)$`)

// hits returns the hits and the packages of the cache's debug line.
func hits(t *testing.T, res result) (hit, total int) {
	t.Helper()
	m := hitRE.FindStringSubmatch(res.stderr)
	require.NotNil(t, m, "no cache line in stderr:\n%s", res.stderr)
	hit, _ = strconv.Atoi(m[1])
	total, _ = strconv.Atoi(m[2])
	require.Positive(t, total)
	return hit, total
}

// requireAllHit asserts that every package was served from the cache.
func requireAllHit(t *testing.T, res result) {
	t.Helper()
	hit, total := hits(t, res)
	require.Equal(t, total, hit, "not all packages hit:\n%s", res.stderr)
}

// requireMiss asserts that the run was computed and stored.
func requireMiss(t *testing.T, res result) {
	t.Helper()
	hit, total := hits(t, res)
	require.Less(t, hit, total, res.stderr)
	require.Contains(t, res.stderr, "fnlint: cache: stored ")
}

// uncached runs fnlint with the cache off: the reference output.
func uncached(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return fnlint(t, dir, append([]string{"-cache=false"}, args...)...)
}

func assertSameOutput(t *testing.T, want, got result) {
	t.Helper()
	assert.Equal(t, want.code, got.code)
	assert.Equal(t, want.stdout, got.stdout)
}

func TestCacheWarmRun(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "oversized")
	cacheDir := t.TempDir()
	want := uncached(t, dir)
	require.Equal(t, 1, want.code, want.stderr)
	require.Regexp(t, ordersFindings, want.stdout)

	first := cachedRun(t, dir, cacheDir)
	requireMiss(t, first)
	assertSameOutput(t, want, first)
	second := cachedRun(t, dir, cacheDir)
	requireAllHit(t, second)
	assertSameOutput(t, want, second)
	assert.NotContains(t, second.stderr, "stored", "a hit stores nothing")

	// The entries hold findings, not text: every format is served.
	for _, format := range []string{"-json", "-sarif"} {
		want := uncached(t, dir, format)
		got := cachedRun(t, dir, cacheDir, format)
		requireAllHit(t, got)
		assert.Equal(t, want.code, got.code)
		if format == "-sarif" { // the log records the command line
			got.stdout = strings.Replace(got.stdout, `"-sarif"`, `"-cache=false",`+"\n"+`            "-sarif"`, 1)
		}
		assert.Equal(t, want.stdout, got.stdout, format)
	}

	// A subset of the packages is served from the entries of ./...
	sub := cachedRun(t, dir, cacheDir, "./orders")
	requireAllHit(t, sub)
	assertSameOutput(t, uncached(t, dir, "./orders"), sub)

	// An edit moves the findings down one line.
	orders := filepath.Join(dir, "orders", "orders.go")
	src, err := os.ReadFile(orders)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(orders, append([]byte("// Edited.\n"), src...), 0o666))
	edited := cachedRun(t, dir, cacheDir)
	requireMiss(t, edited)
	assertSameOutput(t, uncached(t, dir), edited)
	assert.Contains(t, edited.stdout, "orders/orders.go:57:6: ")
	requireAllHit(t, cachedRun(t, dir, cacheDir))

	// A check flag is part of the key.
	flagged := cachedRun(t, dir, cacheDir, "-handlersize.max-statements=1000")
	hit, _ := hits(t, flagged)
	assert.Zero(t, hit)
	assertSameOutput(t, uncached(t, dir, "-handlersize.max-statements=1000"), flagged)
	assert.NotContains(t, flagged.stdout, "statements (max")
}

// TestCacheSeesDependencies edits the package that a fact comes from: the
// finding in the package that imports it goes away.
func TestCacheSeesDependencies(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "crosspkg")
	cacheDir := t.TempDir()
	requireMiss(t, cachedRun(t, dir, cacheDir))
	warm := cachedRun(t, dir, cacheDir)
	requireAllHit(t, warm)
	require.Contains(t, warm.stdout, "(noexit)")
	assertSameOutput(t, uncached(t, dir), warm)

	store := filepath.Join(dir, "store", "store.go")
	src, err := os.ReadFile(store)
	require.NoError(t, err)
	require.Contains(t, string(src), "log.Fatal(")
	require.NoError(t, os.WriteFile(store, bytes.Replace(src, []byte("log.Fatal("), []byte("log.Print("), 1), 0o666))
	edited := cachedRun(t, dir, cacheDir)
	hit, _ := hits(t, edited)
	assert.Zero(t, hit, "both packages depend on store")
	assert.NotContains(t, edited.stdout, "(noexit)")
	assertSameOutput(t, uncached(t, dir), edited)
}

// TestCacheCorruptAndConcurrent runs two processes at once on an empty
// cache, then damages every entry: runs stay correct throughout.
func TestCacheCorruptAndConcurrent(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "oversized")
	cacheDir := t.TempDir()
	want := uncached(t, dir)

	var wg sync.WaitGroup
	results := make([]result, 2)
	for i := range results {
		wg.Go(func() { results[i] = cachedRun(t, dir, cacheDir) })
	}
	wg.Wait()
	for _, res := range results {
		assertSameOutput(t, want, res)
	}
	requireAllHit(t, cachedRun(t, dir, cacheDir))

	entries, err := filepath.Glob(filepath.Join(cacheDir, "results", "*", "*"))
	require.NoError(t, err)
	require.NotEmpty(t, entries)
	for i, name := range entries {
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		if i%2 == 0 {
			data = data[:len(data)/2]
		} else {
			data = bytes.ReplaceAll(data, []byte(`"off":`), []byte(`"off":9`))
		}
		require.NoError(t, os.WriteFile(name, data, 0o666))
	}
	damaged := cachedRun(t, dir, cacheDir)
	assertSameOutput(t, want, damaged)
	assert.Empty(t, strings.TrimSpace(hitRE.ReplaceAllString(
		regexp.MustCompile(`(?m)^fnlint: cache: (stored|unusable entries).*$`).ReplaceAllString(damaged.stderr, ""), "")))

	require.NoError(t, os.RemoveAll(cacheDir))
	assertSameOutput(t, want, cachedRun(t, dir, cacheDir))
}

// TestCacheNotUsed lists the runs that compute everything.
func TestCacheNotUsed(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "oversized")
	cacheDir := t.TempDir()
	requireMiss(t, cachedRun(t, dir, cacheDir))

	for _, args := range [][]string{{"-cache=false"}, {"-diff"}} {
		res := cachedRun(t, dir, cacheDir, args...)
		assert.NotContains(t, res.stderr, "fnlint: cache:", args)
	}

	// A package that does not type-check has no entry, and a run with
	// errors stores none: its errors are printed every time.
	mixed := fixture(t, "mixed")
	for range 2 {
		res := cachedRun(t, mixed, cacheDir)
		assert.Equal(t, 2, res.code)
		hit, total := hits(t, res)
		assert.Less(t, hit, total)
		assert.Contains(t, res.stderr, "fnlint: cache: not stored: the run had errors")
		assert.Contains(t, res.stderr, "undefined: writeStatus")
	}
}

// TestCacheNewFromRev checks that -new-from-rev filters cached findings
// as it filters fresh ones, and that its runs share entries with full runs.
func TestCacheNewFromRev(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := fixture(t, "crosspkg")
	cacheDir := t.TempDir()
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(env(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
			"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "git %v\n%s", args, out)
	}
	git("init", "-q")
	git("add", ".")
	git("commit", "-qm", "initial")
	main := filepath.Join(dir, "fn", "main.go")
	src, err := os.ReadFile(main)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(main, append(src, "\n// Hourly is the schedule of the sync rule.\nvar Hourly = \"cron(0 * * * *)\"\n"...), 0o666))

	want := uncached(t, dir, "-new-from-rev", "HEAD")
	require.Equal(t, 1, want.code, want.stderr)
	require.Contains(t, want.stdout, "cron(0 * * * *)")
	require.NotContains(t, want.stdout, "(noexit)", "on a line that did not change")

	requireMiss(t, cachedRun(t, dir, cacheDir, "-new-from-rev", "HEAD"))
	warm := cachedRun(t, dir, cacheDir, "-new-from-rev", "HEAD")
	requireAllHit(t, warm)
	assertSameOutput(t, want, warm)

	full := cachedRun(t, dir, cacheDir)
	requireAllHit(t, full)
	assertSameOutput(t, uncached(t, dir), full)
	assert.Contains(t, full.stdout, "(noexit)")
}
