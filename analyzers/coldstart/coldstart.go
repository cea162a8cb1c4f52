package coldstart

import (
	_ "embed"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/checkdoc"
	"github.com/fnlint/fnlint/internal/lazyinit"
	"github.com/fnlint/fnlint/internal/reach"
	"github.com/fnlint/fnlint/passes/handlers"
)

//go:embed doc.go
var doc string

// Analyzer reports work that is the same on every invocation done in
// invocation scope.
var Analyzer = &analysis.Analyzer{
	Name:      "coldstart",
	Doc:       checkdoc.MustExtract(doc, "coldstart"),
	URL:       "https://github.com/fnlint/fnlint/blob/main/docs/checks/coldstart.md",
	Requires:  []*analysis.Analyzer{handlers.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(constFact)},
}

// Categories of the findings, one per kind of repeated work.
const (
	CategoryRegexp   = "regexp"
	CategoryTemplate = "template"
	CategoryFile     = "file"
	CategoryKey      = "key"
	CategoryReplacer = "replacer"
	CategoryLocation = "location"
)

// constFact marks a function that, itself or through the calls it names,
// does work that is the same on every call.
type constFact struct{ reach.Chain }

func (*constFact) AFact() {}

func (f *constFact) String() string {
	s := "constant " + f.What
	if len(f.Calls) > 0 {
		s += " via " + strings.Join(f.Calls, " → ")
	}
	return s
}

// A kind is a kind of repeated work: how it is reported and what to do.
type kind struct {
	category string
	object   string // what is constant: "a constant", "a constant path"
	remedy   string
}

var (
	regexpKind   = &kind{CategoryRegexp, "a constant", "compile it once in a package-level variable"}
	matchKind    = &kind{CategoryRegexp, "a constant", "compile the pattern once in a package-level variable"}
	templateKind = &kind{CategoryTemplate, "constant text", "parse it once in a package-level variable"}
	filesKind    = &kind{CategoryTemplate, "constant files", "parse them once at init or embed them with go:embed"}
	fileKind     = &kind{CategoryFile, "a constant path", "read it once at init or embed it with go:embed"}
	keyKind      = &kind{CategoryKey, "constant data", "parse it once at init"}
	replacerKind = &kind{CategoryReplacer, "constants", "build it once in a package-level variable"}
	locationKind = &kind{CategoryLocation, "a constant name", "load it once in a package-level variable"}
)

// A rule describes a function whose call with constant arguments is the
// same work every time: which arguments (indexes into CallCommon.Args,
// the receiver first for methods) must be constant.
type rule struct {
	kind *kind
	args []int // arguments that must be constant; a variadic slice must hold constants
	path bool  // the first constant argument is a file path
}

// rules are keyed by the types.Func.FullName of the callee.
var rules = map[string]rule{
	"regexp.MustCompile":      {regexpKind, []int{0}, false},
	"regexp.MustCompilePOSIX": {regexpKind, []int{0}, false},
	"regexp.Compile":          {regexpKind, []int{0}, false},
	"regexp.CompilePOSIX":     {regexpKind, []int{0}, false},
	"regexp.MatchString":      {matchKind, []int{0}, false},
	"regexp.Match":            {matchKind, []int{0}, false},
	"regexp.MatchReader":      {matchKind, []int{0}, false},

	"(*text/template.Template).Parse":      {templateKind, []int{1}, false},
	"(*html/template.Template).Parse":      {templateKind, []int{1}, false},
	"text/template.ParseFiles":             {filesKind, []int{0}, false},
	"html/template.ParseFiles":             {filesKind, []int{0}, false},
	"text/template.ParseGlob":              {filesKind, []int{0}, false},
	"html/template.ParseGlob":              {filesKind, []int{0}, false},
	"(*text/template.Template).ParseFiles": {filesKind, []int{1}, false},
	"(*html/template.Template).ParseFiles": {filesKind, []int{1}, false},
	"(*text/template.Template).ParseGlob":  {filesKind, []int{1}, false},
	"(*html/template.Template).ParseGlob":  {filesKind, []int{1}, false},
	"text/template.ParseFS":                {filesKind, []int{1}, false},
	"html/template.ParseFS":                {filesKind, []int{1}, false},
	"(*text/template.Template).ParseFS":    {filesKind, []int{2}, false},
	"(*html/template.Template).ParseFS":    {filesKind, []int{2}, false},

	"os.ReadFile":        {fileKind, []int{0}, true},
	"io/ioutil.ReadFile": {fileKind, []int{0}, true},

	"encoding/pem.Decode":                        {keyKind, []int{0}, false},
	"crypto/x509.ParseCertificate":               {keyKind, []int{0}, false},
	"crypto/x509.ParseCertificates":              {keyKind, []int{0}, false},
	"crypto/x509.ParsePKCS1PrivateKey":           {keyKind, []int{0}, false},
	"crypto/x509.ParsePKCS1PublicKey":            {keyKind, []int{0}, false},
	"crypto/x509.ParsePKCS8PrivateKey":           {keyKind, []int{0}, false},
	"crypto/x509.ParsePKIXPublicKey":             {keyKind, []int{0}, false},
	"crypto/x509.ParseECPrivateKey":              {keyKind, []int{0}, false},
	"(*crypto/x509.CertPool).AppendCertsFromPEM": {keyKind, []int{1}, false},
	"crypto/tls.X509KeyPair":                     {keyKind, []int{0, 1}, false},
	jwtPath + ".ParseRSAPrivateKeyFromPEM":       {keyKind, []int{0}, false},
	jwtPath + ".ParseRSAPublicKeyFromPEM":        {keyKind, []int{0}, false},
	jwtPath + ".ParseECPrivateKeyFromPEM":        {keyKind, []int{0}, false},
	jwtPath + ".ParseECPublicKeyFromPEM":         {keyKind, []int{0}, false},
	jwtPath + ".ParseEdPrivateKeyFromPEM":        {keyKind, []int{0}, false},
	jwtPath + ".ParseEdPublicKeyFromPEM":         {keyKind, []int{0}, false},

	"strings.NewReplacer": {replacerKind, []int{0}, false},
	"time.LoadLocation":   {locationKind, []int{0}, false},
}

const jwtPath = "github.com/golang-jwt/jwt/v5"

// volatileDirs hold files that change while an instance lives: reading
// them on every invocation is the point.
var volatileDirs = []string{"/tmp", "/proc", "/sys", "/dev", "/run", "/var/run", "/mnt"}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	if res.Package() == nil {
		return nil, nil // the standard library or a dependency: not the user's code
	}
	lazy := lazyinit.Calls(res.Funcs())
	match := func(call *ssa.CallCommon) (string, bool) {
		if lazy[call.Pos()] {
			return "", false
		}
		return matchCall(call)
	}
	fx := newFixer(pass)
	for _, f := range reach.Find(pass, res, match, func() reach.Fact { return new(constFact) }) {
		if lazyPath(lazy, f.Path) {
			continue
		}
		what := f.What
		k := kindOf(what)
		if k == nil {
			continue // a fact of another version of the check
		}
		d := analysis.Diagnostic{
			Pos:      f.Pos,
			Category: k.category,
			Message:  what + " of " + k.object + " runs on every invocation (" + f.Chain() + "); " + k.remedy,
			Related:  f.Related(),
		}
		if len(f.Via) == 0 {
			fx.fix(&d, what)
		}
		pass.Report(d)
	}
	return nil, nil
}

// lazyPath reports whether a call on the path from the handler is a lazy
// initialisation: what it leads to runs once.
func lazyPath(lazy map[token.Pos]bool, path []handlers.Step) bool {
	for _, s := range path {
		if lazy[s.Call] {
			return true
		}
	}
	return false
}

// kindOf returns the kind of the work named what, as facts name it.
func kindOf(what string) *kind {
	for name, r := range rules {
		if shortName(name) == what {
			return r.kind
		}
	}
	return nil
}

// matchCall reports whether call does constant work, and names it.
func matchCall(call *ssa.CallCommon) (string, bool) {
	fn, ok := call.Value.(*ssa.Function)
	if !ok || call.IsInvoke() {
		return "", false
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok {
		return "", false
	}
	r, ok := rules[obj.FullName()]
	if !ok {
		return "", false
	}
	for i, idx := range r.args {
		if idx >= len(call.Args) {
			return "", false
		}
		arg := call.Args[idx]
		if !isConst(arg) {
			return "", false
		}
		if i == 0 && r.path && volatile(arg) {
			return "", false
		}
	}
	if r.kind == locationKind && cheapLocation(call.Args[0]) {
		return "", false
	}
	return shortName(obj.FullName()), true
}

// cheapLocation reports whether time.LoadLocation of v returns without
// reading the time zone database: "", "UTC" and "Local".
func cheapLocation(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return false
	}
	switch constant.StringVal(c.Value) {
	case "", "UTC", "Local":
		return true
	}
	return false
}

// shortName is the name of a function for messages, from its full name:
// "regexp.MustCompile", "template.Template.Parse",
// "x509.CertPool.AppendCertsFromPEM", "jwt.ParseRSAPublicKeyFromPEM".
func shortName(fullName string) string {
	s := strings.NewReplacer("(", "", ")", "", "*", "").Replace(fullName)
	dir, base := path.Split(s)
	if v, rest, ok := strings.Cut(base, "."); ok && len(v) > 1 && v[0] == 'v' && strings.Trim(v[1:], "0123456789") == "" {
		base = path.Base(dir) + "." + rest // a major version suffix: github.com/golang-jwt/jwt/v5
	}
	return base
}

// isConst reports whether v is the same on every call: a constant, a
// conversion of one ([]byte("...")), or a variadic slice of them.
func isConst(v ssa.Value) bool {
	switch v := v.(type) {
	case *ssa.Const:
		return !v.IsNil()
	case *ssa.Convert:
		c, ok := v.X.(*ssa.Const)
		return ok && c.Value != nil
	case *ssa.Slice:
		return constElems(v)
	}
	return false
}

// constElems reports whether s slices a fresh array whose every element is
// stored a constant: the slice built for variadic arguments.
func constElems(s *ssa.Slice) bool {
	alloc, ok := s.X.(*ssa.Alloc)
	if !ok {
		return false
	}
	n := 0
	for _, ref := range *alloc.Referrers() {
		switch ref := ref.(type) {
		case *ssa.IndexAddr:
			for _, use := range *ref.Referrers() {
				st, ok := use.(*ssa.Store)
				if !ok || st.Addr != ref || !isConst(st.Val) {
					return false
				}
				n++
			}
		case *ssa.Slice:
			if ref != s {
				return false
			}
		default:
			if _, ok := ref.(*ssa.DebugRef); !ok {
				return false
			}
		}
	}
	return n > 0
}

// volatile reports whether the constant path v names a file that changes
// while an instance lives (/tmp, /proc, ...).
func volatile(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return false
	}
	p := path.Clean(constant.StringVal(c.Value))
	for _, dir := range volatileDirs {
		if p == dir || strings.HasPrefix(p, dir+"/") {
			return true
		}
	}
	return false
}

// enclosing returns the innermost call expression whose Lparen is at pos,
// and the path of nodes from it up to the file.
func enclosing(files []*ast.File, pos token.Pos) (*ast.CallExpr, []ast.Node) {
	for _, f := range files {
		if f.FileStart > pos || pos > f.FileEnd {
			continue
		}
		var stack, found []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if found != nil {
				return false
			}
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			if n.Pos() > pos || n.End() <= pos {
				return false
			}
			stack = append(stack, n)
			if call, ok := n.(*ast.CallExpr); ok && call.Lparen == pos {
				found = append([]ast.Node(nil), stack...)
			}
			return true
		})
		if found == nil {
			return nil, nil
		}
		for i, j := 0, len(found)-1; i < j; i, j = i+1, j-1 {
			found[i], found[j] = found[j], found[i]
		}
		return found[0].(*ast.CallExpr), found
	}
	return nil, nil
}
