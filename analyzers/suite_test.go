package analyzers_test

// These tests hold every check to what Bazel's nogo, go vet and
// golangci-lint need of an analyzer: a package of its own exporting
// Analyzer, no package-level state that a run changes (nogo and gopls run
// analyzers on many packages at once in one process), and facts that
// survive gob, which is how go vet and nogo pass them between packages.

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"

	"github.com/fnlint/fnlint/analyzers"
)

const module = "github.com/fnlint/fnlint/"

// loadSuite loads, with syntax, every check package and every package of
// this module that they import.
func loadSuite(t *testing.T) []*packages.Package {
	t.Helper()
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Tests: false}
	pkgs, err := packages.Load(cfg, "github.com/fnlint/fnlint/analyzers/...")
	require.NoError(t, err)
	var all []*packages.Package
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if strings.HasPrefix(p.PkgPath, module) {
			require.Empty(t, p.Errors, p.PkgPath)
			all = append(all, p)
		}
	})
	return all
}

func TestEveryCheckIsAPackageExportingAnalyzer(t *testing.T) {
	pkgs := loadSuite(t)
	checks := make(map[string]bool)
	for _, p := range pkgs {
		rest, ok := strings.CutPrefix(p.PkgPath, module+"analyzers/")
		if !ok || strings.Contains(rest, "/") {
			continue
		}
		checks[rest] = true
		obj, ok := p.Types.Scope().Lookup("Analyzer").(*types.Var)
		if assert.True(t, ok, "%s declares no var Analyzer", p.PkgPath) {
			assert.Equal(t, "*golang.org/x/tools/go/analysis.Analyzer", obj.Type().String(), p.PkgPath)
		}
		c, ok := analyzers.Lookup(p.Name)
		if assert.True(t, ok, "check package %s is not in analyzers.All", p.PkgPath) {
			assert.Equal(t, rest, c.Analyzer.Name, "the check's name is its package's")
		}
	}
	for _, c := range analyzers.All() {
		assert.True(t, checks[c.Analyzer.Name], "check %s has no package analyzers/%[1]s", c.Analyzer.Name)
	}
}

// TestNoMutableGlobalState checks that no function but the package
// initialisers writes a package-level variable of the suite, or anything
// reached through one: the only writes allowed are initialisation and the
// binding of flags in init.
func TestNoMutableGlobalState(t *testing.T) {
	pkgs := loadSuite(t)
	prog, ssaPkgs := ssautil.Packages(pkgs, ssa.InstantiateGenerics)
	prog.Build()
	// Globals record no referrers: find the instructions that use each.
	uses := make(map[*ssa.Global][]ssa.Instruction)
	for fn := range ssautil.AllFunctions(prog) {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				for _, op := range instr.Operands(nil) {
					if g, ok := (*op).(*ssa.Global); ok {
						uses[g] = append(uses[g], instr)
					}
				}
			}
		}
	}
	for i, p := range ssaPkgs {
		if p == nil || strings.HasPrefix(pkgs[i].PkgPath, module+"fn/") && pkgs[i].PkgPath != module+"fn/schedule" {
			continue
		}
		for _, m := range p.Members {
			g, ok := m.(*ssa.Global)
			if !ok {
				continue
			}
			for _, w := range writes(g, uses[g]) {
				t.Errorf("%s: %s writes package variable %s.%s; keep per-run state in the pass",
					prog.Fset.Position(w.Pos()), w.Parent(), p.Pkg.Name(), g.Name())
			}
		}
	}
}

// writes returns the instructions outside package initialisers that write
// g, or what g points to or holds; uses are the instructions that use g.
func writes(g *ssa.Global, uses []ssa.Instruction) []ssa.Instruction {
	var ws []ssa.Instruction
	// inGlobal tells whether v addresses the storage of g itself, rather
	// than what a pointer or map held in g refers to.
	var visit func(v ssa.Value, depth int, inGlobal bool)
	visit = func(v ssa.Value, depth int, inGlobal bool) {
		if depth > 4 {
			return
		}
		refs := uses
		if v != g {
			refs = *v.Referrers()
		}
		for _, r := range refs {
			if isInit(r.Parent()) {
				continue
			}
			switch r := r.(type) {
			case *ssa.Store:
				if r.Addr == v {
					ws = append(ws, r)
				}
			case *ssa.MapUpdate:
				if r.Map == v {
					ws = append(ws, r)
				}
			case *ssa.FieldAddr, *ssa.IndexAddr:
				visit(r.(ssa.Value), depth+1, inGlobal)
			case *ssa.UnOp: // a load: follow what it holds, if it refers to more
				switch r.Type().Underlying().(type) {
				case *types.Map, *types.Slice, *types.Pointer:
					visit(r, depth+1, false)
				}
			case *ssa.Field, *ssa.Index, *ssa.Lookup, *ssa.Slice, *ssa.Range, *ssa.DebugRef,
				*ssa.BinOp, *ssa.ChangeType, *ssa.Convert, *ssa.MakeInterface, *ssa.TypeAssert, *ssa.Extract:
				// reads
			case ssa.CallInstruction:
				// A callee given the address of the global (a method
				// with a pointer receiver: mu.Lock, once.Do) can write
				// it. Pointers held in globals are taken as read.
				if inGlobal && !readOnlyCall(r.Common()) {
					ws = append(ws, r)
				}
			}
		}
	}
	visit(g, 0, true)
	return ws
}

// isInit tells whether fn is a package initialiser or a function literal
// inside one.
func isInit(fn *ssa.Function) bool {
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	return fn.Name() == "init" || strings.HasPrefix(fn.Name(), "init#")
}

// readOnlyCall tells whether a call given a pointer into a global only
// reads through it: a method of the analysis framework's Analyzer, of the
// flag set, or a function of this module whose parameter is not written
// (approximated: the call passes the pointer as a value receiver's copy).
func readOnlyCall(c *ssa.CallCommon) bool {
	fn := c.StaticCallee()
	if fn == nil {
		return false
	}
	switch fn.String() {
	case "(*golang.org/x/tools/go/analysis.Analyzer).String", "(*flag.FlagSet).Lookup", "(*flag.FlagSet).VisitAll":
		return true
	}
	return false
}

// TestFactsRoundTripThroughGob fills every exported field of every fact
// type of the suite, encodes it with gob as go vet and nogo do, and checks
// that the decoded fact is the same: a fact with unexported fields would
// lose them on the way to the next package.
func TestFactsRoundTripThroughGob(t *testing.T) {
	seen := make(map[*analysis.Analyzer]bool)
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, r := range a.Requires {
			visit(r)
		}
		for _, f := range a.FactTypes {
			typ := reflect.TypeOf(f).Elem()
			t.Run(a.Name+"/"+typ.Name(), func(t *testing.T) {
				require.NoError(t, exportedOnly(typ, typ.Name()))
				v := reflect.New(typ)
				fill(v.Elem(), 1)
				var buf bytes.Buffer
				require.NoError(t, gob.NewEncoder(&buf).Encode(v.Interface()))
				got := reflect.New(typ)
				require.NoError(t, gob.NewDecoder(&buf).Decode(got.Interface()))
				assert.Equal(t, v.Interface(), got.Interface())
				assert.Less(t, buf.Len(), 4096, "a fact this size slows every package that imports this one")
			})
		}
	}
	for _, a := range analyzers.Analyzers() {
		visit(a)
	}
	assert.NotEmpty(t, seen)
}

// exportedOnly returns an error naming the first unexported struct field
// reachable in typ.
func exportedOnly(typ reflect.Type, path string) error {
	switch typ.Kind() {
	case reflect.Struct:
		for i := range typ.NumField() {
			f := typ.Field(i)
			if !f.IsExported() {
				return fmt.Errorf("%s.%s is unexported: gob drops it", path, f.Name)
			}
			if err := exportedOnly(f.Type, path+"."+f.Name); err != nil {
				return err
			}
		}
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return exportedOnly(typ.Elem(), path+"[]")
	case reflect.Map:
		if err := exportedOnly(typ.Key(), path+"[key]"); err != nil {
			return err
		}
		return exportedOnly(typ.Elem(), path+"[]")
	case reflect.Interface, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return fmt.Errorf("%s is a %s: facts hold plain data", path, typ.Kind())
	}
	return nil
}

// fill sets every field of v to a non-zero value derived from seed.
func fill(v reflect.Value, seed int) {
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			fill(v.Field(i), seed+i)
		}
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), seed)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		fill(v.Index(0), seed)
		fill(v.Index(1), seed+1)
	case reflect.Array:
		for i := range v.Len() {
			fill(v.Index(i), seed+i)
		}
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fill(k, seed)
		fill(e, seed)
		v.SetMapIndex(k, e)
	case reflect.String:
		v.SetString(fmt.Sprint("s", seed))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(seed%100 + 1))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(seed%100 + 1))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(float64(seed) + 0.5)
	}
}

// TestNogoDocListsEveryCheck keeps the nogo target of docs/nogo.md in step
// with the suite.
func TestNogoDocListsEveryCheck(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "docs", "nogo.md"))
	require.NoError(t, err)
	listed := regexp.MustCompile(`"@com_github_fnlint_fnlint//analyzers/(\w+)"`).FindAllStringSubmatch(string(data), -1)
	var got []string
	for _, m := range listed {
		got = append(got, m[1])
	}
	var want []string
	for _, c := range analyzers.All() {
		want = append(want, c.Analyzer.Name)
	}
	assert.Equal(t, want, got, "the deps of the nogo target in docs/nogo.md")
}
