package envsecret

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/checkdoc"
	"github.com/fnlint/fnlint/internal/secret"
	"github.com/fnlint/fnlint/passes/handlers"
)

//go:embed doc.go
var doc string

// Analyzer reports hard-coded credentials and environment secrets used
// without a check that they are set.
var Analyzer = &analysis.Analyzer{
	Name:      "envsecret",
	Doc:       checkdoc.MustExtract(doc, "envsecret"),
	URL:       "https://github.com/fnlint/fnlint/blob/main/docs/checks/envsecret.md",
	Requires:  []*analysis.Analyzer{handlers.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(sinkParamsFact), new(envFact)},
}

// FlagTests is the name of the flag that turns the check on in _test.go
// files: -envsecret.tests on the command line.
const FlagTests = "tests"

// tests is bound to FlagTests: check test files too.
var tests bool

func init() {
	Analyzer.Flags.BoolVar(&tests, FlagTests, false,
		"also check _test.go files, whose fixtures and placeholders are usually not credentials")
}

// Categories of the findings.
const (
	CategorySink      = "hardcoded-credential" // a constant reaches a credential sink
	CategoryName      = "secret-literal"       // a literal assigned to a secret-named variable or field
	CategoryFormat    = "key-format"           // a literal in a well-known credential format
	CategoryUnchecked = "unchecked-env"        // an environment key used with no check that it is set
)

const remedy = "read it from the environment or a secret manager"

// A ParamSink is a parameter of a function that reaches a credential sink.
type ParamSink struct {
	Index int // in the function's parameters, receiver first for methods
	Kind  uint8
	What  string
}

// sinkParamsFact marks a function whose parameters reach credential
// sinks, so that callers in other packages check what they pass.
type sinkParamsFact struct {
	Params []ParamSink
}

func (*sinkParamsFact) AFact() {}

func (f *sinkParamsFact) String() string {
	var s []string
	for _, p := range f.Params {
		s = append(s, fmt.Sprintf("%d:%s", p.Index, p.What))
	}
	return "sinkParams(" + strings.Join(s, ", ") + ")"
}

// envFact marks a function that returns a value read from the
// environment, and whether it checks that the value is set.
type envFact struct {
	Name      string // the variable, when constant
	NameParam int    // 1 + the index of the parameter naming the variable, or 0
	Checked   bool
}

func (*envFact) AFact() {}

func (f *envFact) String() string {
	name := f.Name
	if f.NameParam > 0 {
		name = fmt.Sprintf("param %d", f.NameParam-1)
	}
	return fmt.Sprintf("env(%s checked=%t)", name, f.Checked)
}

// checker holds the state of one run.
type checker struct {
	pass       *analysis.Pass
	res        *handlers.Result
	tr         *tracer
	calls      map[token.Pos]*ast.CallExpr
	kvs        map[token.Pos]*ast.KeyValueExpr // by Colon
	params     map[*ssa.Function][]ParamSink
	covered    map[token.Pos]bool    // literals reported at a sink
	coveredObj map[types.Object]bool // constants and variables reported at a sink
	reported   map[token.Pos]bool
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	if res.Package() == nil {
		return nil, nil // the standard library or a dependency: not the user's code
	}
	c := &checker{
		pass: pass, res: res,
		calls:      make(map[token.Pos]*ast.CallExpr),
		kvs:        make(map[token.Pos]*ast.KeyValueExpr),
		params:     make(map[*ssa.Function][]ParamSink),
		covered:    make(map[token.Pos]bool),
		coveredObj: make(map[types.Object]bool),
		reported:   make(map[token.Pos]bool),
	}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				c.calls[n.Lparen] = n
			case *ast.KeyValueExpr:
				c.kvs[n.Colon] = n
			}
			return true
		})
	}
	c.tr = newTracer(c)
	c.summarize()
	c.exportFacts()
	for _, fn := range res.Funcs() {
		if !c.skipFile(fn.Pos()) {
			c.checkFunc(fn)
		}
	}
	c.checkLiterals()
	return nil, nil
}

// skipFile reports whether pos is in a test file and test files are not
// checked.
func (c *checker) skipFile(pos token.Pos) bool {
	return !tests && pos.IsValid() && strings.HasSuffix(c.pass.Fset.File(pos).Name(), "_test.go")
}

// A site is a value reaching a credential sink.
type site struct {
	at   ssa.Instruction // the call or store
	pos  token.Pos       // where to report
	val  ssa.Value
	sink sink
	// header is the header name or variable name for headerSink and
	// setenvSink; recv the Header of a headerSink.
	name string
	recv ssa.Value
	// keyfunc is set for a key returned by a JWT key function.
	keyfunc bool
}

// sites returns the values reaching credential sinks in fn.
func (c *checker) sites(fn *ssa.Function) []site {
	var out []site
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.Store:
				if fa, ok := instr.Addr.(*ssa.FieldAddr); ok {
					if s, ok := fieldSink(fa); ok {
						pos := instr.Pos()
						if kv := c.kvs[pos]; kv != nil {
							pos = kv.Value.Pos()
						}
						out = append(out, site{at: instr, pos: pos, val: instr.Val, sink: s})
					}
				}
			case ssa.CallInstruction:
				out = append(out, c.callSites(instr)...)
			}
		}
	}
	return out
}

func (c *checker) callSites(instr ssa.CallInstruction) []site {
	common := instr.Common()
	call := secret.Resolve(c.res, common)
	var out []site
	for _, s := range sinks[call.Name()] {
		v := call.Arg(s.arg)
		if v == nil {
			continue
		}
		st := site{at: instr, pos: c.argPos(common.Pos(), s.arg, common.Pos()), val: v, sink: s, recv: call.Recv}
		if s.kind == headerSink || s.kind == setenvSink {
			st.name = secret.StringConst(call.Arg(0))
		}
		out = append(out, st)
	}
	if i, ok := keyfuncs[call.Name()]; ok && call.Arg(i) != nil {
		for _, kf := range funcValues(call.Arg(i)) {
			for _, b := range kf.Blocks {
				if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) > 0 {
					out = append(out, site{at: ret, pos: c.argPos(common.Pos(), i, common.Pos()), val: ret.Results[0],
						sink: sink{i, keySink, "JWT verification key"}, keyfunc: true})
				}
			}
		}
	}
	callee := handlers.Canonical(common.StaticCallee())
	if callee == nil || common.IsInvoke() {
		return out
	}
	params := c.params[callee]
	if callee.Pkg != c.res.Package() {
		var f sinkParamsFact
		if obj := c.res.Object(callee); obj != nil && c.pass.ImportObjectFact(obj.Origin(), &f) {
			params = f.Params
		}
	}
	recv := 0
	if callee.Signature.Recv() != nil {
		recv = 1
	}
	for _, p := range params {
		if p.Index < len(common.Args) {
			out = append(out, site{at: instr, pos: c.argPos(common.Pos(), p.Index-recv, common.Pos()),
				val: common.Args[p.Index], sink: sink{p.Index, sinkKind(p.Kind), p.What}})
		}
	}
	return out
}

// funcValues returns the functions a function value may be: a function,
// a closure, a bound method.
func funcValues(v ssa.Value) []*ssa.Function {
	switch v := v.(type) {
	case *ssa.Function:
		if c := handlers.Canonical(v); c != nil {
			return []*ssa.Function{c}
		}
		return []*ssa.Function{v}
	case *ssa.MakeClosure:
		if fn, ok := v.Fn.(*ssa.Function); ok {
			if c := handlers.Canonical(fn); c != nil {
				return []*ssa.Function{c}
			}
			return []*ssa.Function{fn}
		}
	case *ssa.ChangeType:
		return funcValues(v.X)
	case *ssa.MakeInterface:
		return funcValues(v.X)
	}
	return nil
}

// argPos returns the position of argument i of the call whose Lparen is
// lparen, or def.
func (c *checker) argPos(lparen token.Pos, i int, def token.Pos) token.Pos {
	if call := c.calls[lparen]; call != nil && i >= 0 && i < len(call.Args) {
		return call.Args[i].Pos()
	}
	return def
}

// summarize finds, for every function of the package, the parameters
// that reach credential sinks, directly or through helpers of the package.
func (c *checker) summarize() {
	for changed := true; changed; {
		changed = false
		for _, fn := range c.res.Funcs() {
			for _, s := range c.sites(fn) {
				for _, l := range c.tr.leaves(s.val) {
					if l.kind == paramLeaf && !l.partial && c.addParam(l.fn, ParamSink{l.param, uint8(s.sink.kind), s.sink.what}) {
						changed = true
					}
				}
			}
		}
	}
}

func (c *checker) addParam(fn *ssa.Function, p ParamSink) bool {
	for _, q := range c.params[fn] {
		if q.Index == p.Index {
			return false
		}
	}
	c.params[fn] = append(c.params[fn], p)
	return true
}

// exportFacts exports the sink parameters and environment reads of the
// declared functions of the package.
func (c *checker) exportFacts() {
	if c.pass.Pkg.Name() == "main" {
		return // nothing imports a main package
	}
	for _, fn := range c.res.Funcs() {
		obj := c.res.Object(fn)
		if obj == nil || obj.Pkg() != c.pass.Pkg {
			continue
		}
		if ps := c.params[fn]; len(ps) > 0 {
			sort.Slice(ps, func(i, j int) bool { return ps[i].Index < ps[j].Index })
			c.pass.ExportObjectFact(obj, &sinkParamsFact{Params: ps})
		}
		if f, ok := c.returnsEnv(fn); ok {
			c.pass.ExportObjectFact(obj, f)
		}
	}
}

// returnsEnv reports whether the first result of fn is a string read from
// the environment, and whether fn checks it is set before returning it.
func (c *checker) returnsEnv(fn *ssa.Function) (*envFact, bool) {
	res := fn.Signature.Results()
	if res.Len() == 0 || !types.Identical(res.At(0).Type().Underlying(), types.Typ[types.String]) {
		return nil, false
	}
	var f *envFact
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for _, l := range c.tr.leaves(ret.Results[0]) {
			if l.kind != envLeaf {
				continue
			}
			checked := c.tr.checked(l.env, ret)
			if f == nil {
				f = &envFact{Name: l.env.name, NameParam: l.env.nameParam + 1, Checked: checked}
			}
			f.Checked = f.Checked && checked
		}
	}
	return f, f != nil
}

// checkFunc reports the constants and unchecked environment values that
// reach credential sinks in fn.
func (c *checker) checkFunc(fn *ssa.Function) {
	for _, s := range c.sites(fn) {
		if c.reported[s.pos] {
			continue
		}
		leaves := c.tr.leaves(s.val)
		if c.reportConst(s, leaves) {
			continue
		}
		if s.sink.kind != keySink {
			continue
		}
		for _, l := range leaves {
			if l.kind == envLeaf && !c.tr.checked(l.env, s.at) {
				c.reportUnchecked(s, l.env)
				break
			}
		}
	}
}
