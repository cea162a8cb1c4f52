//go:build fixcompile

package fixcompile_test

import (
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/fix"
)

// printlnCheck returns an analyzer that reports every call of the builtin
// println with a fix that replaces the call by what replace makes of the
// source of its first argument.
func printlnCheck(replace func(arg string) string) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "printlncheck",
		Doc:      "report println calls",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
			for n := range ins.PreorderSeq((*ast.CallExpr)(nil)) {
				call := n.(*ast.CallExpr)
				if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "println" || len(call.Args) == 0 {
					continue
				}
				arg := types.ExprString(call.Args[0])
				pass.Report(analysis.Diagnostic{
					Pos:     call.Pos(),
					Message: "println call of " + arg,
					SuggestedFixes: []analysis.SuggestedFix{{
						Message:   "Replace println",
						TextEdits: []analysis.TextEdit{{Pos: call.Pos(), End: call.End(), NewText: []byte(replace(arg))}},
					}},
				})
			}
			return nil, nil
		},
	}
}

// selftestFixture writes a module of one package with two println calls
// and a test file.
func selftestFixture(t *testing.T) fixture {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"go.mod":          "module example.com/selftest\n\ngo 1.26\n",
		"app/app.go":      "package app\n\nfunc Hello(n int) int {\n\tprintln(\"hello\")\n\tprintln(\"again\")\n\treturn n\n}\n",
		"app/app_test.go": "package app\n\nimport \"testing\"\n\nfunc TestHello(t *testing.T) {\n\tif Hello(1) != 1 {\n\t\tt.Fatal(\"bad\")\n\t}\n}\n",
	}
	for name, text := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	}
	return fixture{check: "printlncheck", dir: dir}
}

// applyAll applies every fix the analyzer suggests on the self-test
// fixture, as testFixture does for a check.
func applyAll(t *testing.T, a *analysis.Analyzer) (*baseline, outcome) {
	t.Helper()
	b := newBaseline(t, selftestFixture(t), []*analysis.Analyzer{a})
	require.Len(t, b.findings, 2)
	v := &variant{name: a.Name, checks: map[string]bool{a.Name: true}}
	for _, f := range b.findings {
		require.Len(t, f.fixes, 1)
		v.fixes, v.owners = append(v.fixes, f.fixes[0]), append(v.owners, f)
	}
	return b, b.apply(t, v)
}

// TestHarness checks that the harness fails the fixes it must fail.
func TestHarness(t *testing.T) {
	t.Run("good", func(t *testing.T) {
		_, o := applyAll(t, printlnCheck(func(arg string) string { return "print(" + arg + ")" }))
		assert.Equal(t, 2, o.applied)
		assert.Empty(t, o.problems)
	})
	t.Run("does not compile", func(t *testing.T) {
		_, o := applyAll(t, printlnCheck(func(string) string { return "undefinedFunc()" }))
		joined := strings.Join(o.problems, "\n")
		assert.Contains(t, joined, "does not build")
		assert.Contains(t, joined, "undefined: undefinedFunc")
		assert.Contains(t, joined, "does not type-check")
	})
	t.Run("finding not gone", func(t *testing.T) {
		_, o := applyAll(t, printlnCheck(func(arg string) string { return "println(" + arg + ")" }))
		require.Len(t, o.problems, 1)
		assert.Contains(t, o.problems[0], "findings fixed but still reported")
	})
	t.Run("finding brought in", func(t *testing.T) {
		_, o := applyAll(t, printlnCheck(func(string) string { return `println("other")` }))
		require.Len(t, o.problems, 1)
		assert.Contains(t, o.problems[0], "findings that the fixes brought in")
	})
	t.Run("does not parse", func(t *testing.T) {
		b, o := applyAll(t, printlnCheck(func(string) string { return "print(" }))
		require.Len(t, o.problems, 1)
		assert.Contains(t, o.problems[0], "merge fixes")
		read := func(name string) ([]byte, error) { return os.ReadFile(filepath.Join(b.orig.root, name)) }
		_, problem := checkAlone(b.findings[0].fixes[0], read)
		assert.ErrorContains(t, problem, "does not parse")
	})
	t.Run("misindented alone", func(t *testing.T) {
		b, o := applyAll(t, printlnCheck(func(arg string) string { return "if true {\nprint(" + arg + ")\n}" }))
		assert.Empty(t, o.problems, "fnlint -fix formats files that were gofmt-clean")
		read := func(name string) ([]byte, error) { return os.ReadFile(filepath.Join(b.orig.root, name)) }
		_, problem := checkAlone(b.findings[0].fixes[0], read)
		assert.ErrorContains(t, problem, "laid out unlike gofmt at line 5")
	})
	t.Run("unformatted alone", func(t *testing.T) {
		b, o := applyAll(t, printlnCheck(func(arg string) string { return "print( " + arg + " )" }))
		assert.Empty(t, o.problems, "fnlint -fix formats files that were gofmt-clean")
		read := func(name string) ([]byte, error) { return os.ReadFile(filepath.Join(b.orig.root, name)) }
		unformatted, problem := checkAlone(b.findings[0].fixes[0], read)
		assert.NoError(t, problem)
		assert.Equal(t, []string{"app/app.go"}, unformatted)
	})
}

func TestRemaining(t *testing.T) {
	a := &finding{check: "c", file: "f.go", message: "m1"}
	b := &finding{check: "c", file: "f.go", message: "m1"}
	other := &finding{check: "c", file: "f.go", message: "m2"}
	before := []*finding{a, b, other}
	checks, files := map[string]bool{"c": true}, map[string]bool{"f.go": true}
	fixedA := map[*finding]bool{a: true}

	notGone, appeared := remaining(before, []*finding{b, other}, fixedA, checks, files)
	assert.Empty(t, notGone)
	assert.Empty(t, appeared)

	notGone, _ = remaining(before, []*finding{a, b, other}, fixedA, checks, files)
	assert.Len(t, notGone, 1, "two m1 findings after, one m1 fixed")

	// other's message changed under a fix of another finding: matched by
	// check and file.
	renamed := &finding{check: "c", file: "f.go", message: "m2 renamed"}
	notGone, appeared = remaining(before, []*finding{b, renamed}, fixedA, checks, files)
	assert.Empty(t, notGone)
	assert.Empty(t, appeared)

	_, appeared = remaining(before, []*finding{b, other, renamed}, fixedA, checks, files)
	assert.Len(t, appeared, 1)

	// Other checks and other files are not compared.
	_, appeared = remaining(before, []*finding{b, other, {check: "d", file: "f.go"}, {check: "c", file: "g.go"}}, fixedA, checks, files)
	assert.Empty(t, appeared)
}

func TestSameLayout(t *testing.T) {
	_, ok := sameLayout([]byte("\tx := a + b // c\n"), []byte("\tx := a+b    // c\n"))
	assert.True(t, ok)
	line, ok := sameLayout([]byte("{\nx\n}\n"), []byte("{\n\tx\n}\n"))
	assert.False(t, ok)
	assert.Equal(t, 2, line)
	_, ok = sameLayout([]byte("a; b\n"), []byte("a\nb\n"))
	assert.False(t, ok)
}

func TestAdded(t *testing.T) {
	assert.Empty(t, added([]string{"x", "y"}, []string{"y", "x"}))
	assert.Equal(t, []string{"x"}, added([]string{"x"}, []string{"x", "x"}))
	assert.Equal(t, []string{"z"}, added(nil, []string{"z"}))
}

func TestAbsReplaces(t *testing.T) {
	top := t.TempDir()
	gomod := filepath.Join(top, "go.mod")
	data := []byte("module m\n\ngo 1.26\n\nreplace (\n\texample.com/in => ./third/in\n\texample.com/out => ../stubs/out\n\texample.com/mod => example.com/other v1.0.0\n)\n")
	out, err := absReplaces(gomod, data, top)
	require.NoError(t, err)
	s := string(out)
	assert.Contains(t, s, "example.com/in => ./third/in")
	assert.Contains(t, s, "example.com/out => "+filepath.Join(filepath.Dir(top), "stubs", "out"))
	assert.Contains(t, s, "example.com/mod => example.com/other v1.0.0")
}

func TestPackageDirs(t *testing.T) {
	c := &copyOf{root: "/tmp/x"}
	plan := &fix.Plan{Files: []fix.File{{Name: "/tmp/x/a/a.go"}, {Name: "/tmp/x/a/b.go"}, {Name: "/tmp/x/main.go"}, {Name: "/elsewhere/c.go"}}}
	assert.Equal(t, []string{"./.", "./a"}, c.packageDirs(plan))
}
