package cli

import (
	"cmp"
	"go/ast"
	"go/token"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/ignore"
)

// driverCheck is the check name of the findings of the driver itself:
// malformed and unused //fnlint:ignore directives.
const driverCheck = "fnlint"

// A finding is one diagnostic of one check on one package.
type finding struct {
	pkg   *packages.Package
	check string
	diag  analysis.Diagnostic
	posn  token.Position
	end   token.Position // posn when the diagnostic has no end
	// suppressedBy is the directive that suppressed the finding, for
	// findings kept only to be listed as suppressed in SARIF.
	suppressedBy *ignore.Directive
}

// An analysisError is an analyzer that failed on a package.
type analysisError struct {
	pkg      *packages.Package
	analyzer string
	err      error
}

type actionKey struct {
	pkg   *packages.Package
	check string
}

// result is what a run found.
type result struct {
	fset          *token.FileSet
	findings      []*finding // reported
	suppressed    []*finding // suppressed by a directive
	errors        []analysisError
	loadErrors    []loadError
	badDirectives []badDirective
	failed        map[actionKey]bool // root actions that failed
}

// A badDirective is a malformed //fnlint:ignore directive: an error of
// the input, like a file that does not compile, not a finding.
type badDirective struct {
	pkg  *packages.Package
	pos  token.Pos
	posn token.Position
	msg  string
}

// collect gathers the diagnostics of the root actions and the errors of
// every action that failed by itself, not because an action it depends on
// failed.
func (res *result) collect(graph *checker.Graph) {
	for act := range graph.All() {
		if act.Err != nil {
			if act.IsRoot {
				res.failed[actionKey{act.Package, act.Analyzer.Name}] = true
			}
			if !slices.ContainsFunc(act.Deps, func(d *checker.Action) bool { return d.Err != nil }) {
				res.errors = append(res.errors, analysisError{act.Package, act.Analyzer.Name, act.Err})
			}
			continue
		}
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			res.add(&finding{pkg: act.Package, check: act.Analyzer.Name, diag: d})
		}
	}
	slices.SortFunc(res.errors, func(a, b analysisError) int {
		return cmp.Or(cmp.Compare(a.pkg.ID, b.pkg.ID), cmp.Compare(a.analyzer, b.analyzer))
	})
}

// add resolves the positions of f and appends it to the findings.
func (res *result) add(f *finding) {
	f.posn = res.fset.Position(f.diag.Pos)
	f.end = f.posn
	if f.diag.End.IsValid() {
		f.end = res.fset.Position(f.diag.End)
	}
	res.findings = append(res.findings, f)
}

// filter drops findings in generated files and duplicates, applies the
// ignore directives (and reports the malformed and unused ones), drops
// findings in excluded files and, with -new-from-rev, on unchanged lines,
// and sorts what is left.
func (r *run) filter(res *result, roots []*packages.Package) {
	if res.fset == nil {
		return
	}
	files := indexFiles(res.fset, roots)
	findings := dedupe(res.findings, files.generated)
	res.findings = nil
	r.applyDirectives(res, files, findings)

	res.findings = slices.DeleteFunc(res.findings, r.dropped)
	res.suppressed = slices.DeleteFunc(res.suppressed, r.dropped)
	slices.SortFunc(res.findings, compareFindings)
	slices.SortFunc(res.suppressed, compareFindings)
}

// fileIndex describes the files of the root packages.
type fileIndex struct {
	root      map[string]*packages.Package // by file name
	generated map[string]bool
	checked   []parsedFile // the files that are not generated, in order
}

type parsedFile struct {
	pkg  *packages.Package
	file *ast.File
}

// indexFiles indexes the files of roots; a file in two roots (a package
// and its test variant, when both are analysed) belongs to the first.
func indexFiles(fset *token.FileSet, roots []*packages.Package) *fileIndex {
	idx := &fileIndex{root: make(map[string]*packages.Package), generated: make(map[string]bool)}
	for _, p := range roots {
		for _, f := range p.Syntax {
			name := fset.File(f.FileStart).Name()
			if _, dup := idx.root[name]; dup {
				continue
			}
			idx.root[name] = p
			idx.generated[name] = ast.IsGenerated(f)
			if !idx.generated[name] {
				idx.checked = append(idx.checked, parsedFile{p, f})
			}
		}
	}
	return idx
}

// dedupe drops the findings in generated files and the repeated ones (a
// file analysed as part of two packages).
func dedupe(findings []*finding, generated map[string]bool) []*finding {
	type key struct {
		posn, end      token.Position
		check, message string
	}
	seen := make(map[key]bool)
	return slices.DeleteFunc(findings, func(f *finding) bool {
		k := key{f.posn, f.end, f.check, f.diag.Message}
		if seen[k] || generated[f.posn.Filename] {
			return true
		}
		seen[k] = true
		return false
	})
}

// applyDirectives splits findings into the reported and the suppressed
// ones, reports unused directives and records the malformed ones.
func (r *run) applyDirectives(res *result, files *fileIndex, findings []*finding) {
	var dirs []*ignore.Directive
	seen := make(map[token.Position]bool) // a file of a package and of its test variant
	for _, pf := range files.checked {
		ds, problems := ignore.Parse(res.fset, pf.file, r.known)
		dirs = append(dirs, ds...)
		for _, p := range problems {
			posn := res.fset.Position(p.Pos)
			if !seen[posn] && !(r.cfg != nil && r.cfg.Excluded(posn.Filename)) {
				seen[posn] = true
				res.badDirectives = append(res.badDirectives, badDirective{pf.pkg, p.Pos, posn, p.Message})
			}
		}
	}
	slices.SortFunc(res.badDirectives, func(a, b badDirective) int {
		return cmp.Or(cmp.Compare(a.posn.Filename, b.posn.Filename), cmp.Compare(a.posn.Offset, b.posn.Offset))
	})
	set := ignore.NewSet(dirs)
	for _, f := range findings {
		if d := set.Match(f.check, f.posn); d != nil {
			f.suppressedBy = d
			res.suppressed = append(res.suppressed, f)
		} else {
			res.findings = append(res.findings, f)
		}
	}
	ran := func(d *ignore.Directive, check string) bool {
		return r.enabled(check) && !res.failed[actionKey{files.root[d.Posn.Filename], check}]
	}
	for _, u := range set.Unused(ran) {
		res.add(&finding{
			pkg:   files.root[u.Directive.Posn.Filename],
			check: driverCheck,
			diag:  analysis.Diagnostic{Pos: u.Directive.Pos, Message: u.Message()},
		})
	}
}

// dropped reports whether f is in an excluded file or, with -new-from-rev,
// on lines that did not change.
func (r *run) dropped(f *finding) bool {
	if r.cfg != nil && r.cfg.Excluded(f.posn.Filename) {
		return true
	}
	if r.diff == nil {
		return false
	}
	for line := f.posn.Line; line <= max(f.end.Line, f.posn.Line); line++ {
		if r.diff.Changed(f.posn.Filename, line) {
			return false
		}
	}
	return true
}

func compareFindings(a, b *finding) int {
	return cmp.Or(
		cmp.Compare(a.posn.Filename, b.posn.Filename),
		cmp.Compare(a.posn.Line, b.posn.Line),
		cmp.Compare(a.posn.Column, b.posn.Column),
		cmp.Compare(a.check, b.check),
		cmp.Compare(a.diag.Message, b.diag.Message),
	)
}
