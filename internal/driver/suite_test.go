package driver_test

import (
	"context"
	"fmt"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/cli"
	"github.com/fnlint/fnlint/internal/driver"
)

// TestSuiteAsChecker runs the whole suite over the fixture module of every
// check and pass (testdata/go.mod), with their tests, three ways: with
// checker.Analyze on packages loaded whole (the reference), with
// driver.Analyze on the same packages, and with driver.Analyze on
// packages loaded as fnlint loads them (cli.Load, dependencies without
// bodies). The three must give the same findings, fixes and errors.
//
// With -short (as under the race detector in CI), only the fixture module
// of noexit, whose facts cross packages, is analysed.
func TestSuiteAsChecker(t *testing.T) {
	mods, err := filepath.Glob("../../*/*/testdata/go.mod")
	require.NoError(t, err)
	require.NotEmpty(t, mods)
	if testing.Short() {
		mods = []string{"../../analyzers/noexit/testdata/go.mod"}
	}
	as := analyzers.Analyzers()
	total := 0
	for _, mod := range mods {
		dir := filepath.Dir(mod)
		name := filepath.ToSlash(filepath.Dir(dir))[len("../../"):]
		t.Run(name, func(t *testing.T) {
			full, err := packages.Load(cli.PackagesConfig(context.Background(), dir, true, ""), "./...")
			require.NoError(t, err)
			full = wellTyped(full)
			require.NotEmpty(t, full)
			ref, err := checker.Analyze(as, full, nil)
			require.NoError(t, err)
			want := findings(ref)
			total += len(want)

			got, err := driver.Analyze(as, full, nil)
			require.NoError(t, err)
			assert.Equal(t, want, findings(got), "driver.Analyze on the same packages")

			trimmed, err := cli.Load(context.Background(), dir, true, "", "./...")
			require.NoError(t, err)
			got, err = driver.Analyze(as, wellTyped(trimmed), nil)
			require.NoError(t, err)
			assert.Equal(t, want, findings(got), "driver.Analyze on packages loaded by cli.Load")
		})
	}
	if !testing.Short() {
		assert.Greater(t, total, 500, "the fixture modules have findings")
	}
}

// wellTyped returns the packages of pkgs without errors, as the roots of
// a run.
func wellTyped(pkgs []*packages.Package) []*packages.Package {
	return slices.DeleteFunc(slices.Clone(pkgs), func(p *packages.Package) bool { return p.IllTyped })
}

// findings renders every diagnostic and error of the roots of g, with its
// related information and fixes, sorted.
func findings(g *checker.Graph) []string {
	var out []string
	for _, act := range g.Roots {
		fset := act.Package.Fset
		pos := func(p token.Pos) string {
			position := fset.Position(p)
			return fmt.Sprintf("%s:%d:%d", filepath.Base(position.Filename), position.Line, position.Column)
		}
		if act.Err != nil {
			out = append(out, fmt.Sprintf("%s: error: %v", act, act.Err))
		}
		for _, d := range act.Diagnostics {
			var sb strings.Builder
			fmt.Fprintf(&sb, "%s %s %s [%s] %s <%s>", act.Package.ID, act.Analyzer.Name, pos(d.Pos), d.Category, d.Message, d.URL)
			for _, r := range d.Related {
				fmt.Fprintf(&sb, "\n\trelated %s %s", pos(r.Pos), r.Message)
			}
			for _, f := range d.SuggestedFixes {
				fmt.Fprintf(&sb, "\n\tfix %s", f.Message)
				for _, e := range f.TextEdits {
					fmt.Fprintf(&sb, "\n\t\t%s-%s %q", pos(e.Pos), pos(e.End), e.NewText)
				}
			}
			out = append(out, sb.String())
		}
	}
	slices.Sort(out)
	return out
}
