//go:build fixcompile

package fixcompile_test

import (
	"bytes"
	"fmt"
	"go/format"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/fix"
)

// A variant is a set of fixes applied together to one copy.
type variant struct {
	name   string
	fixes  []fix.Fix // relative to the copy
	owners []*finding
	checks map[string]bool // the checks run again on the fixed copy
}

// single is a variant of one fix of one finding.
func single(fx fix.Fix, f *finding, why string) *variant {
	return &variant{
		name:   fmt.Sprintf("%s, %s: %s", f.check, why, fx.Name),
		fixes:  []fix.Fix{fx},
		owners: []*finding{f},
		checks: map[string]bool{f.check: true},
	}
}

// outside returns a file the fix edits outside the copy, or "".
func outside(fx fix.Fix) string {
	for _, e := range fx.Edits {
		if filepath.IsAbs(e.File) {
			return e.File
		}
	}
	return ""
}

// An outcome is what applying a variant gave.
type outcome struct {
	applied   int      // fixes applied
	conflicts []int    // indexes of the fixes left out by a conflict
	problems  []string // what is wrong with the fixed copy
}

// apply applies the fixes of v to a new clone of the copy analysed and
// checks the result: fixed files gofmt-clean where they were, the
// changed packages built, every package type-checked with its tests, the
// checks of v run again.
func (b *baseline) apply(t *testing.T, v *variant) outcome {
	t.Helper()
	var o outcome
	c := b.orig.clone(t)
	fixes := make([]fix.Fix, len(v.fixes))
	names := make([]string, len(v.fixes))
	for i, fx := range v.fixes {
		fixes[i], names[i] = rooted(fx, c.root), fx.Name
	}
	plan, err := fix.Merge(fixes, os.ReadFile, nil)
	if err != nil {
		o.problems = append(o.problems, fmt.Sprintf("[%s] merge fixes: %v\nfixes:\n\t%s", v.name, err, strings.Join(names, "\n\t")))
		return o
	}
	for _, cf := range plan.Conflicts {
		o.conflicts = append(o.conflicts, cf.Fix)
	}
	o.applied = len(plan.Applied)
	fixed := make(map[*finding]bool)
	files := make(map[string]bool)
	names = names[:0]
	for _, i := range plan.Applied {
		fixed[v.owners[i]] = true
		files[v.owners[i].file] = true
		names = append(names, v.fixes[i].Name)
	}
	fail := func(format string, args ...any) {
		o.problems = append(o.problems, fmt.Sprintf("[%s] %s\nfixes applied:\n\t%s", v.name, fmt.Sprintf(format, args...), strings.Join(names, "\n\t")))
	}
	for _, f := range plan.Files {
		files[relTo(c.root, f.Name)] = true
		if was, err := format.Source(f.Old); err == nil && bytes.Equal(was, f.Old) {
			if now, err := format.Source(f.New); err != nil || !bytes.Equal(now, f.New) {
				fail("%s is not gofmt-clean once fixed", relTo(c.root, f.Name))
			}
		}
	}
	if err := plan.Write(); err != nil {
		t.Fatalf("[%s] %v", v.name, err)
	}

	buildErrs, out := c.build(t, c.packageDirs(plan)...)
	if extra := added(b.buildErrs, buildErrs); len(extra) > 0 {
		fail("the fixed module does not build:\n%s", out)
	}
	pkgs := c.load(t)
	if extra := added(b.typeErrs, c.typeErrors(pkgs)); len(extra) > 0 {
		fail("the fixed module does not type-check:\n\t%s", strings.Join(extra, "\n\t"))
	}
	var as []*analysis.Analyzer
	for _, name := range slices.Sorted(maps.Keys(v.checks)) {
		as = append(as, b.analyzers[name])
	}
	after, errs := analyze(as, roots(pkgs), c.root)
	for _, err := range errs {
		fail("after fixes: %v", err)
	}
	notGone, appeared := remaining(b.findings, after, fixed, v.checks, files)
	if len(notGone) > 0 {
		fail("findings fixed but still reported:\n\t%s", strings.Join(notGone, "\n\t"))
	}
	if len(appeared) > 0 {
		fail("findings that the fixes brought in:\n\t%s", strings.Join(appeared, "\n\t"))
	}
	return o
}
