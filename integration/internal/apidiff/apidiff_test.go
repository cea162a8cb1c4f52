package apidiff

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// check type-checks src as the package example.com/p.
func check(t *testing.T, src string) *types.Package {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", "package p\n"+src, 0)
	require.NoError(t, err)
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	pkg, err := conf.Check("example.com/p", fset, []*ast.File{f}, nil)
	require.NoError(t, err)
	return pkg
}

func objects(ms []Mismatch) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Object)
	}
	return out
}

func TestCompare(t *testing.T) {
	const real = `
import "time"

type Handler interface { Invoke(ctx any, payload []byte) ([]byte, error) }
type Option func(*options)
type options struct{ n int }
type Event struct {
	ID      string            ` + "`json:\"id\"`" + `
	Headers map[string]string ` + "`json:\"headers\"`" + `
	Body    []byte
	Time    time.Time
	private int
}
type Plain struct{ A, B string }
type Mode string
const ModeA Mode = "a"
const Limit = 10
type Claims map[string]any
func (c Claims) Issuer() (string, error) { return "", nil }
func (c *Claims) Set(k string, v any) {}
func Start(handler any, options ...Option) {}
func Collect[T any](rows []T, fn func(T) (T, error)) ([]T, error) { return nil, nil }
type Key interface{ ~string | []uint8 }
type Alias = Event
var ErrX error
`
	tests := []struct {
		name    string
		stub    string
		partial map[string]string
		want    []string // objects reported
	}{
		{
			name: "identical subset",
			stub: `
import "time"
type Handler interface { Invoke(c any, p []byte) (out []byte, err error) }
type Option func(*options)
type options struct{ anything bool }
type Event struct {
	ID      string            ` + "`json:\"id\"`" + `
	Headers map[string]string ` + "`json:\"headers\"`" + `
	Body    []byte
	Time    time.Time
	x int
}
type Mode string
const ModeA Mode = "a"
type Claims map[string]any
func (c Claims) Issuer() (string, error) { return "", nil }
func Start(h interface{}, opts ...Option) {}
func Collect[U any](rows []U, fn func(U) (U, error)) ([]U, error) { return nil, nil }
type Key interface{ ~string | []byte }
type Alias = Event
var ErrX error
`,
		},
		{
			name: "field type tag order and missing",
			stub: `
type Event struct {
	Headers map[string]string ` + "`json:\"Headers\"`" + `
	ID      int               ` + "`json:\"id\"`" + `
	Body    []byte
	Extra   bool
	x       int
}
type Plain struct{ A, B string; hidden int }
`,
			want: []string{"Event.Extra", "Event.Headers", "Event.ID", "Event.ID", "Event.Time", "Plain"},
		},
		{
			name: "signatures, receivers, values, kinds",
			stub: `
type Mode string
const ModeA Mode = "b"
const Limit = 10.0
type Claims map[string]any
func (c *Claims) Issuer() (string, error) { return "", nil }
func (c *Claims) Set(k string, v string) {}
func (c Claims) Bogus() {}
func Start(handler any, options []Option) {}
type Option func(options)
type options struct{}
var Collect = 1
func Missing() {}
type Alias = Plain
type Plain struct{ A, B string }
`,
			want: []string{"(*Claims).Issuer", "(*Claims).Set", "Alias", "Claims.Bogus", "Collect", "Limit", "Missing", "ModeA", "Option", "Start"},
		},
		{
			name: "interfaces and constraints",
			stub: `
type Handler interface { Invoke(ctx any, payload []byte) []byte }
type Key interface{ string | []uint8 }
`,
			want: []string{"Handler", "Key"},
		},
		{
			name: "partial types",
			stub: `
type Handler interface{}
type Event struct {
	Body []byte
	x int
}
type Plain struct{ A, B string }
`,
			partial: map[string]string{"Handler": "fewer methods", "Event": "fewer fields", "Plain": "not needed", "Gone": "not declared"},
			want:    []string{"Gone", "Plain"},
		},
		{
			name: "partial types still check what they declare",
			stub: `
type Event struct {
	Body string
	Time int
}
`,
			partial: map[string]string{"Event": "fewer fields"},
			want:    []string{"Event.Body", "Event.Time"},
		},
	}
	realPkg := check(t, real)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compare(check(t, tt.stub), realPkg, tt.partial)
			assert.Equal(t, tt.want, objects(got), "%v", got)
		})
	}
}

func TestTypeString(t *testing.T) {
	pkg := check(t, `
type T[K comparable, V any] struct{ m map[K]V }
func F(a, b int, rest ...byte) (n rune, err error) { return }
func G[E ~[]S, S any](s E, f func(S) bool) <-chan S { return nil }
var V struct{ A string `+"`x:\"y\"`"+`; T[string, int] }
`)
	for name, want := range map[string]string{
		"T": "example.com/p.T",
		"F": "func(int, int, ...uint8) (int32, error)",
		"G": "func[P0 interface{~[]P1}, P1 interface{}](P0, func(P1) (bool)) (<-chan P1)",
		"V": `struct{A string "x:\"y\""; embedded example.com/p.T[string, int]}`,
	} {
		assert.Equal(t, want, TypeString(pkg.Scope().Lookup(name).Type()), name)
	}
}
