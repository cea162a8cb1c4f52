// Package ignore parses //fnlint:ignore directives and matches findings
// against them.
//
// A directive names the checks it suppresses and says why:
//
//	//fnlint:ignore handlersize,ctxdeadline the body is a generated router
//
// It applies to findings on its own line and on the line below, so it can
// trail the reported line or stand on the line above it. The check list is
// comma-separated with no spaces; the reason, the rest of the line, is
// required. A malformed directive suppresses nothing and is reported.
package ignore

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"
)

// Prefix starts every ignore directive. Like Go's own directives it has no
// space after the slashes.
const Prefix = "//fnlint:ignore"

// A Directive is a well-formed //fnlint:ignore comment.
type Directive struct {
	// Pos is the position of the comment.
	Pos token.Pos
	// Posn is Pos resolved: file name, line and column.
	Posn token.Position
	// Checks are the names of the checks it suppresses.
	Checks []string
	// Reason is the justification written after the check names.
	Reason string
}

// A Problem is a malformed directive.
type Problem struct {
	Pos     token.Pos
	Message string
}

// Parse returns the well-formed directives among the comments of f and a
// Problem for each malformed one. known reports whether a check name
// exists; a directive that names an unknown check is malformed.
func Parse(fset *token.FileSet, f *ast.File, known func(string) bool) ([]*Directive, []Problem) {
	var (
		dirs     []*Directive
		problems []Problem
	)
	for _, group := range f.Comments {
		for _, c := range group.List {
			d, msg, ok := parseComment(c.Text, known)
			if !ok {
				continue
			}
			if msg != "" {
				problems = append(problems, Problem{Pos: c.Slash, Message: msg})
				continue
			}
			d.Pos = c.Slash
			d.Posn = fset.Position(c.Slash)
			dirs = append(dirs, d)
		}
	}
	return dirs, problems
}

// parseComment parses the text of one comment. ok is false when the
// comment is not an ignore directive; otherwise either msg describes what
// is wrong with it or d is the directive.
func parseComment(text string, known func(string) bool) (d *Directive, msg string, ok bool) {
	rest, found := strings.CutPrefix(text, Prefix)
	if !found || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return nil, "", false
	}
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return nil, "//fnlint:ignore needs the checks to suppress and a reason: //fnlint:ignore check1,check2 reason", true
	}
	list, reason, _ := strings.Cut(strings.ReplaceAll(rest, "\t", " "), " ")
	reason = strings.TrimSpace(reason)
	var checks []string
	for name := range strings.SplitSeq(list, ",") {
		switch {
		case name == "":
			return nil, fmt.Sprintf("//fnlint:ignore has an empty check name in %q; separate names with commas and no spaces", list), true
		case !known(name):
			return nil, fmt.Sprintf("//fnlint:ignore names unknown check %q", name), true
		}
		if !slices.Contains(checks, name) {
			checks = append(checks, name)
		}
	}
	if reason == "" {
		return nil, fmt.Sprintf("//fnlint:ignore %s needs a reason after the check names", list), true
	}
	return &Directive{Checks: checks, Reason: reason}, "", true
}

// A Set matches findings against directives and remembers which checks of
// which directive silenced something.
type Set struct {
	byLine map[lineKey][]*Directive
	used   map[*Directive]map[string]bool
	all    []*Directive
}

type lineKey struct {
	file string
	line int
}

// NewSet returns a Set of dirs. Directives at the same file and line are
// kept once.
func NewSet(dirs []*Directive) *Set {
	s := &Set{
		byLine: make(map[lineKey][]*Directive),
		used:   make(map[*Directive]map[string]bool),
	}
	seen := make(map[string]bool)
	for _, d := range dirs {
		// A file of a package and of its test variant is parsed twice.
		id := fmt.Sprintf("%s:%d:%d", d.Posn.Filename, d.Posn.Line, d.Posn.Column)
		if seen[id] {
			continue
		}
		seen[id] = true
		k := lineKey{d.Posn.Filename, d.Posn.Line}
		s.byLine[k] = append(s.byLine[k], d)
		s.used[d] = make(map[string]bool)
		s.all = append(s.all, d)
	}
	return s
}

// Match returns the directive that silences a finding of check at posn,
// and marks it used for check, or returns nil. A directive silences
// findings on its own line and on the next one.
func (s *Set) Match(check string, posn token.Position) *Directive {
	for _, line := range []int{posn.Line, posn.Line - 1} {
		for _, d := range s.byLine[lineKey{posn.Filename, line}] {
			if slices.Contains(d.Checks, check) {
				s.used[d][check] = true
				return d
			}
		}
	}
	return nil
}

// An Unused is a check named by a directive that suppressed nothing.
type Unused struct {
	Directive *Directive
	Check     string
}

// Message is the text of the finding that reports u.
func (u Unused) Message() string {
	return fmt.Sprintf("//fnlint:ignore %s suppresses nothing here; remove it", u.Check)
}

// Unused returns the checks of each directive that suppressed nothing, in
// directive order. Checks for which ran returns false, because they were
// not run on the directive's file, are left out: a directive cannot be
// judged by a check that did not look.
func (s *Set) Unused(ran func(d *Directive, check string) bool) []Unused {
	var out []Unused
	for _, d := range s.all {
		for _, c := range d.Checks {
			if !s.used[d][c] && ran(d, c) {
				out = append(out, Unused{Directive: d, Check: c})
			}
		}
	}
	return out
}
