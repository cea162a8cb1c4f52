package cli

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"
)

// LoadMode is how fnlint loads packages: typed syntax for the packages
// named and all their dependencies, since checks that use facts run on
// dependencies too (checker.Analyze requires it), plus module and test
// information.
const LoadMode = packages.LoadAllSyntax | packages.NeedModule | packages.NeedForTest

// PackagesConfig is the go/packages configuration of a run in dir.
func PackagesConfig(ctx context.Context, dir string, tests bool, tags string) *packages.Config {
	cfg := &packages.Config{Context: ctx, Mode: LoadMode, Dir: dir, Tests: tests}
	if tags != "" {
		cfg.BuildFlags = []string{"-tags=" + tags}
	}
	return cfg
}

// maxErrorsPerPackage bounds the errors printed for one package, as the
// go command does.
const maxErrorsPerPackage = 10

// A loadError is an error of a package that did not load or type-check.
type loadError struct {
	pkg *packages.Package
	err packages.Error
}

// roots returns the packages to analyse among those loaded: well-typed,
// and with test variants replacing the packages they extend (their files
// are a superset), as go vet does; the generated test mains are left out.
// A directory of file-by-file mains is replaced by one package per main
// (see splitMains), and its tests are left out.
// It also returns the errors of every package, roots and dependencies,
// that failed to load or type-check, except those of the directories of
// file-by-file mains, whose packages of one main report their own.
func roots(pkgs []*packages.Package) ([]*packages.Package, []loadError) {
	split := splitMains(pkgs)
	splitPath := make(map[string]bool)
	for p := range split {
		splitPath[p.PkgPath] = true
	}
	tested := make(map[string]bool) // package paths with an in-package test variant
	for _, p := range pkgs {
		if p.ForTest != "" && p.PkgPath == p.ForTest {
			tested[p.PkgPath] = true
		}
	}
	var (
		out  []*packages.Package
		errs []loadError
	)
	for _, p := range pkgs {
		switch {
		case split[p] != nil:
			for _, q := range split[p] {
				if q.IllTyped {
					for _, e := range q.Errors {
						errs = append(errs, loadError{q, e})
					}
				} else {
					out = append(out, q)
				}
			}
			continue
		case splitPath[p.ForTest] || splitPath[strings.TrimSuffix(p.ID, ".test")]:
			continue // the tests of file-by-file mains
		case p.ForTest == "" && p.ID == p.PkgPath && tested[p.PkgPath]:
			continue // analysed as its test variant
		case p.ForTest == "" && p.Name == "main" && strings.HasSuffix(p.ID, ".test") && hasTests(pkgs, strings.TrimSuffix(p.ID, ".test")):
			continue // generated test main
		case len(p.Errors) == 0 && p.IllTyped:
			// Well formed, but a dependency is not: its facts would
			// rest on code the checks cannot read, so, as go vet
			// does, the package is not analysed. Say so.
			if dep := brokenImport(p, make(map[*packages.Package]bool)); dep != nil {
				errs = append(errs, loadError{p, packages.Error{
					Pos: "-", Msg: "not analysed: it imports " + dep.PkgPath + ", which has errors",
				}})
			}
			continue
		case p.IllTyped || len(p.Errors) > 0 || p.Types == nil:
			continue // reported below
		}
		out = append(out, p)
	}
	seen := make(map[string]bool) // a file of a package and of its test variant fails twice
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if split[p] != nil || splitPath[p.ForTest] || splitPath[strings.TrimSuffix(p.ID, ".test")] {
			return
		}
		for _, e := range p.Errors {
			if k := e.Pos + "\x00" + e.Msg; !seen[k] {
				seen[k] = true
				errs = append(errs, loadError{p, e})
			}
		}
	})
	return out, errs
}

// brokenImport returns the first package with errors of its own among the
// dependencies of p, depth first.
func brokenImport(p *packages.Package, seen map[*packages.Package]bool) *packages.Package {
	paths := make([]string, 0, len(p.Imports))
	for path := range p.Imports {
		paths = append(paths, path)
	}
	slices.Sort(paths)
	for _, path := range paths {
		dep := p.Imports[path]
		if seen[dep] {
			continue
		}
		seen[dep] = true
		if len(dep.Errors) > 0 {
			return dep
		}
		if dep.IllTyped {
			if b := brokenImport(dep, seen); b != nil {
				return b
			}
		}
	}
	return nil
}

// hasTests reports whether pkgs hold a test variant of the package path.
func hasTests(pkgs []*packages.Package, path string) bool {
	for _, p := range pkgs {
		if p.ForTest == path {
			return true
		}
	}
	return false
}

// printLoadErrors prints errs under a "# package" header per package, with
// positions relative to the working directory.
func printLoadErrors(w io.Writer, errs []loadError, rel func(string) string) {
	var last *packages.Package
	n := 0
	for _, e := range errs {
		if e.pkg != last {
			last, n = e.pkg, 0
			fmt.Fprintf(w, "# %s\n", e.pkg.ID)
		}
		n++
		if n > maxErrorsPerPackage {
			if n == maxErrorsPerPackage+1 {
				fmt.Fprintf(w, "too many errors\n")
			}
			continue
		}
		fmt.Fprintln(w, formatLoadError(e.err, rel))
	}
}

// formatLoadError is "file:line:col: message" with a relative file, or the
// message alone.
func formatLoadError(e packages.Error, rel func(string) string) string {
	if e.Pos == "" || e.Pos == "-" {
		return e.Msg
	}
	pos := e.Pos
	if file, rest, ok := cutPosition(pos); ok {
		pos = rel(file) + rest
	}
	return pos + ": " + e.Msg
}

// positionRE splits "file:line[:col]" into the file and ":line[:col]".
var positionRE = regexp.MustCompile(`^(.+?)((?::\d+){1,2})$`)

// cutPosition splits a position into its file and the rest.
func cutPosition(pos string) (file, rest string, ok bool) {
	m := positionRE.FindStringSubmatch(pos)
	if m == nil {
		return "", "", false
	}
	return m[1], m[2], true
}

// relativeTo returns a function that makes file names relative to dir when
// they are under it.
func relativeTo(dir string) func(string) string {
	return func(name string) string {
		if !filepath.IsAbs(name) {
			return name
		}
		if rel, err := filepath.Rel(dir, name); err == nil && filepath.IsLocal(rel) {
			return rel
		}
		return name
	}
}
