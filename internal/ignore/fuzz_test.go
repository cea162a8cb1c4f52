package ignore

import (
	"go/parser"
	"go/token"
	"slices"
	"strings"
	"testing"
)

// FuzzParse checks that Parse never panics on the comments of any Go
// source, that each directive comment yields either a directive or a
// problem, that directives name known checks once each with a trimmed,
// non-empty reason, and that a directive silences its checks on its own
// line and the next. The seed corpus, testdata/fuzz/FuzzParse, holds the
// directives of the package's tests in source files.
func FuzzParse(f *testing.F) {
	f.Fuzz(func(t *testing.T, src string) {
		fset := token.NewFileSet()
		file, _ := parser.ParseFile(fset, "p.go", src, parser.ParseComments|parser.AllErrors)
		if file == nil {
			return
		}
		dirs, problems := Parse(fset, file, known)

		candidates := 0 // comments that are directives, well formed or not
		for _, group := range file.Comments {
			for _, c := range group.List {
				if rest, ok := strings.CutPrefix(c.Text, Prefix); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
					candidates++
				}
			}
		}
		if len(dirs)+len(problems) != candidates {
			t.Fatalf("%d directives and %d problems for %d directive comments", len(dirs), len(problems), candidates)
		}
		for _, p := range problems {
			if !p.Pos.IsValid() || !strings.HasPrefix(p.Message, Prefix) {
				t.Fatalf("problem %+v", p)
			}
		}
		for _, d := range dirs {
			if len(d.Checks) == 0 || d.Reason == "" || d.Reason != strings.TrimSpace(d.Reason) || strings.ContainsAny(d.Reason, "\n\r") {
				t.Fatalf("directive %+v", d)
			}
			for i, c := range d.Checks {
				if !known(c) || slices.Contains(d.Checks[:i], c) {
					t.Fatalf("directive %+v names %q", d, c)
				}
			}
		}
		set := NewSet(dirs)
		for _, d := range dirs {
			for _, c := range d.Checks {
				for _, line := range []int{d.Posn.Line, d.Posn.Line + 1} {
					if set.Match(c, token.Position{Filename: d.Posn.Filename, Line: line}) == nil {
						t.Fatalf("directive %+v does not silence %s on line %d", d, c, line)
					}
				}
			}
		}
		if unused := set.Unused(func(*Directive, string) bool { return true }); len(unused) != 0 {
			t.Fatalf("%d checks unused after matching every check of every directive", len(unused))
		}
	})
}
