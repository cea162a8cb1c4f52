package driver

import (
	"fmt"
	"go/ast"
	"go/types"
	"net/url"
	"os"
	"reflect"
	"slices"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// exec runs one action, as checker's Action.execOnce does.
func (g *graph) exec(act *action) {
	a, pkg := act.act.Analyzer, act.act.Package
	t0 := time.Now()
	defer func() { act.act.Duration = time.Since(t0) }()
	defer act.done.Store(true)

	var failed []string
	for _, d := range act.deps {
		if d.act.Err != nil {
			failed = append(failed, d.act.String())
		}
	}
	if failed != nil {
		slices.Sort(failed)
		act.act.Err = fmt.Errorf("failed prerequisites: %s", strings.Join(failed, ", "))
		return
	}

	inputs := make(map[*analysis.Analyzer]any)
	for _, d := range act.deps {
		if d.act.Package == pkg {
			inputs[d.act.Analyzer] = d.act.Result
		}
	}
	act.objectFacts = make(map[objectFactKey]analysis.Fact)
	act.packageFacts = make(map[reflect.Type]analysis.Fact)

	module := &analysis.Module{}
	if pkg.Module != nil {
		module = analysisModule(pkg.Module)
	}
	pass := &analysis.Pass{
		Analyzer:     a,
		Fset:         pkg.Fset,
		Files:        pkg.Syntax,
		OtherFiles:   pkg.OtherFiles,
		IgnoredFiles: pkg.IgnoredFiles,
		Pkg:          pkg.Types,
		TypesInfo:    pkg.TypesInfo,
		TypesSizes:   pkg.TypesSizes,
		TypeErrors:   pkg.TypeErrors,
		Module:       module,
		ResultOf:     inputs,
		Report: func(d analysis.Diagnostic) {
			if err := validateFixes(pkg.Fset, a, d.SuggestedFixes); err != nil {
				panic(err) // as checker does: a bug of the analyzer
			}
			act.act.Diagnostics = append(act.act.Diagnostics, d)
		},
		ImportObjectFact:  func(obj types.Object, ptr analysis.Fact) bool { return g.objectFact(act, obj, ptr) },
		ImportPackageFact: func(p *types.Package, ptr analysis.Fact) bool { return g.packageFact(act, p, ptr) },
		AllObjectFacts:    func() []analysis.ObjectFact { return g.allObjectFacts(act) },
		AllPackageFacts:   func() []analysis.PackageFact { return g.allPackageFacts(act) },
	}
	pass.ExportObjectFact = func(obj types.Object, fact analysis.Fact) {
		if act.done.Load() {
			panic(fmt.Sprintf("%s: Pass.ExportObjectFact(%s, %T) called after Run", act.act, obj, fact))
		}
		if obj.Pkg() != pkg.Types {
			panic(fmt.Sprintf("internal error: in analysis %s of package %s: Fact.Set(%s, %T): can't set facts on objects belonging another package", a, pkg, obj, fact))
		}
		act.objectFacts[objectFactKey{obj, factType(fact)}] = fact
	}
	pass.ExportPackageFact = func(fact analysis.Fact) {
		if act.done.Load() {
			panic(fmt.Sprintf("%s: Pass.ExportPackageFact(%T) called after Run", act.act, fact))
		}
		act.packageFacts[factType(fact)] = fact
	}
	pass.ReadFile = func(name string) ([]byte, error) {
		if !readable(pass, name) {
			return nil, fmt.Errorf("Pass.ReadFile: %s is not among OtherFiles, IgnoredFiles, or names of Files", name)
		}
		return os.ReadFile(name)
	}

	act.act.Result, act.act.Err = func() (any, error) {
		if pkg.IllTyped && !a.RunDespiteErrors {
			return nil, fmt.Errorf("analysis skipped due to errors in package")
		}
		result, err := a.Run(pass)
		if err != nil {
			return nil, err
		}
		if got, want := reflect.TypeOf(result), a.ResultType; got != want {
			return nil, fmt.Errorf("internal error: on package %s, analyzer %s returned a result of type %v, but declared ResultType %v",
				pass.Pkg.Path(), a, got, want)
		}
		for i := range act.act.Diagnostics {
			u, err := resolveURL(a, act.act.Diagnostics[i])
			if err != nil {
				return nil, err
			}
			act.act.Diagnostics[i].URL = u
		}
		return result, nil
	}()
}

// objectFact implements Pass.ImportObjectFact. A fact is visible where
// checker makes it visible: facts are inherited along the imports, and
// at each step only those on objects that may appear in the importing
// package's view of the imported one pass (checker's exportedFrom). So
// the facts of the package itself; of the exported functions and the
// package-level variables of the packages it imports; and of methods,
// fields, types and constants of any package below it.
func (g *graph) objectFact(act *action, obj types.Object, ptr analysis.Fact) bool {
	if obj == nil {
		panic("nil object")
	}
	k := objectFactKey{obj, factType(ptr)}
	src := act
	if p := obj.Pkg(); p != act.act.Package.Types {
		// Without facts, an analyzer has no action on the packages
		// below: there is nothing to find.
		if p == nil || len(act.act.Analyzer.FactTypes) == 0 || !visible(obj, act.unit) {
			return false
		}
		src = g.actions[key{act.act.Analyzer, g.byTypes[p]}]
		if src == nil || !src.done.Load() {
			return false
		}
	}
	if v, ok := src.objectFacts[k]; ok {
		reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(v).Elem())
		return true
	}
	return false
}

// visible reports whether facts on obj, of another package than u's,
// reach u's package in checker: see objectFact.
func visible(obj types.Object, u *unit) bool {
	direct := u.imports[obj.Pkg()]
	switch obj := obj.(type) {
	case *types.Func:
		if obj.Signature().Recv() != nil {
			return true
		}
		return direct && obj.Exported()
	case *types.Var:
		return obj.IsField() || direct
	case *types.TypeName, *types.Const:
		return true
	}
	return false
}

// packageFact implements Pass.ImportPackageFact: package facts are
// inherited along the imports whole.
func (g *graph) packageFact(act *action, p *types.Package, ptr analysis.Fact) bool {
	if p == nil {
		panic("nil package")
	}
	src := act
	if p != act.act.Package.Types {
		if len(act.act.Analyzer.FactTypes) == 0 {
			return false
		}
		src = g.actions[key{act.act.Analyzer, g.byTypes[p]}]
		if src == nil || !src.done.Load() {
			return false
		}
	}
	if v, ok := src.packageFacts[factType(ptr)]; ok {
		reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(v).Elem())
		return true
	}
	return false
}

// below returns act and the actions of its analyzer on the packages below
// act's, whose facts it inherits.
func below(act *action) []*action {
	seen := map[*action]bool{act: true}
	out := []*action{act}
	for i := 0; i < len(out); i++ {
		for _, d := range out[i].deps {
			if d.act.Analyzer == act.act.Analyzer && !seen[d] {
				seen[d] = true
				out = append(out, d)
			}
		}
	}
	return out
}

// allObjectFacts implements Pass.AllObjectFacts.
func (g *graph) allObjectFacts(act *action) []analysis.ObjectFact {
	var facts []analysis.ObjectFact
	for _, src := range below(act) {
		for k, f := range src.objectFacts {
			if src == act || visible(k.obj, act.unit) {
				facts = append(facts, analysis.ObjectFact{Object: k.obj, Fact: f})
			}
		}
	}
	return facts
}

// allPackageFacts implements Pass.AllPackageFacts.
func (g *graph) allPackageFacts(act *action) []analysis.PackageFact {
	var facts []analysis.PackageFact
	for _, src := range below(act) {
		for _, f := range src.packageFacts {
			facts = append(facts, analysis.PackageFact{Package: src.act.Package.Types, Fact: f})
		}
	}
	return facts
}

// factType returns the type of fact, which must be a pointer.
func factType(fact analysis.Fact) reflect.Type {
	t := reflect.TypeOf(fact)
	if t.Kind() != reflect.Pointer {
		panic(fmt.Sprintf("invalid Fact type: got %T, want pointer", fact))
	}
	return t
}

// readable reports whether Pass.ReadFile may read name: a file of the
// package.
func readable(pass *analysis.Pass, name string) bool {
	if slices.Contains(pass.OtherFiles, name) || slices.Contains(pass.IgnoredFiles, name) {
		return true
	}
	return slices.ContainsFunc(pass.Files, func(f *ast.File) bool { return pass.Fset.File(f.FileStart).Name() == name })
}

// resolveURL returns the URL of d: its own, resolved against its
// analyzer's, or the analyzer's with the category as fragment.
func resolveURL(a *analysis.Analyzer, d analysis.Diagnostic) (string, error) {
	if d.URL == "" && d.Category == "" && a.URL == "" {
		return "", nil
	}
	raw := d.URL
	if d.URL == "" && d.Category != "" {
		raw = "#" + d.Category
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("invalid Diagnostic.URL %q: %s", raw, err)
	}
	base, err := url.Parse(a.URL)
	if err != nil {
		return "", fmt.Errorf("invalid Analyzer.URL %q: %s", a.URL, err)
	}
	return base.ResolveReference(u).String(), nil
}

// analysisModule converts a go/packages module to the analysis one.
func analysisModule(m *packages.Module) *analysis.Module {
	if m == nil {
		return nil
	}
	var err *analysis.ModuleError
	if m.Error != nil {
		err = &analysis.ModuleError{Err: m.Error.Err}
	}
	return &analysis.Module{
		Path: m.Path, Version: m.Version, Replace: analysisModule(m.Replace), Time: m.Time,
		Main: m.Main, Indirect: m.Indirect, Dir: m.Dir, GoMod: m.GoMod, GoVersion: m.GoVersion, Error: err,
	}
}
