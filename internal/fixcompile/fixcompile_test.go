//go:build fixcompile

package fixcompile_test

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/analyzers"
)

// TestFixesCompile runs every check on the fixtures of every check, and
// for each check applies all its fixes to a copy of the fixture as
// fnlint -fix does (fixes that conflict are then applied one at a time,
// each in its own copy, and so are the second and later alternatives of
// a finding), then all the fixes of all the checks together. Each fixed
// copy must be gofmt-clean where the original was, build and type-check
// with no error the original did not have, and no longer carry the
// findings fixed.
func TestFixesCompile(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	var sum summary
	t.Run("fixtures", func(t *testing.T) {
		for _, c := range analyzers.All() {
			fx, ok := findFixture(root, c.Analyzer.Name)
			if !ok {
				t.Logf("%s has no testdata", c.Analyzer.Name)
				continue
			}
			t.Run(fx.check, func(t *testing.T) {
				t.Parallel()
				testFixture(t, fx, &sum)
			})
		}
	})
	sum.log(t)
}

// A summary counts, per check, the findings with fixes and the fixes
// applied, over all fixtures.
type summary struct {
	mu          sync.Mutex
	fixable     map[string]int // findings with a fix, by check
	applied     map[string]int // fixes applied in per-check copies, by check
	together    int            // fixes applied in the copies with every check's fixes
	unformatted []string       // fixes that gofmt would change when applied alone
}

func (s *summary) add(fixable, applied map[string]int, together int, unformatted []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fixable == nil {
		s.fixable, s.applied = make(map[string]int), make(map[string]int)
	}
	for c, n := range fixable {
		s.fixable[c] += n
	}
	for c, n := range applied {
		s.applied[c] += n
	}
	s.together += together
	s.unformatted = append(s.unformatted, unformatted...)
}

func (s *summary) log(t *testing.T) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range slices.Sorted(maps.Keys(s.fixable)) {
		t.Logf("%-14s %3d findings with fixes, %3d fixes applied", c, s.fixable[c], s.applied[c])
	}
	t.Logf("%d fixes applied together with the other checks' fixes", s.together)
	for _, u := range s.unformatted {
		t.Logf("not gofmt-clean when applied alone (fnlint -fix formats it): %s", u)
	}
}

// baseline is what a fixture is before any fix.
type baseline struct {
	fx        fixture
	orig      *copyOf // the copy analysed; every set of fixes starts from a clone of it
	findings  []*finding
	typeErrs  []string
	buildErrs []string
	analyzers map[string]*analysis.Analyzer
}

// newBaseline copies the fixture, builds and loads the copy and runs the
// analyzers on it.
func newBaseline(t *testing.T, fx fixture, as []*analysis.Analyzer) *baseline {
	t.Helper()
	orig := copyFixture(t, fx)
	pkgs := orig.load(t)
	b := &baseline{fx: fx, orig: orig, typeErrs: orig.typeErrors(pkgs), analyzers: make(map[string]*analysis.Analyzer)}
	var out string
	if b.buildErrs, out = orig.build(t); len(b.buildErrs) > 0 {
		t.Logf("%s does not build before any fix; only new errors count:\n%s", fx.check, out)
	}
	for _, a := range as {
		b.analyzers[a.Name] = a
	}
	var errs []error
	b.findings, errs = analyze(as, roots(pkgs), orig.root)
	for _, err := range errs {
		t.Errorf("before fixes: %v", err)
	}
	return b
}

func testFixture(t *testing.T, fx fixture, sum *summary) {
	b := newBaseline(t, fx, analyzers.Analyzers())
	orig := b.orig

	fixable := make(map[string]int)
	byCheck := make(map[string]*variant)
	all := &variant{name: "all checks", checks: make(map[string]bool)}
	var singles []*variant // second and later alternatives
	var unformatted []string
	read := func(name string) ([]byte, error) { return os.ReadFile(filepath.Join(orig.root, name)) }
	for _, f := range b.findings {
		if len(f.fixes) == 0 {
			continue
		}
		fixable[f.check]++
		usable := true
		for i, fx := range f.fixes {
			if out := outside(fx); out != "" {
				t.Errorf("fix %s edits %s, outside the fixture", fx.Name, out)
				usable = false
				continue
			}
			unf, problem := checkAlone(fx, read)
			if problem != nil {
				t.Errorf("fix %s applied alone: %v", fx.Name, problem)
				usable = false
			}
			for _, u := range unf {
				unformatted = append(unformatted, fx.Name+" in "+u)
			}
			if i > 0 && problem == nil {
				singles = append(singles, single(fx, f, fmt.Sprintf("alternative %d", i+1)))
			}
		}
		if !usable {
			continue
		}
		v := byCheck[f.check]
		if v == nil {
			v = &variant{name: f.check, checks: map[string]bool{f.check: true}}
			byCheck[f.check] = v
		}
		v.fixes, v.owners = append(v.fixes, f.fixes[0]), append(v.owners, f)
		all.fixes, all.owners = append(all.fixes, f.fixes[0]), append(all.owners, f)
		all.checks[f.check] = true
	}

	applied := make(map[string]int)
	run := func(v *variant) outcome {
		o := b.apply(t, v)
		for _, p := range o.problems {
			t.Error(p)
		}
		return o
	}
	for _, c := range slices.Sorted(maps.Keys(byCheck)) {
		v := byCheck[c]
		o := run(v)
		applied[c] += o.applied
		for _, i := range o.conflicts {
			applied[c] += run(single(v.fixes[i], v.owners[i], "left out by a conflict")).applied
		}
	}
	for _, v := range singles {
		applied[v.owners[0].check] += run(v).applied
	}
	together := 0
	if len(byCheck) > 1 {
		together = run(all).applied
	}
	sum.add(fixable, applied, together, unformatted)
}
