// Package fixturemod finds the stub modules of testdata/stubs and the
// analyzer fixture modules that use them, and rewrites a fixture module so
// that it builds against the real modules instead.
package fixturemod

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/mod/modfile"
)

// TemplateDir is the directory of testdata/stubs that holds the template
// fixture module rather than a stub.
const TemplateDir = "example"

// RootModule is the module path of the repository, which fixtures replace
// with the stub of its fn package.
const RootModule = "github.com/fnlint/fnlint"

// A Module is a stub module.
type Module struct {
	// Path is the module path, the real module's.
	Path string
	// Dir is the absolute directory of the stub.
	Dir string
	// Packages are the import paths of its packages, sorted.
	Packages []string
}

// StubModules returns the stub modules under stubsDir, skipping the
// template fixture module. A directory of stubsDir may hold nested modules
// (aws-sdk-go-v2/config, aws-sdk-go-v2/service/s3, ...), as the real
// repository does: each go.mod below it is a module of its own.
func StubModules(stubsDir string) ([]Module, error) {
	stubsDir, err := filepath.Abs(stubsDir)
	if err != nil {
		return nil, err
	}
	entries, err := os.ReadDir(stubsDir)
	if err != nil {
		return nil, fmt.Errorf("read stubs: %w", err)
	}
	var mods []Module
	for _, e := range entries {
		if !e.IsDir() || e.Name() == TemplateDir {
			continue
		}
		dirs, err := moduleDirs(filepath.Join(stubsDir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("find modules of %s: %w", e.Name(), err)
		}
		for _, dir := range dirs {
			path, err := ModulePath(filepath.Join(dir, "go.mod"))
			if err != nil {
				return nil, err
			}
			pkgs, err := packages(dir, path)
			if err != nil {
				return nil, fmt.Errorf("list packages of %s: %w", dir, err)
			}
			mods = append(mods, Module{Path: path, Dir: dir, Packages: pkgs})
		}
	}
	return mods, nil
}

// moduleDirs returns dir and the directories below it that hold a go.mod
// file, testdata and hidden directories excluded, in lexical order.
func moduleDirs(dir string) ([]string, error) {
	var dirs []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if name := d.Name(); path != dir && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
			return filepath.SkipDir
		}
		if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
			dirs = append(dirs, path)
		}
		return nil
	})
	return dirs, err
}

// ModulePath returns the module path declared by a go.mod file.
func ModulePath(gomod string) (string, error) {
	data, err := os.ReadFile(gomod)
	if err != nil {
		return "", err
	}
	path := modfile.ModulePath(data)
	if path == "" {
		return "", fmt.Errorf("%s: no module path", gomod)
	}
	return path, nil
}

// packages returns the import paths of the directories of a module that
// hold non-test Go files, nested modules and testdata excluded.
func packages(dir, modPath string) ([]string, error) {
	var pkgs []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			name := d.Name()
			if path != dir && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); path != dir && err == nil {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, err := filepath.Rel(dir, filepath.Dir(path))
		if err != nil {
			return err
		}
		pkg := modPath
		if rel != "." {
			pkg += "/" + filepath.ToSlash(rel)
		}
		if !slices.Contains(pkgs, pkg) {
			pkgs = append(pkgs, pkg)
		}
		return nil
	})
	slices.Sort(pkgs)
	return pkgs, err
}

// Fixtures returns the go.mod files of the analyzer and pass fixture modules
// of the repository at root: analyzers/*/testdata/go.mod,
// passes/*/testdata/go.mod and internal/*/testdata/go.mod.
func Fixtures(root string) ([]string, error) {
	var out []string
	for _, pattern := range []string{"analyzers/*/testdata/go.mod", "passes/*/testdata/go.mod", "internal/*/testdata/go.mod"} {
		m, err := filepath.Glob(filepath.Join(root, pattern))
		if err != nil {
			return nil, err
		}
		out = append(out, m...)
	}
	slices.Sort(out)
	return out, nil
}
