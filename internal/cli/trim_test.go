package cli

import (
	"context"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/packages"
)

const trimSrc = `package p

import (
	"fmt"
	"strings"
)

func init() { fmt.Println("init") }

func Upper(s string) string { return strings.ToUpper(s) }

func Map[T any](xs []T, f func(T) T) []T {
	for i := range xs {
		xs[i] = f(xs[i])
	}
	return xs
}

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T { return b.v }

type S struct{}

func (S) String() string { return fmt.Sprint("s") }

var F = func() int { return len(strings.Fields("a b")) }
`

// TestTrimBodies checks what trimBodies keeps: nothing of plain functions
// and methods, an empty body for init, generic bodies whole, function
// literals in package-level initialisers whole; and that the trimmed file
// type-checks with only the unused import errors that fixErrors removes.
func TestTrimBodies(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", trimSrc, parser.SkipObjectResolution)
	require.NoError(t, err)
	trimBodies(f)
	bodies := make(map[string]*ast.BlockStmt)
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			bodies[fd.Name.Name] = fd.Body
		}
	}
	assert.Nil(t, bodies["Upper"])
	assert.Nil(t, bodies["String"])
	require.NotNil(t, bodies["init"])
	assert.Empty(t, bodies["init"].List)
	assert.NotNil(t, bodies["Map"])
	assert.NotNil(t, bodies["Get"])

	var errs []string
	conf := types.Config{Importer: importer.Default(), Error: func(err error) { errs = append(errs, err.(types.Error).Msg) }}
	pkg, _ := conf.Check("p", fset, []*ast.File{f}, nil)
	for _, e := range errs {
		assert.Regexp(t, unusedImportRE, e)
	}
	require.NotNil(t, pkg.Scope().Lookup("Upper"))
	assert.Equal(t, "func(s string) string", pkg.Scope().Lookup("Upper").Type().String())
}

// TestLoadTrimsDependenciesOnly loads a package of a new module: its
// own files keep their bodies, those of the standard library lose them,
// and no package has errors.
func TestLoadTrimsDependenciesOnly(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/m\n\ngo 1.26\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "web.go"), []byte(`package web

import "net/http"

func Hello(w http.ResponseWriter, r *http.Request) { http.Error(w, r.URL.Path, http.StatusTeapot) }
`), 0o644))
	pkgs, err := Load(context.Background(), dir, false, "", ".")
	require.NoError(t, err)
	require.Len(t, pkgs, 1)
	assert.Positive(t, countBodies(pkgs[0]), "the root keeps its bodies")
	std := 0
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		assert.Empty(t, p.Errors, p.ID)
		assert.False(t, p.IllTyped, p.ID)
		if p.PkgPath == "net/http" {
			std++
			assert.Zero(t, countBodies(p), "net/http is loaded without bodies")
		}
	})
	assert.Equal(t, 1, std, "net/http is a dependency")
}

// TestLoadRootInTrimmedTree names a standard library package from the
// fixture module: Load must give it its bodies.
func TestLoadRootInTrimmedTree(t *testing.T) {
	pkgs, err := Load(context.Background(), fixture(t), false, "", "strings")
	require.NoError(t, err)
	require.Len(t, pkgs, 1)
	assert.Positive(t, countBodies(pkgs[0]))
	assert.Empty(t, pkgs[0].Errors)
}

// TestNoTrimInsideTheTree runs from inside GOROOT/src: the standard
// library's packages are the ones analysed, so nothing of it is trimmed.
func TestNoTrimInsideTheTree(t *testing.T) {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	require.NoError(t, err)
	src := filepath.Join(strings.TrimSpace(string(out)), "src")
	outside := newTrimmer(context.Background(), t.TempDir())
	require.NotNil(t, outside)
	assert.True(t, outside.under(filepath.Join(src, "fmt", "print.go")))
	inside := newTrimmer(context.Background(), filepath.Join(src, "strings"))
	if inside != nil {
		assert.False(t, inside.under(filepath.Join(src, "fmt", "print.go")))
	}
}

// countBodies returns the number of function declarations of p with a
// body that trimming would drop (not init, not generic).
func countBodies(p *packages.Package) int {
	n := 0
	for _, f := range p.Syntax {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && !isGeneric(fd) && fd.Name.Name != "init" {
				n++
			}
		}
	}
	return n
}
