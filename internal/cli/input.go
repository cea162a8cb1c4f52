package cli

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"golang.org/x/tools/go/packages"
)

// unmatchedPatterns returns an error naming the patterns that match no
// package, or nil. go/packages reports them in two ways: a pattern naming
// one package that does not exist (./nope, example.com/missing, a
// directory whose files are all excluded by build constraints) comes back
// as a package with errors and no files; a wildcard pattern that matches
// nothing (./nope/...) comes back as nothing at all, next to the packages
// of the other patterns.
func unmatchedPatterns(patterns []string, pkgs []*packages.Package, dir string) error {
	var problems []string
	reported := make(map[string]bool)
	for _, p := range pkgs {
		if msg, ok := noPackage(p); ok {
			problems = append(problems, fmt.Sprintf("%s matches no packages: %s", p.ID, msg))
			reported[p.ID] = true
		}
	}
	for _, pattern := range patterns {
		if !strings.Contains(pattern, "...") || isMetaPattern(pattern) || reported[pattern] {
			continue
		}
		match := wildcardMatcher(pattern, dir)
		found := false
		for _, p := range pkgs {
			if match(p) {
				found = true
				break
			}
		}
		if !found {
			problems = append(problems, fmt.Sprintf("%s matches no packages", pattern))
		}
	}
	if len(problems) == 0 {
		return nil
	}
	return fmt.Errorf("%s", strings.Join(problems, "; "))
}

// noPackage reports whether p is what go/packages returns for a pattern
// that names no package: no files, and errors from go list. msg is the
// first line of its first error, without the pattern it repeats.
func noPackage(p *packages.Package) (msg string, ok bool) {
	if len(p.GoFiles) > 0 || len(p.CompiledGoFiles) > 0 || len(p.OtherFiles) > 0 || len(p.Errors) == 0 {
		return "", false
	}
	msg = oneLine(p.Errors[0].Msg)
	msg = strings.TrimPrefix(msg, "pattern "+p.ID+": ")
	msg, _, _ = strings.Cut(msg, "; to add it:")
	return msg, true
}

// isMetaPattern reports whether pattern is one of the go command's
// special patterns or not a package pattern at all.
func isMetaPattern(pattern string) bool {
	switch pattern {
	case "all", "std", "cmd", "tool", "work":
		return true
	}
	return strings.Contains(pattern, "=") // file=, pattern= queries
}

// wildcardMatcher returns a function that reports whether a package is
// matched by a pattern holding "...", as the go command matches it: a
// directory pattern (./x/..., ../x/..., /abs/x/...) by the package's
// directory, relative to dir or to dir with its symbolic links resolved;
// an import path pattern by the package path. "..." matches any string,
// and a trailing "/..." also matches the empty string.
func wildcardMatcher(pattern string, dir string) func(*packages.Package) bool {
	if !strings.HasPrefix(pattern, ".") && !filepath.IsAbs(pattern) {
		rx := patternRegexp(pattern)
		return func(p *packages.Package) bool { return rx.MatchString(p.PkgPath) }
	}
	var rxs []*regexp.Regexp
	dirs := []string{dir}
	if real, err := filepath.EvalSymlinks(dir); err == nil && real != dir {
		dirs = append(dirs, real)
	}
	for _, d := range dirs {
		abs := pattern
		if !filepath.IsAbs(abs) {
			abs = filepath.Join(d, pattern)
		}
		rxs = append(rxs, patternRegexp(filepath.ToSlash(abs)))
	}
	return func(p *packages.Package) bool {
		for _, rx := range rxs {
			if p.Dir != "" && rx.MatchString(filepath.ToSlash(p.Dir)) {
				return true
			}
		}
		return false
	}
}

// patternRegexp compiles a slash-separated pattern with "..." wildcards.
func patternRegexp(pattern string) *regexp.Regexp {
	re := regexp.QuoteMeta(pattern)
	re = strings.ReplaceAll(re, `\.\.\.`, `.*`)
	if rest, ok := strings.CutSuffix(re, `/.*`); ok {
		re = rest + `(/.*)?`
	}
	return regexp.MustCompile(`\A` + re + `\z`)
}

// oneLine is s up to its first line break.
func oneLine(s string) string {
	first, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(first)
}

// countTrue is the number of bs that are true.
func countTrue(bs ...bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}
