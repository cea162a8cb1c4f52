package handlers

import (
	"cmp"
	"go/ast"
	"go/build"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// buildSSA builds the SSA form of the package, as buildssa does but
// without its control-flow facts: calls that never return (lambda.Start,
// log.Fatal) keep the code after them, which is what a handler model
// wants to see.
//
// The imports get SSA packages of their own holding only what this package
// uses of them. Creating an import's SSA package allocates a function for
// every member (net/http has over a thousand), again for every package
// that imports it: that was most of the cost of the pass. So the builder
// reads a copy of the package's types.Info in which the imported
// package-level functions and variables the package uses are stand-ins,
// declared in stand-in packages that hold nothing else; constants keep
// their values, methods are created on demand, and with BareInits the
// package initialiser calls no import's. Result.Object maps a stand-in
// back to the real object, which facts are keyed by.
func buildSSA(pass *analysis.Pass) (*ssa.Package, map[types.Object]*types.Func) {
	info := *pass.TypesInfo
	info.Uses = make(map[*ast.Ident]types.Object, len(pass.TypesInfo.Uses))
	standIns := make(map[types.Object]types.Object) // real → stand-in
	real := make(map[types.Object]*types.Func)      // stand-in → real function
	pkgs := make(map[*types.Package]*types.Package) // real → stand-in package
	for id, obj := range pass.TypesInfo.Uses {
		info.Uses[id] = obj
		pkg := obj.Pkg()
		if pkg == nil || pkg == pass.Pkg || obj.Parent() != pkg.Scope() {
			continue // local, universe, method, field
		}
		if s, ok := standIns[obj]; ok {
			info.Uses[id] = s
			continue
		}
		sp := pkgs[pkg]
		if sp == nil {
			sp = types.NewPackage(pkg.Path(), pkg.Name())
			pkgs[pkg] = sp
		}
		var s types.Object
		switch obj := obj.(type) {
		case *types.Func:
			f := types.NewFunc(obj.Pos(), sp, obj.Name(), obj.Signature())
			real[f] = obj
			s = f
		case *types.Var:
			s = types.NewVar(obj.Pos(), sp, obj.Name(), obj.Type())
		default:
			continue // constants and types need no member
		}
		sp.Scope().Insert(s)
		standIns[obj] = s
		info.Uses[id] = s
	}
	prog := ssa.NewProgram(pass.Fset, ssa.BareInits)
	for _, p := range pass.Pkg.Imports() {
		if sp := pkgs[p]; sp != nil {
			prog.CreatePackage(sp, nil, nil, true)
		}
	}
	pkg := prog.CreatePackage(pass.Pkg, pass.Files, &info, false)
	pkg.Build()
	return pkg, real
}

// isStd reports whether the package is part of the standard library,
// where there are no handlers to find.
func isStd(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return false
	}
	goroot := build.Default.GOROOT
	if goroot == "" {
		// A binary built with -trimpath (as release builds and
		// pre-commit's are) does not know its GOROOT unless the
		// environment says it. A package of the standard library then
		// is one outside any module (drivers give it no module, or one
		// with no path) whose path starts with no domain.
		first, _, _ := strings.Cut(pass.Pkg.Path(), "/")
		return (pass.Module == nil || pass.Module.Path == "") && !strings.Contains(first, ".")
	}
	name := pass.Fset.File(pass.Files[0].Pos()).Name()
	return strings.HasPrefix(name, filepath.Join(goroot, "src")+string(filepath.Separator))
}

// isDependency reports whether m is a dependency read from the module
// cache: neither a main module nor replaced by a local directory. Its
// handlers are not the user's, and its internals (pgxpool.New opening a
// pool) are what checks match at the call, so the pass skips it, and with it
// the SSA of every third-party package.
func isDependency(m *analysis.Module) bool {
	return m != nil && !m.Main && m.Version != "" && (m.Replace == nil || m.Replace.Version != "")
}

// isStdPkg reports whether path is a package of the standard library:
// its first element has no dot, and it is not a package of a module named
// without one (module hello).
func (f *finder) isStdPkg(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	if strings.Contains(first, ".") {
		return false
	}
	if m := f.pass.Module; m != nil && m.Path != "" && (path == m.Path || strings.HasPrefix(path, m.Path+"/")) {
		return false
	}
	return true
}

// allFuncs returns the functions of the package with a body, function
// literals included, and the package initialiser with the function
// literals of package variables, in source order.
func allFuncs(pass *analysis.Pass, pkg *ssa.Package) []*ssa.Function {
	var funcs []*ssa.Function
	var add func(*ssa.Function)
	add = func(fn *ssa.Function) {
		funcs = append(funcs, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok {
				if obj, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					if fn := pkg.Prog.FuncValue(obj); fn != nil {
						add(fn)
					}
				}
			}
		}
	}
	if init := pkg.Func("init"); init != nil {
		add(init)
	}
	slices.SortStableFunc(funcs, func(a, b *ssa.Function) int { return comparePos(pass.Fset, a.Pos(), b.Pos()) })
	return funcs
}

// comparePos orders positions by file name, then offset in the file. The
// order of token.Pos values across files is the order in which the files
// were added to the FileSet, which go/packages parses concurrently: it
// changes from run to run, and whatever is chosen by it (the handler a
// function is reported from, when two reach it as closely) with it.
func comparePos(fset *token.FileSet, a, b token.Pos) int {
	fa, fb := fset.File(a), fset.File(b)
	var na, nb string
	oa, ob := int(a), int(b)
	if fa != nil {
		na, oa = fa.Name(), int(a)-fa.Base()
	}
	if fb != nil {
		nb, ob = fb.Name(), int(b)-fb.Base()
	}
	return cmp.Or(strings.Compare(na, nb), cmp.Compare(oa, ob))
}
