package config

import (
	"errors"
	"path"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// excludedTimeout bounds one call of Excluded, which matches a path
// against every exclude glob.
const excludedTimeout = 10 * time.Second

// FuzzParse checks that Parse never panics, that its errors are *Error
// values naming the file, and that what it accepts is well formed: names
// and setting keys are non-empty, globs are valid and matching a path
// against them takes bounded time. The seed corpus,
// testdata/fuzz/FuzzParse, holds the files of the package's tests and
// edge cases of YAML.
func FuzzParse(f *testing.F) {
	const filename = "/repo/" + FileName
	f.Fuzz(func(t *testing.T, data []byte, rel string) {
		c, err := Parse(filename, data)
		if err != nil {
			var cerr *Error
			if !errors.As(err, &cerr) || cerr.Path != filename || cerr.Line < 0 || cerr.Msg == "" {
				t.Fatalf("Parse error %T %v: want an *Error of the file", err, err)
			}
			return
		}
		if c == nil || c.Path != filename {
			t.Fatalf("Parse returned %+v with no error", c)
		}
		for _, n := range append(c.Enable, c.Disable...) {
			if n.Name == "" || n.Line <= 0 {
				t.Fatalf("check name %+v", n)
			}
		}
		for _, s := range c.Settings {
			if s.Check == "" || s.Flag == "" || s.Line <= 0 {
				t.Fatalf("setting %+v", s)
			}
		}
		for _, g := range c.Exclude {
			if err := validGlob(g.Pattern); err != nil || g.Line <= 0 {
				t.Fatalf("exclude %+v: %v", g, err)
			}
			if len(g.Pattern) < 64 && len(rel) < 64 && matchGlob(g.Pattern, rel) != backtrackMatch(g.Pattern, rel) {
				t.Fatalf("matchGlob(%q, %q) = %v, want %v", g.Pattern, rel, matchGlob(g.Pattern, rel), !matchGlob(g.Pattern, rel))
			}
		}
		done := make(chan bool, 1)
		name := path.Join("/repo", rel)
		go func() { done <- c.Excluded(name) }()
		select {
		case <-done:
		case <-time.After(excludedTimeout):
			t.Fatalf("Excluded(%q) did not return in %v", name, excludedTimeout)
		}
	})
}

// backtrackMatch is matchGlob written the obvious way, by backtracking: a
// reference for short patterns, exponential in the number of "**".
func backtrackMatch(pattern, name string) bool {
	var match func(pat, elems []string) bool
	match = func(pat, elems []string) bool {
		if len(pat) == 0 {
			return len(elems) == 0
		}
		if pat[0] == "**" {
			for i := 0; i <= len(elems); i++ {
				if match(pat[1:], elems[i:]) {
					return true
				}
			}
			return false
		}
		if len(elems) == 0 {
			return false
		}
		ok, _ := path.Match(pat[0], elems[0])
		return ok && match(pat[1:], elems[1:])
	}
	return match(strings.Split(pattern, "/"), strings.Split(name, "/"))
}

// TestMatchGlobManyDoubleStars is the case that made matching by
// backtracking run for minutes: many "**" and a deep path that fails.
func TestMatchGlobManyDoubleStars(t *testing.T) {
	pattern := strings.Repeat("**/", 16) + "z"
	deep := strings.Repeat("a/", 40)
	assert.False(t, matchGlob(pattern, deep+"b"))
	assert.True(t, matchGlob(pattern, deep+"z"))
	assert.True(t, matchGlob("**/a/**/b/**", deep+"b"))
	assert.False(t, matchGlob("**/b/**/a", deep+"b"))
}
