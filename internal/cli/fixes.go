package cli

import (
	"errors"
	"fmt"
	"go/token"
	"os"

	"github.com/fnlint/fnlint/internal/fix"
)

// fix applies (with -fix) or prints as diffs (with -diff) the first
// suggested fix of each finding, and returns the findings that remain: all
// of them with -diff, those not fixed with -fix. ok is false when the
// fixes could not be computed or written; then no file is changed.
func (r *run) fix(res *result) (remaining []*finding, ok bool) {
	stderr := r.cmd.Stderr
	var (
		fixes []fix.Fix
		owner []*finding // owner[i] is the finding of fixes[i]
	)
	for _, f := range res.findings {
		if len(f.diag.SuggestedFixes) == 0 {
			continue
		}
		sf := f.diag.SuggestedFixes[0]
		fx := fix.Fix{Name: fmt.Sprintf("%s (%s)", formatPosition(f.posn, r.rel), f.check)}
		for _, e := range sf.TextEdits {
			start := res.fset.Position(e.Pos)
			end := start
			if e.End.IsValid() {
				end = res.fset.Position(e.End)
			}
			fx.Edits = append(fx.Edits, fix.Edit{File: start.Filename, Start: start.Offset, End: end.Offset, New: e.NewText})
		}
		fixes = append(fixes, fx)
		owner = append(owner, f)
	}
	if len(fixes) == 0 {
		return res.findings, true
	}
	plan, err := fix.Merge(fixes, os.ReadFile, fileSizes(res.fset))
	if err != nil {
		fmt.Fprintf(stderr, "fnlint: apply fixes: %v\n", err)
		return res.findings, false
	}
	for _, c := range plan.Conflicts {
		fmt.Fprintf(stderr, "fnlint: fix of %s left out: it overlaps the fix of %s; run fnlint -fix again\n",
			fixes[c.Fix].Name, fixes[c.With].Name)
	}
	if r.opts.diff {
		fmt.Fprint(r.cmd.Stdout, plan.Diff(r.rel))
		return res.findings, true
	}
	if len(res.badDirectives) > 0 {
		// A malformed directive suppresses nothing: the fixes may include
		// those of findings it was meant to suppress.
		fmt.Fprintf(stderr, "fnlint: no fixes applied: correct the //fnlint:ignore directives first\n")
		return res.findings, false
	}
	if err := plan.Write(); err != nil {
		msg := err.Error()
		if werr, ok := errors.AsType[*fix.WriteError](err); ok {
			msg = werr.Message(r.rel(werr.File))
		}
		fmt.Fprintf(stderr, "fnlint: %s\n", oneLine(msg))
		return res.findings, false
	}
	fixed := make(map[*finding]bool)
	for _, i := range plan.Applied {
		fixed[owner[i]] = true
	}
	for _, f := range res.findings {
		if !fixed[f] {
			remaining = append(remaining, f)
		}
	}
	fmt.Fprintf(stderr, "fnlint: fixed %d finding(s) in %d file(s)\n", len(plan.Applied), len(plan.Files))
	return remaining, true
}

// fileSizes returns the size of every file of fset when it was parsed.
func fileSizes(fset *token.FileSet) map[string]int {
	sizes := make(map[string]int)
	fset.Iterate(func(f *token.File) bool {
		sizes[f.Name()] = f.Size()
		return true
	})
	return sizes
}
