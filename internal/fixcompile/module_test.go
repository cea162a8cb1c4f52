//go:build fixcompile

package fixcompile_test

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/cli"
	"github.com/fnlint/fnlint/internal/fix"
)

// A fixture is the testdata of one check: a module with a go.mod whose
// replace lines point at the stubs, or a GOPATH tree under src/ as
// analysistest also accepts.
type fixture struct {
	check  string
	dir    string // the testdata directory, absolute
	gopath bool   // dir/src is a GOPATH tree
}

// findFixture returns the fixture of check under root, the module root
// of fnlint, and false when the check has no testdata.
func findFixture(root, check string) (fixture, bool) {
	dir := filepath.Join(root, "analyzers", check, "testdata")
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
		return fixture{check: check, dir: dir}, true
	}
	if fi, err := os.Stat(filepath.Join(dir, "src")); err == nil && fi.IsDir() {
		return fixture{check: check, dir: dir, gopath: true}, true
	}
	return fixture{}, false
}

// A copyOf is one copy of a fixture in a temporary directory, where fixes
// are applied.
type copyOf struct {
	fx   fixture
	root string // the copy of fx.dir
}

// workDir is the directory where the go command and go/packages run.
func (c *copyOf) workDir() string {
	if c.fx.gopath {
		return filepath.Join(c.root, "src")
	}
	return c.root
}

// env is the environment of the go command: no network, no workspace,
// no toolchain switch, and GOPATH mode for GOPATH fixtures.
func (c *copyOf) env() []string {
	env := append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOTOOLCHAIN=local", "GOFLAGS=-mod=mod")
	if c.fx.gopath {
		env = append(env, "GO111MODULE=off", "GOPATH="+c.root, "GOFLAGS=")
	}
	return env
}

// copyFixture copies the fixture into a new temporary directory and
// makes the replace lines of its go.mod files that lead outside it
// absolute, so that the copy builds where it is.
func copyFixture(t *testing.T, fx fixture) *copyOf {
	t.Helper()
	return copyTree(t, fx, fx.dir)
}

// clone copies the copy, so that every set of fixes starts from the
// files analysed even if the fixtures change meanwhile.
func (c *copyOf) clone(t *testing.T) *copyOf {
	t.Helper()
	return copyTree(t, c.fx, c.root)
}

// copyTree copies src, the fixture fx or a copy of it, into a new
// temporary directory.
func copyTree(t *testing.T, fx fixture, src string) *copyOf {
	t.Helper()
	dest := t.TempDir()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dest, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if d.Name() == "go.mod" {
			if data, err = absReplaces(path, data, src); err != nil {
				return err
			}
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatalf("copy fixture %s: %v", src, err)
	}
	return &copyOf{fx: fx, root: dest}
}

// absReplaces rewrites the directory replacements of the go.mod file at
// path that lead outside top to absolute paths.
func absReplaces(path string, data []byte, top string) ([]byte, error) {
	f, err := modfile.Parse(path, data, nil)
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	changed := false
	for _, r := range slices.Clone(f.Replace) {
		if !modfile.IsDirectoryPath(r.New.Path) || filepath.IsAbs(r.New.Path) {
			continue
		}
		target := filepath.Join(filepath.Dir(path), filepath.FromSlash(r.New.Path))
		if rel, err := filepath.Rel(top, target); err == nil && filepath.IsLocal(rel) {
			continue // inside the fixture: copied with it
		}
		if err := f.AddReplace(r.Old.Path, r.Old.Version, target, ""); err != nil {
			return nil, fmt.Errorf("rewrite %s: %w", path, err)
		}
		changed = true
	}
	if !changed {
		return data, nil
	}
	f.Cleanup()
	return modfile.Format(f.Syntax), nil
}

// load loads every package of the copy with its tests, as the CLI and
// analysistest do.
func (c *copyOf) load(t *testing.T) []*packages.Package {
	t.Helper()
	cfg := cli.PackagesConfig(context.Background(), c.workDir(), true, "")
	cfg.Env = c.env()
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatalf("load %s: %v", c.fx.check, err)
	}
	if len(pkgs) == 0 {
		t.Fatalf("load %s: no packages", c.fx.check)
	}
	return pkgs
}

// roots returns the packages to analyse, as the CLI chooses them: test
// variants instead of the packages they extend, no generated test mains,
// no package that failed to type-check.
func roots(pkgs []*packages.Package) []*packages.Package {
	tested := make(map[string]bool)
	for _, p := range pkgs {
		if p.ForTest != "" && p.PkgPath == p.ForTest {
			tested[p.PkgPath] = true
		}
	}
	var out []*packages.Package
	for _, p := range pkgs {
		switch {
		case p.ForTest == "" && tested[p.PkgPath]:
		case strings.HasSuffix(p.ID, ".test") && p.Name == "main" && p.ForTest == "":
		case p.IllTyped || len(p.Errors) > 0 || p.Types == nil:
		default:
			out = append(out, p)
		}
	}
	return out
}

// typeErrors returns the errors of the packages of the copy, without
// positions (fixes move code), one entry per error.
func (c *copyOf) typeErrors(pkgs []*packages.Package) []string {
	var errs []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			errs = append(errs, p.PkgPath+": "+e.Msg)
		}
	})
	slices.Sort(errs)
	return slices.Compact(errs)
}

// build runs go build on the packages (./... when none are given) in the
// copy and returns its error lines without positions.
func (c *copyOf) build(t *testing.T, pkgs ...string) (errs []string, out string) {
	t.Helper()
	if len(pkgs) == 0 {
		pkgs = []string{"./..."}
	}
	cmd := exec.Command("go", append([]string{"build", "-o", os.DevNull}, pkgs...)...)
	cmd.Dir = c.workDir()
	cmd.Env = c.env()
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	err := cmd.Run()
	if err == nil {
		return nil, ""
	}
	if _, ok := err.(*exec.ExitError); !ok {
		t.Fatalf("go build in %s: %v", c.workDir(), err)
	}
	for line := range strings.Lines(buf.String()) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		errs = append(errs, positionRE.ReplaceAllString(line, ""))
	}
	if len(errs) == 0 { // a failure with no error lines still counts
		errs = append(errs, "go build: "+err.Error())
	}
	slices.Sort(errs)
	return errs, buf.String()
}

// positionRE matches the "file:line:col: " prefix of a compiler error.
var positionRE = regexp.MustCompile(`^[^\s:]+\.go:\d+(:\d+)?: `)

// added returns the lines of after that are not in before, counting
// repeated lines.
func added(before, after []string) []string {
	left := make(map[string]int)
	for _, l := range before {
		left[l]++
	}
	var out []string
	for _, l := range after {
		if left[l] > 0 {
			left[l]--
			continue
		}
		out = append(out, l)
	}
	return out
}

// packageDirs returns the patterns of the packages whose files the plan
// changes. Only those are built: the packages that import them are
// type-checked with their tests when the copy is loaded again, and that
// is what a fix can break in them.
func (c *copyOf) packageDirs(plan *fix.Plan) []string {
	var dirs []string
	for _, f := range plan.Files {
		if rel, err := filepath.Rel(c.workDir(), filepath.Dir(f.Name)); err == nil && filepath.IsLocal(rel) {
			dirs = append(dirs, "./"+filepath.ToSlash(rel))
		}
	}
	slices.Sort(dirs)
	return slices.Compact(dirs)
}
