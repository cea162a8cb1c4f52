package ssax_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"

	"github.com/fnlint/fnlint/internal/ssax"
)

const src = `package p

import "fmt"

func f(xs []any) {
	fmt.Println("a", 1, nil)
	fmt.Println(xs...)
}
`

func TestVarArgs(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, _, err := ssautil.BuildPackage(&types.Config{Importer: importer.Default()}, fset,
		types.NewPackage("p", ""), []*ast.File{f}, ssa.SanityCheckFunctions)
	if err != nil {
		t.Fatal(err)
	}
	var calls []*ssa.Call
	for _, b := range pkg.Func("f").Blocks {
		for _, instr := range b.Instrs {
			if c, ok := instr.(*ssa.Call); ok {
				calls = append(calls, c)
			}
		}
	}
	if len(calls) != 2 {
		t.Fatalf("%d calls, want 2", len(calls))
	}
	args := ssax.VarArgs(calls[0].Call.Args[0])
	if len(args) != 3 {
		t.Fatalf("VarArgs = %v, want 3 values", args)
	}
	if s := args[0].(*ssa.MakeInterface).X.String(); s != `"a":string` {
		t.Errorf("first value %s, want \"a\"", s)
	}
	if ssax.VarArg(calls[0].Call.Args[0], 3) != nil || ssax.VarArg(calls[0].Call.Args[0], 1) == nil {
		t.Error("VarArg out of range or missing")
	}
	if got := ssax.VarArgs(calls[1].Call.Args[0]); got != nil {
		t.Errorf("VarArgs(xs...) = %v, want nil", got)
	}
}
