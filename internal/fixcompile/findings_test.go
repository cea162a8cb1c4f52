//go:build fixcompile

package fixcompile_test

import (
	"bytes"
	"cmp"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/fix"
)

// A finding is one diagnostic of one check, with its suggested fixes
// turned into edits of files named relative to the copy.
type finding struct {
	check   string
	file    string // relative to the copy
	line    int
	message string
	fixes   []fix.Fix // one per suggested fix, in order
}

// name identifies the finding in failures.
func (f *finding) name() string {
	return fmt.Sprintf("%s:%d (%s) %s", f.file, f.line, f.check, f.message)
}

// key is what a finding is matched by after fixes have moved code.
type key struct{ check, file, message string }

func (f *finding) key() key { return key{f.check, f.file, f.message} }

// analyze runs the analyzers on the roots and returns their findings,
// sorted, with findings in generated files left out as the CLI does.
// Analyzer errors are returned as errors.
func analyze(as []*analysis.Analyzer, roots []*packages.Package, base string) ([]*finding, []error) {
	if len(roots) == 0 {
		return nil, nil
	}
	graph, err := checker.Analyze(as, roots, &checker.Options{})
	if err != nil {
		return nil, []error{fmt.Errorf("analyze: %w", err)}
	}
	fset := roots[0].Fset
	generated := generatedFiles(fset, roots)
	var (
		out  []*finding
		errs []error
		seen = make(map[string]bool) // a file of a package and of its test variant
	)
	for act := range graph.All() {
		if act.Err != nil {
			errs = append(errs, fmt.Errorf("%s on %s: %w", act.Analyzer.Name, act.Package.ID, act.Err))
			continue
		}
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			posn := fset.Position(d.Pos)
			if generated[posn.Filename] {
				continue
			}
			f := &finding{check: act.Analyzer.Name, file: relTo(base, posn.Filename), line: posn.Line, message: d.Message}
			for _, sf := range d.SuggestedFixes {
				f.fixes = append(f.fixes, toFix(fset, base, f, sf))
			}
			k := fmt.Sprintf("%s\x00%s\x00%d\x00%d\x00%s", f.check, f.file, posn.Offset, len(f.fixes), f.message)
			if !seen[k] {
				seen[k] = true
				out = append(out, f)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b *finding) int {
		return cmp.Or(cmp.Compare(a.file, b.file), cmp.Compare(a.line, b.line), cmp.Compare(a.check, b.check))
	})
	return out, errs
}

// toFix converts a suggested fix to edits of files relative to base.
func toFix(fset *token.FileSet, base string, f *finding, sf analysis.SuggestedFix) fix.Fix {
	fx := fix.Fix{Name: f.name() + ": " + sf.Message}
	for _, e := range sf.TextEdits {
		start := fset.Position(e.Pos)
		end := start
		if e.End.IsValid() {
			end = fset.Position(e.End)
		}
		fx.Edits = append(fx.Edits, fix.Edit{File: relTo(base, start.Filename), Start: start.Offset, End: end.Offset, New: e.NewText})
	}
	return fx
}

// relTo returns name relative to base, or name itself (absolute) when it
// is outside base: a fix that edits such a file is a failure.
func relTo(base, name string) string {
	if rel, err := filepath.Rel(base, name); err == nil && filepath.IsLocal(rel) {
		return filepath.ToSlash(rel)
	}
	return name
}

// generatedFiles returns the generated files of the roots.
func generatedFiles(fset *token.FileSet, roots []*packages.Package) map[string]bool {
	gen := make(map[string]bool)
	for _, p := range roots {
		for _, f := range p.Syntax {
			if ast.IsGenerated(f) {
				gen[fset.File(f.FileStart).Name()] = true
			}
		}
	}
	return gen
}

// rooted returns the fix with its files joined to dir.
func rooted(fx fix.Fix, dir string) fix.Fix {
	out := fix.Fix{Name: fx.Name}
	for _, e := range fx.Edits {
		e.File = filepath.Join(dir, filepath.FromSlash(e.File))
		out.Edits = append(out.Edits, e)
	}
	return out
}

// checkAlone applies one fix to the original files, unformatted, as an
// editor applying a quick fix does, and returns what is wrong with the
// result: a Go file that gofmt would change is a note; one that does not
// parse is an error.
func checkAlone(fx fix.Fix, read func(string) ([]byte, error)) (unformatted []string, problem error) {
	byFile := make(map[string][]fix.Edit)
	for _, e := range fx.Edits {
		byFile[e.File] = append(byFile[e.File], e)
	}
	for name, edits := range byFile {
		old, err := read(name)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		slices.SortStableFunc(edits, func(a, b fix.Edit) int { return cmp.Compare(a.Start, b.Start) })
		var out bytes.Buffer
		last := 0
		for _, e := range edits {
			if e.Start < last || e.End > len(old) {
				return nil, fmt.Errorf("edit %d-%d out of order or beyond the end of %s", e.Start, e.End, name)
			}
			out.Write(old[last:e.Start])
			out.Write(e.New)
			last = e.End
		}
		out.Write(old[last:])
		if filepath.Ext(name) != ".go" {
			continue
		}
		if _, err := parser.ParseFile(token.NewFileSet(), name, out.Bytes(), parser.ParseComments); err != nil {
			return nil, fmt.Errorf("fixed %s does not parse: %w", name, err)
		}
		if formatted, err := format.Source(old); err != nil || !bytes.Equal(formatted, old) {
			continue // not gofmt-clean before the fix either
		}
		formatted, err := format.Source(out.Bytes())
		if err != nil || bytes.Equal(formatted, out.Bytes()) {
			continue
		}
		if line, ok := sameLayout(out.Bytes(), formatted); !ok {
			return nil, fmt.Errorf("fixed %s is laid out unlike gofmt at line %d: an editor applying the fix leaves it so", name, line)
		}
		unformatted = append(unformatted, name)
	}
	return unformatted, nil
}

// sameLayout reports whether two versions of a file have the same lines,
// indented alike, and differ only in the spaces within lines, where gofmt
// aligns comments and spaces operators by context: an edit that changes
// the length of a token cannot help changing those. Otherwise it returns
// the first line that differs.
func sameLayout(a, b []byte) (line int, ok bool) {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := range max(len(al), len(bl)) {
		if i >= len(al) || i >= len(bl) {
			return i + 1, false
		}
		x, y := al[i], bl[i]
		xr, yr := strings.TrimLeft(x, " \t"), strings.TrimLeft(y, " \t")
		if x[:len(x)-len(xr)] != y[:len(y)-len(yr)] || strings.Join(strings.Fields(xr), "") != strings.Join(strings.Fields(yr), "") {
			return i + 1, false
		}
	}
	return 0, true
}

// remaining compares the findings after a set of fixes with those before,
// in the files the fixes changed: for each check, file and message, the
// findings after may be no more than those before that were not fixed.
// A fix may change the message of another finding (once Query becomes
// QueryContext, sqlparam names QueryContext), so a finding after whose
// message matches none before is matched, by check and file only, to a
// finding before that was not fixed and is not found otherwise. It
// returns the findings fixed that are still there, and the findings that
// are new.
func remaining(before, after []*finding, fixed map[*finding]bool, checks, files map[string]bool) (notGone, appeared []string) {
	type place struct{ check, file string }
	left := make(map[key]int)     // findings before, not fixed
	wasFixed := make(map[key]int) // findings before, fixed
	leftIn := make(map[place]int) // findings before, not fixed, by place
	for _, f := range before {
		if fixed[f] {
			wasFixed[f.key()]++
		} else {
			left[f.key()]++
			leftIn[place{f.check, f.file}]++
		}
	}
	var unmatched []*finding
	for _, f := range after {
		if !checks[f.check] || !files[f.file] {
			continue
		}
		k := f.key()
		switch {
		case left[k] > 0:
			left[k]--
			leftIn[place{f.check, f.file}]--
		case wasFixed[k] > 0:
			wasFixed[k]--
			notGone = append(notGone, f.name())
		default:
			unmatched = append(unmatched, f)
		}
	}
	for _, f := range unmatched {
		if p := (place{f.check, f.file}); leftIn[p] > 0 {
			leftIn[p]--
			continue
		}
		appeared = append(appeared, f.name())
	}
	return notGone, appeared
}
