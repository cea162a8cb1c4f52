package handlersize

import (
	"bytes"
	"encoding/gob"
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// measureSrc measures the function f of src, leaving out the function
// literals whose body starts with a "//handler" comment.
func measureSrc(t *testing.T, src string) size {
	t.Helper()
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "x.go", "package x\n\n"+src, parser.ParseComments)
	require.NoError(t, err)
	var fd *ast.FuncDecl
	for _, d := range file.Decls {
		if d, ok := d.(*ast.FuncDecl); ok && d.Name.Name == "f" {
			fd = d
		}
	}
	require.NotNil(t, fd, "no func f")
	skip := make(map[*ast.FuncLit]bool)
	ast.Inspect(fd, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok {
			for _, c := range file.Comments {
				if c.Text() == "handler\n" && lit.Body.Pos() < c.Pos() && c.Pos() < lit.Body.End() {
					skip[lit] = true
				}
			}
		}
		return true
	})
	return measure(fset, fd.Body, skip)
}

func TestMeasure(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  string
		want size // statements, complexity, nesting, lines
	}{
		{"empty", `func f() {}`, size{0, 1, 0, 0}},
		{"one line", `func f() { return }`, size{1, 1, 0, 1}},
		{"straight line", `func f() {
	a := 1

	// A comment line does not count, nor does the blank line above.
	b := a + 1 // trailing comments do not matter
	_ = b
}`, size{3, 1, 0, 3}},
		{"if with init, else if, else", `func f(x int) int {
	if y := x * 2; y > 10 {
		return 1
	} else if x > 3 && x < 5 || x == 0 {
		return 2
	} else {
		return 3
	}
}`, size{5, 5, 1, 7}},
		{"nested loops", `func f(xs [][]int) (n int) {
	for i := 0; i < len(xs); i++ {
		for _, x := range xs[i] {
			if x > 0 {
				n += x
			}
		}
	}
	return n
}`, size{5, 4, 3, 8}},
		{"switch cases, default not counted", `func f(x int) string {
	switch x {
	case 1, 2:
		return "small"
	case 3:
		return "three"
	default:
		return "big"
	}
}`, size{4, 3, 1, 8}},
		{"type switch", `func f(v any) int {
	switch t := v.(type) {
	case int:
		return t
	case string:
		return len(t)
	}
	return 0
}`, size{4, 3, 1, 7}},
		{"select, default not counted", `func f(a, b chan int) int {
	select {
	case v := <-a:
		return v
	case b <- 1:
		return 0
	default:
		return -1
	}
}`, size{4, 3, 1, 8}},
		{"labels and blocks group statements", `func f(xs []int) {
outer:
	for _, x := range xs {
		{
			if x == 0 {
				break outer
			}
		}
	}
}`, size{3, 3, 2, 8}},
		{"closures count toward the function", `func f(xs []int) {
	sort(xs, func(i, j int) bool {
		if xs[i] == xs[j] {
			return i < j
		}
		return xs[i] < xs[j]
	})
	defer func() {
		recover()
	}()
}
func sort([]int, func(int, int) bool) {}`, size{6, 2, 1, 9}},
		{"handler literals are left out", `func f(mux interface{ HandleFunc(string, func()) }) {
	mux.HandleFunc("/", func() {
		//handler
		for i := 0; i < 3; i++ {
			if i > 1 {
				println(i)
			}
		}
	})
	println("done")
}`, size{2, 1, 0, 3}},
		{"raw strings count every line", "func f() string {\n\tq := `SELECT id\n\tFROM t\n\tWHERE x = $1`\n\treturn q\n}", size{2, 1, 0, 4}},
		{"nesting through closures", `func f(xs []int) {
	for range xs {
		go func() {
			if len(xs) > 0 {
				switch {
				case xs[0] > 1:
				}
			}
		}()
	}
}`, size{4, 4, 3, 9}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := measureSrc(t, tc.src)
			assert.Equal(t, tc.want, got, "statements, complexity, nesting, lines")
		})
	}
}

func TestSizeExceeds(t *testing.T) {
	limits := size{50, 15, 4, 0}
	assert.False(t, size{50, 15, 4, 1000}.exceeds(limits), "at the limit, and lines off")
	assert.True(t, size{51, 1, 0, 0}.exceeds(limits))
	assert.True(t, size{0, 0, 5, 0}.exceeds(limits))
}

func TestMinLimit(t *testing.T) {
	assert.Equal(t, 25, minLimit(50, 25))
	assert.Equal(t, 50, minLimit(50, 0))
	assert.Equal(t, 25, minLimit(-1, 25))
	assert.Equal(t, 0, minLimit(0, 0))
}

func TestSizeFactGob(t *testing.T) {
	in := &sizeFact{Size: size{56, 17, 6, 83}}
	var buf bytes.Buffer
	require.NoError(t, gob.NewEncoder(&buf).Encode(in))
	out := new(sizeFact)
	require.NoError(t, gob.NewDecoder(&buf).Decode(out))
	assert.Equal(t, in, out)
	assert.Equal(t, "size(statements=56 complexity=17 nesting=6 lines=83)", out.String())
}
