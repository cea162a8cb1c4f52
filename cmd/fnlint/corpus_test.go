package main_test

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// repoRoot is the root of the repository, two levels up from here.
var repoRoot = filepath.Join("..", "..")

// TestReferenceCorpusIsClean checks that fnlint reports nothing on the
// reference runtime and on the examples that follow every practice: they
// are what fnlint tells people to write.
func TestReferenceCorpusIsClean(t *testing.T) {
	t.Parallel()
	res := fnlint(t, repoRoot, "./fn/...",
		"./examples/admin/...", "./examples/cleanup/...", "./examples/enhancer/...",
		"./examples/http-health/...", "./examples/lambda-orders/...", "./examples/local/...",
		"./examples/sqsconsumer/...", "./examples/users/...", "./examples/webhook/...")
	assert.Equal(t, 0, res.code, "stdout:\n%s\nstderr:\n%s", res.stdout, res.stderr)
	assert.Empty(t, res.stdout)
}

// brokenFinding is a line of text output about a file of examples/broken.
var brokenFinding = regexp.MustCompile(`^examples/broken/[^:]+\.go:\d+:\d+: .+ \([a-z]+\)$`)

// TestBrokenExamples checks the README's first command: on examples/...
// fnlint reports findings, all of them in examples/broken, and exits 1;
// go vet -vettool reports the same.
func TestBrokenExamples(t *testing.T) {
	t.Parallel()
	res := fnlint(t, repoRoot, "./examples/...")
	assert.Equal(t, 1, res.code, res.stderr)
	lines := nonEmptyLines(res.stdout)
	assert.NotEmpty(t, lines)
	for _, l := range lines {
		if l[0] != '\t' {
			assert.Regexp(t, brokenFinding, l)
		}
	}

	vet := run(t, repoRoot, "go", "vet", "-vettool="+fnlintBin, "./examples/...")
	assert.Equal(t, 1, vet.code, vet.stderr)
	for _, l := range lines {
		if l[0] != '\t' {
			// go vet prints "file:line:col: message" without the check name.
			msg := regexp.MustCompile(` \([a-z]+\)$`).ReplaceAllString(l, "")
			assert.Contains(t, vet.stderr, msg)
		}
	}
}

// nonEmptyLines splits s into lines, dropping empty ones.
func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}
