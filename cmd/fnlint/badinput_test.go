package main_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Bad input gets one line on standard error and exit status 2, and
// nothing on standard output.

func TestBadInput(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "clean")
	cfg := filepath.Join(dir, ".fnlint.yml")
	for _, tt := range []struct {
		args   []string
		config string // written to .fnlint.yml when not empty
		want   string
	}{
		{args: []string{"-no-such-flag"}, want: "fnlint: flag provided but not defined: -no-such-flag (run 'fnlint -help' for usage)"},
		{args: []string{"-handlersize.max-statements=many"}, want: `fnlint: invalid value "many" for flag -handlersize.max-statements: parse error (run 'fnlint -help' for usage)`},
		{args: []string{"-json", "-codequality"}, want: "fnlint: -json, -sarif and -codequality cannot be used together (run 'fnlint -help' for usage)"},
		{args: []string{"-enable=no-such-check"}, want: `fnlint: unknown check "no-such-check" (checks: `},
		{args: []string{"-disable=handlersize,nosuch"}, want: `fnlint: unknown check "nosuch" (checks: `},
		{args: []string{"-config=missing.yml"}, want: "fnlint: config: open " + filepath.Join(dir, "missing.yml") + ": no such file or directory"},
		{config: "checks:\n  enable: [handlersize\n", want: "fnlint: config: " + cfg + ":1: did not find expected ',' or ']'"},
		{config: "checks:\n  enable: handlersize\n", want: "fnlint: config: " + cfg + ":2: checks.enable must be a list"},
		{config: "settings:\n  handlersize:\n    max-statements: many\n", want: "fnlint: config: " + cfg + `:3: invalid value "many" for handlersize.max-statements: parse error`},
		{config: "checks:\n  enable: [nosuch]\n", want: "fnlint: config: " + cfg + `:2: unknown check "nosuch" (checks: `},
		{config: "chekcs: {}\n", want: "fnlint: config: " + cfg + `:1: unknown key "chekcs" in the configuration (want one of checks, exclude, settings)`},
		{args: []string{"./nope"}, want: "fnlint: ./nope matches no packages: stat " + filepath.Join(dir, "nope") + ": directory not found"},
		{args: []string{"./api", "./nope/..."}, want: "fnlint: ./nope/... matches no packages: lstat ./nope/: no such file or directory"},
		{args: []string{"example.com/missing"}, want: "fnlint: example.com/missing matches no packages: no required module provides package example.com/missing"},
	} {
		name := strings.Join(tt.args, " ") + tt.config
		os.Remove(cfg)
		if tt.config != "" {
			require.NoError(t, os.WriteFile(cfg, []byte(tt.config), 0o644))
		}
		res := fnlint(t, dir, tt.args...)
		assert.Equal(t, 2, res.code, name)
		assert.Empty(t, res.stdout, name)
		assert.True(t, strings.HasPrefix(res.stderr, tt.want), "%s\n got: %s\nwant: %s", name, res.stderr, tt.want)
		assert.Equal(t, 1, strings.Count(res.stderr, "\n"), "one line: %s", res.stderr)
	}
}

func TestMalformedDirective(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "filemains")
	api := filepath.Join(dir, "api", "api.go")
	src := readFile(t, api)
	require.NoError(t, os.WriteFile(api, []byte(strings.Replace(src, "\tswitch r.Method {", "\t//fnlint:ignore errrespons the old clients send anything\n\tswitch r.Method {", 1)), 0o644))
	res := fnlint(t, dir, "./api")
	assert.Equal(t, 2, res.code)
	assert.Equal(t, "fnlint: api/api.go:8:2: //fnlint:ignore names unknown check \"errrespons\"\n", res.stderr)
	assert.Equal(t, "api/api.go:9:2: method switch has no default: answer other methods with 405 Method Not Allowed and an Allow header (errresponse)\n", res.stdout)
}

func TestFileByFileMains(t *testing.T) {
	t.Parallel()
	// functions/ holds three programs, each built from its file and the
	// shared respond.go; as one package it does not type-check.
	dir := fixture(t, "filemains")
	res := fnlint(t, dir)
	assert.Equal(t, 1, res.code, res.stderr)
	assert.Empty(t, res.stderr)
	assert.Equal(t, "api/api.go:8:2: method switch has no default: answer other methods with 405 Method Not Allowed and an Allow header (errresponse)\n"+
		"functions/orders.go:10:2: method switch has no default: answer other methods with 405 Method Not Allowed and an Allow header (errresponse)\n", res.stdout)
}

func TestFixWritesAllOrNothing(t *testing.T) {
	t.Parallel()
	dir := fixture(t, "filemains")
	api, orders := filepath.Join(dir, "api", "api.go"), filepath.Join(dir, "functions", "orders.go")
	apiSrc, ordersSrc := readFile(t, api), readFile(t, orders)
	require.NoError(t, os.Chmod(orders, 0o444))

	res := fnlint(t, dir, "-fix")
	assert.Equal(t, 2, res.code)
	assert.Equal(t, "fnlint: write fixes: functions/orders.go is read-only; no file was changed\n", res.stderr)
	assert.Equal(t, apiSrc, readFile(t, api), "the writable file is not changed either")
	assert.Equal(t, ordersSrc, readFile(t, orders))
	for _, d := range []string{"api", "functions"} {
		entries, err := os.ReadDir(filepath.Join(dir, d))
		require.NoError(t, err)
		for _, e := range entries {
			assert.False(t, strings.HasPrefix(e.Name(), "."), "temporary file left: %s", e.Name())
		}
	}

	require.NoError(t, os.Chmod(orders, 0o644))
	res = fnlint(t, dir, "-fix")
	assert.Equal(t, 0, res.code, res.stdout+res.stderr)
	assert.Equal(t, "fnlint: fixed 2 finding(s) in 2 file(s)\n", res.stderr)
	assert.Contains(t, readFile(t, orders), "\tdefault:\n\t\tw.Header().Set(\"Allow\", \"GET, POST\")\n")
	assert.Contains(t, readFile(t, api), "\tdefault:\n\t\tw.Header().Set(\"Allow\", \"GET, POST\")\n")
}

func TestCodeQuality(t *testing.T) {
	t.Parallel()
	repo := t.TempDir()
	dir := filepath.Join(repo, "svc")
	require.NoError(t, os.CopyFS(dir, os.DirFS(filepath.Join("testdata", "filemains"))))
	git(t, repo, "init", "-q")

	res := fnlint(t, dir, "-codequality")
	assert.Equal(t, 1, res.code, res.stderr)
	var issues []map[string]any
	require.NoError(t, json.Unmarshal([]byte(res.stdout), &issues), res.stdout)
	require.Len(t, issues, 2)
	for i, path := range []string{"svc/api/api.go", "svc/functions/orders.go"} {
		is := issues[i]
		assert.Equal(t, "errresponse", is["check_name"])
		assert.Equal(t, "major", is["severity"])
		assert.Equal(t, "method switch has no default: answer other methods with 405 Method Not Allowed and an Allow header", is["description"])
		assert.Equal(t, map[string]any{"path": path, "lines": map[string]any{"begin": []float64{8, 10}[i]}}, is["location"])
		assert.Regexp(t, `^[0-9a-f]{32}$`, is["fingerprint"])
	}
	assert.NotEqual(t, issues[0]["fingerprint"], issues[1]["fingerprint"])
}
