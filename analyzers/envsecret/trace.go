package envsecret

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/secret"
	"github.com/fnlint/fnlint/internal/ssax"
	"github.com/fnlint/fnlint/passes/handlers"
)

// maxDepth bounds how many helper calls a trace goes into.
const maxDepth = 4

// leafKind is what a traced value comes from.
type leafKind uint8

const (
	constLeaf leafKind = iota + 1 // a string constant
	envLeaf                       // a value read from the environment
	paramLeaf                     // a parameter of the function traced
)

// A leaf is where a value reaching a sink comes from.
type leaf struct {
	kind    leafKind
	value   string        // constLeaf: the constant
	partial bool          // constLeaf: only part of the value (a concatenation)
	param   int           // paramLeaf: index in fn.Params
	fn      *ssa.Function // paramLeaf: the function of the parameter
	env     *envRead
}

// An envRead is a read of an environment variable.
type envRead struct {
	name string // the variable, when constant
	// nameParam is the parameter of fn that names the variable, or -1.
	nameParam int
	fn        *ssa.Function // where it is read; nil when known from a fact
	val       ssa.Value     // the value read (the Getenv call, or LookupEnv's first result)
	ok        ssa.Value     // LookupEnv's second result, if extracted
	via       string        // the helper of another package that reads it
	// checked is, for a read known from a fact, whether the helper checks it.
	checked bool
}

// tracer follows values backwards through SSA to their leaves.
type tracer struct {
	c       *checker
	seen    map[ssa.Value]bool
	storage map[ssa.Value][]*ssa.Store // stores by address; globals included
	fields  map[fieldKey][]*ssa.FieldAddr
	// returns memoizes returnsParam, shared by the tracers of one run; an
	// entry is false while it is computed, so recursion stops there.
	returns map[returnKey]bool
	// nest counts the returnsParam questions this tracer answers inside
	// one another: each traces a helper's results from depth 0, so depth
	// alone does not bound a chain of helpers that return a parameter.
	nest int
}

// returnKey identifies a question of returnsParam.
type returnKey struct {
	fn  *ssa.Function
	p   *ssa.Parameter
	idx int
}

// fieldKey identifies a field: of a named struct type wherever it is
// (a field set in a constructor and read in a method), or of the value x
// for unnamed structs.
type fieldKey struct {
	x     ssa.Value
	named *types.Named
	field int
}

// keyOf returns the key of the field fa addresses.
func keyOf(fa *ssa.FieldAddr) fieldKey {
	if p, ok := fa.X.Type().Underlying().(*types.Pointer); ok {
		if n, ok := types.Unalias(p.Elem()).(*types.Named); ok {
			return fieldKey{named: n.Origin(), field: fa.Field}
		}
	}
	return fieldKey{x: fa.X, field: fa.Field}
}

func newTracer(c *checker) *tracer {
	t := &tracer{c: c, storage: make(map[ssa.Value][]*ssa.Store), fields: make(map[fieldKey][]*ssa.FieldAddr),
		returns: make(map[returnKey]bool)}
	for _, fn := range c.res.Funcs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case *ssa.Store:
					t.storage[instr.Addr] = append(t.storage[instr.Addr], instr)
				case *ssa.FieldAddr:
					k := keyOf(instr)
					t.fields[k] = append(t.fields[k], instr)
				}
			}
		}
	}
	return t
}

// leaves returns where v comes from. Parameters of fn are leaves: the
// caller of fn decides what they are.
func (t *tracer) leaves(v ssa.Value) []leaf {
	t.seen = make(map[ssa.Value]bool)
	var out []leaf
	t.trace(v, 0, false, &out)
	return out
}

func (t *tracer) trace(v ssa.Value, depth int, partial bool, out *[]leaf) {
	if v == nil || t.seen[v] {
		return
	}
	t.seen[v] = true
	if instr, ok := v.(ssa.Instruction); ok && t.c.skipFile(instr.Parent().Pos()) {
		return // set by a test: its fixtures are not the function's secrets
	}
	switch v := v.(type) {
	case *ssa.Const:
		if s := secret.StringConst(v); s != "" {
			*out = append(*out, leaf{kind: constLeaf, value: s, partial: partial})
		}
	case *ssa.Convert:
		t.trace(v.X, depth, partial, out)
	case *ssa.ChangeType:
		t.trace(v.X, depth, partial, out)
	case *ssa.MultiConvert:
		t.trace(v.X, depth, partial, out)
	case *ssa.MakeInterface:
		t.trace(v.X, depth, partial, out)
	case *ssa.ChangeInterface:
		t.trace(v.X, depth, partial, out)
	case *ssa.Phi:
		for _, e := range v.Edges {
			t.trace(e, depth, partial, out)
		}
	case *ssa.Parameter:
		if depth == 0 {
			for i, p := range v.Parent().Params {
				if p == v {
					*out = append(*out, leaf{kind: paramLeaf, param: i, fn: v.Parent(), partial: partial})
				}
			}
		}
	case *ssa.BinOp:
		if v.Op == token.ADD {
			t.trace(v.X, depth, true, out)
			t.trace(v.Y, depth, true, out)
		}
	case *ssa.UnOp:
		if v.Op == token.MUL {
			t.load(v.X, depth, partial, out)
		}
	case *ssa.FreeVar:
		for _, b := range t.bindings(v) {
			t.trace(b, depth, partial, out)
		}
	case *ssa.Call:
		t.call(v, v, 0, depth, partial, out)
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			t.call(v, call, v.Index, depth, partial, out)
		}
	}
}

// load traces the values stored at addr: a package variable, a local
// variable captured by a closure, a field of a local struct.
func (t *tracer) load(addr ssa.Value, depth int, partial bool, out *[]leaf) {
	switch a := addr.(type) {
	case *ssa.Global:
		if a.Pkg != t.c.res.Package() {
			return
		}
	case *ssa.FreeVar:
		for _, b := range t.bindings(a) {
			t.load(b, depth, partial, out)
		}
		return
	case *ssa.FieldAddr:
		for _, fa := range t.fields[keyOf(a)] {
			for _, s := range t.storage[fa] {
				if !t.c.skipFile(s.Parent().Pos()) { // a test's fixture is not the function's secret
					t.trace(s.Val, depth, partial, out)
				}
			}
		}
		return
	case *ssa.Alloc:
	default:
		return
	}
	for _, s := range t.storage[addr] {
		if !t.c.skipFile(s.Parent().Pos()) {
			t.trace(s.Val, depth, partial, out)
		}
	}
}

// bindings returns the values a free variable is bound to by the closures
// made of its function.
func (t *tracer) bindings(fv *ssa.FreeVar) []ssa.Value {
	fn := fv.Parent()
	idx := -1
	for i, f := range fn.FreeVars {
		if f == fv {
			idx = i
		}
	}
	if idx < 0 || fn.Parent() == nil {
		return nil
	}
	var bs []ssa.Value
	for _, b := range fn.Parent().Blocks {
		for _, instr := range b.Instrs {
			if mc, ok := instr.(*ssa.MakeClosure); ok && mc.Fn == fn {
				bs = append(bs, mc.Bindings[idx])
			}
		}
	}
	return bs
}

// call traces result idx of a call: environment reads, string functions,
// fmt.Sprintf, helpers of this package (their returns), and helpers of
// other packages that return an environment value (facts).
func (t *tracer) call(v ssa.Value, call *ssa.Call, idx, depth int, partial bool, out *[]leaf) {
	c := secret.Resolve(t.c.res, &call.Call)
	if name, ok := secret.EnvRead(&c); ok {
		if idx != 0 {
			return
		}
		e := &envRead{name: name, fn: call.Parent(), val: v, nameParam: -1}
		if p, ok := c.Arg(0).(*ssa.Parameter); ok {
			e.nameParam = paramIndex(p)
		}
		if c.Name() == "os.LookupEnv" {
			e.ok = extract(call, 1)
		}
		*out = append(*out, leaf{kind: envLeaf, env: e})
		return
	}
	switch {
	case isStringFunc(&c):
		t.trace(c.Args[0], depth, partial, out)
		return
	case c.Name() == "fmt.Sprintf":
		t.trace(c.Args[0], depth, true, out)
		if sl := ssax.VarArgs(c.Args[len(c.Args)-1]); sl != nil {
			for _, a := range sl {
				t.trace(a, depth, true, out)
			}
		}
		return
	}
	callee := handlers.Canonical(call.Call.StaticCallee())
	if callee != nil && callee.Pkg == t.c.res.Package() && len(callee.Blocks) > 0 {
		if depth >= maxDepth {
			return
		}
		var sub []leaf
		for _, b := range callee.Blocks {
			if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && idx < len(ret.Results) {
				t.trace(ret.Results[idx], depth+1, partial, &sub)
			}
		}
		for _, l := range sub {
			if l.kind == paramLeaf {
				continue
			}
			if l.kind == envLeaf && l.env.name == "" && l.env.fn == callee && l.env.nameParam >= 0 &&
				l.env.nameParam < len(call.Call.Args) {
				l.env.name = secret.StringConst(call.Call.Args[l.env.nameParam])
			}
			*out = append(*out, l)
		}
		// Parameters of the helper are what this call passes.
		for i, p := range callee.Params {
			if t.nest < maxDepth && t.returnsParam(callee, p, idx) && i < len(call.Call.Args) {
				t.trace(call.Call.Args[i], depth, partial, out)
			}
		}
		return
	}
	if c.Func == nil || c.Func.Pkg() == t.c.pass.Pkg || idx != 0 {
		return
	}
	var f envFact
	if t.c.pass.ImportObjectFact(c.Func, &f) {
		name := f.Name
		if f.NameParam > 0 && f.NameParam <= len(call.Call.Args) {
			name = secret.StringConst(call.Call.Args[f.NameParam-1])
		}
		*out = append(*out, leaf{kind: envLeaf, env: &envRead{
			name: name, val: v, via: handlers.QualifiedName(c.Func), checked: f.Checked, nameParam: -1}})
	}
}

// returnsParam reports whether result idx of fn may be its parameter p.
// Answers are memoized; a question asked again while it is being answered
// (fn returns what a recursive call to itself returns) answers false.
func (t *tracer) returnsParam(fn *ssa.Function, p *ssa.Parameter, idx int) bool {
	key := returnKey{fn, p, idx}
	if r, ok := t.returns[key]; ok {
		return r
	}
	t.returns[key] = false
	r := t.computeReturnsParam(fn, p, idx)
	t.returns[key] = r
	return r
}

// computeReturnsParam is returnsParam without the memo.
func (t *tracer) computeReturnsParam(fn *ssa.Function, p *ssa.Parameter, idx int) bool {
	sub := &tracer{c: t.c, seen: make(map[ssa.Value]bool), storage: t.storage, fields: t.fields, returns: t.returns, nest: t.nest + 1}
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && idx < len(ret.Results) {
			var ls []leaf
			sub.trace(ret.Results[idx], 0, false, &ls)
			for _, l := range ls {
				if l.kind == paramLeaf && l.fn == fn && fn.Params[l.param] == p {
					return true
				}
			}
		}
	}
	return false
}

// paramIndex returns the index of p in its function's parameters.
func paramIndex(p *ssa.Parameter) int {
	for i, q := range p.Parent().Params {
		if q == p {
			return i
		}
	}
	return -1
}

// extract returns the Extract of result idx of call, or nil.
func extract(call *ssa.Call, idx int) ssa.Value {
	for _, r := range *call.Referrers() {
		if e, ok := r.(*ssa.Extract); ok && e.Index == idx {
			return e
		}
	}
	return nil
}

// isErrorType reports whether t is the error interface.
func isErrorType(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}
