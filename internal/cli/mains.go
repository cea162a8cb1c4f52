package cli

import (
	"fmt"
	"go/ast"
	"go/types"
	"path/filepath"
	"strconv"

	"golang.org/x/tools/go/packages"
)

// Function samples are often laid out one function per file, each file
// with its own main, built with "go build file.go": such a directory does
// not type-check as one package (main redeclared). splitMains analyses
// each of those files as a package of its own, as the go command builds
// it.

// splitMains returns, for each package of pkgs that is a directory of
// file-by-file mains, the packages that replace it: one per file that
// declares func main, holding that file and the files of the directory
// that declare no main (shared helpers). Each is type-checked against the
// dependencies already loaded; one that still has errors is returned with
// them, ill-typed.
func splitMains(pkgs []*packages.Package) map[*packages.Package][]*packages.Package {
	var out map[*packages.Package][]*packages.Package
	for _, p := range pkgs {
		mains, shared, ok := fileMains(p)
		if !ok {
			continue
		}
		if out == nil {
			out = make(map[*packages.Package][]*packages.Package)
		}
		for _, m := range mains {
			out[p] = append(out[p], checkFiles(p, m, append([]*ast.File{m}, shared...)))
		}
	}
	return out
}

// fileMains reports whether p is a directory of file-by-file mains: a
// package main, not a test variant, that failed to type-check, with no
// errors other than type errors and with two files or more that declare
// func main. It returns those files and the others.
func fileMains(p *packages.Package) (mains, shared []*ast.File, ok bool) {
	if p.Name != "main" || p.ForTest != "" || len(p.TypeErrors) == 0 || p.TypesInfo == nil {
		return nil, nil, false
	}
	for _, e := range p.Errors {
		if e.Kind != packages.TypeError {
			return nil, nil, false
		}
	}
	for _, f := range p.Syntax {
		if declaresMain(f) {
			mains = append(mains, f)
		} else {
			shared = append(shared, f)
		}
	}
	return mains, shared, len(mains) >= 2
}

// declaresMain reports whether f declares the function main.
func declaresMain(f *ast.File) bool {
	for _, d := range f.Decls {
		if fn, ok := d.(*ast.FuncDecl); ok && fn.Recv == nil && fn.Name.Name == "main" {
			return true
		}
	}
	return false
}

// checkFiles type-checks files, parsed as part of p, as a package of their
// own named after main, the file that declares func main. Imports resolve
// to the dependencies of p, already loaded.
func checkFiles(p *packages.Package, main *ast.File, files []*ast.File) *packages.Package {
	name := p.Fset.File(main.FileStart).Name()
	q := &packages.Package{
		ID:         p.ID + "/" + filepath.Base(name),
		Name:       p.Name,
		PkgPath:    p.PkgPath,
		Dir:        p.Dir,
		Fset:       p.Fset,
		Syntax:     files,
		Module:     p.Module,
		TypesSizes: p.TypesSizes,
		Imports:    make(map[string]*packages.Package),
		TypesInfo: &types.Info{
			Types:        make(map[ast.Expr]types.TypeAndValue),
			Defs:         make(map[*ast.Ident]types.Object),
			Uses:         make(map[*ast.Ident]types.Object),
			Implicits:    make(map[ast.Node]types.Object),
			Instances:    make(map[*ast.Ident]types.Instance),
			Scopes:       make(map[ast.Node]*types.Scope),
			Selections:   make(map[*ast.SelectorExpr]*types.Selection),
			FileVersions: make(map[*ast.File]string),
		},
	}
	for _, f := range files {
		fname := p.Fset.File(f.FileStart).Name()
		q.GoFiles = append(q.GoFiles, fname)
		q.CompiledGoFiles = append(q.CompiledGoFiles, fname)
		for _, spec := range f.Imports {
			path, err := strconv.Unquote(spec.Path.Value)
			if dep := p.Imports[path]; err == nil && dep != nil {
				q.Imports[path] = dep
			}
		}
	}
	conf := &types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			if dep := q.Imports[path]; dep != nil && dep.Types != nil {
				return dep.Types, nil
			}
			return nil, fmt.Errorf("could not import %s", path)
		}),
		Sizes: p.TypesSizes,
		Error: func(err error) {
			te, ok := err.(types.Error)
			if !ok {
				q.Errors = append(q.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.TypeError})
				return
			}
			q.TypeErrors = append(q.TypeErrors, te)
			q.Errors = append(q.Errors, packages.Error{Pos: te.Fset.Position(te.Pos).String(), Msg: te.Msg, Kind: packages.TypeError})
		},
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		conf.GoVersion = "go" + p.Module.GoVersion
	}
	q.Types, _ = conf.Check(p.PkgPath, p.Fset, files, q.TypesInfo) // errors are in q.Errors
	q.IllTyped = len(q.Errors) > 0
	return q
}

// importerFunc is a types.Importer that is a function.
type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
