package sqlparam

import (
	"go/constant"
	"go/token"
	"go/types"
	"sort"

	"golang.org/x/tools/go/ssa"
)

// A taint tells what a string (or the strings of a slice or map) is built
// from. The zero taint is a value built only from constants.
type taint struct {
	bad    bool      // built from data not known to be constant
	input  bool      // ... and that data comes from a handler's request or event
	params uint64    // parameters of the function under analysis it is built from
	outer  uint64    // parameters of the declared function enclosing the closure under analysis
	leaf   ssa.Value // the first non-constant value found, for the message
	via    string    // the helper that built it, for the message
}

// safe reports whether the value is built from constants only.
func (t taint) safe() bool { return !t.bad && t.params == 0 && t.outer == 0 }

// join is the taint of a value built from both t and u.
func (t taint) join(u taint) taint {
	r := taint{bad: t.bad || u.bad, input: t.input || u.input, params: t.params | u.params, outer: t.outer | u.outer}
	switch {
	case t.bad && (t.input || !u.input):
		r.leaf, r.via = t.leaf, t.via
	case u.bad:
		r.leaf, r.via = u.leaf, u.via
	}
	return r
}

// maxSteps bounds the work of one evaluator; past it values are
// non-constant, which may report but never hides a finding.
const maxSteps = 20000

// An eval computes the taint of values, seen from the function fn: its
// parameters are tracked as parameters (for its summary), those of other
// functions are non-constant. fn is nil for values of several functions
// (stores to package variables and fields).
type eval struct {
	c     *checker
	fn    *ssa.Function
	memo  map[ssa.Value]taint
	busy  map[ssa.Value]bool
	hits  int // cycles cut by assuming a value constant
	steps int
}

func (c *checker) newEval(fn *ssa.Function) *eval {
	return &eval{c: c, fn: fn, memo: make(map[ssa.Value]taint), busy: make(map[ssa.Value]bool)}
}

// value returns the taint of v: for a slice, array, map or pointer, the
// taint of the strings it holds.
func (e *eval) value(v ssa.Value) taint {
	if t, ok := e.memo[v]; ok {
		return t
	}
	if e.busy[v] {
		e.hits++ // a loop: the other edges decide
		return taint{}
	}
	e.steps++
	if e.steps > maxSteps {
		return e.bad(v)
	}
	e.busy[v] = true
	hits := e.hits
	t := e.compute(v)
	delete(e.busy, v)
	if !t.safe() && e.c.guarded(v) {
		t = taint{}
	}
	if e.hits == hits { // not computed under an assumption
		e.memo[v] = t
	}
	return t
}

// bad is the taint of a non-constant leaf value.
func (e *eval) bad(v ssa.Value) taint {
	return taint{bad: true, input: e.c.fromInput(v, 0, make(map[ssa.Value]bool)), leaf: v}
}

func (e *eval) compute(v ssa.Value) taint {
	switch v := v.(type) {
	case *ssa.Const, *ssa.Function, *ssa.Builtin:
		return taint{}
	case *ssa.Convert:
		if isInteger(v.X.Type()) && isString(v.Type()) { // string(rune): one character
			if _, ok := v.X.(*ssa.Const); ok {
				return taint{}
			}
			return e.bad(v)
		}
	}
	if isScalar(v.Type()) {
		return taint{} // integers, floats, booleans: never SQL text
	}
	switch v := v.(type) {
	case *ssa.Parameter:
		return e.param(v)
	case *ssa.FreeVar:
		return e.freeVar(v)
	case *ssa.BinOp:
		if v.Op == token.ADD {
			return e.value(v.X).join(e.value(v.Y))
		}
	case *ssa.Phi:
		var t taint
		for _, edge := range v.Edges {
			t = t.join(e.value(edge))
		}
		return t
	case *ssa.Convert:
		return e.value(v.X)
	case *ssa.ChangeType:
		return e.value(v.X)
	case *ssa.MakeInterface:
		return e.operand(v.X, 'v')
	case *ssa.TypeAssert:
		return e.value(v.X)
	case *ssa.Slice:
		return e.value(v.X)
	case *ssa.Extract:
		return e.extract(v)
	case *ssa.Call:
		return e.call(v.Common(), v, 0)
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return e.load(v.X, v)
		}
	case *ssa.Field:
		return e.field(v.X.Type(), v.Field, v)
	case *ssa.FieldAddr:
		return e.field(v.X.Type(), v.Field, v)
	case *ssa.Index:
		return e.value(v.X)
	case *ssa.IndexAddr:
		return e.value(v.X)
	case *ssa.Lookup:
		if _, ok := v.X.Type().Underlying().(*types.Map); ok {
			return e.mapSide(v.X, false)
		}
		return e.value(v.X)
	case *ssa.Alloc:
		return e.cell(v)
	case *ssa.MakeSlice:
		return e.cell(v)
	case *ssa.MakeMap:
		return e.mapSide(v, false)
	case *ssa.Global:
		return e.c.global(v)
	}
	return e.bad(v)
}

// param is the taint of a parameter.
func (e *eval) param(p *ssa.Parameter) taint {
	fn := p.Parent()
	if fn != e.fn && e.fn != nil && fn.Parent() == nil && encloses(fn, e.fn) &&
		e.c.res.Handler(fn) == nil && !e.c.escaped[fn] {
		// A parameter of the declared function around the closure
		// under analysis (a callback of pgx.BeginFunc, sync.Once.Do):
		// its callers are checked instead, as for a wrapper.
		for i, q := range fn.Params {
			if q == p && i < 64 {
				return taint{outer: 1 << i}
			}
		}
	}
	if e.c.res.Handler(fn) != nil || e.c.escaped[fn] || fn != e.fn {
		return e.bad(p)
	}
	for i, q := range fn.Params {
		if q == p && i < 64 {
			return taint{params: 1 << i}
		}
	}
	return e.bad(p)
}

// encloses tells whether fn is one of the functions that closure is
// declared in.
func encloses(fn, closure *ssa.Function) bool {
	for f := closure.Parent(); f != nil; f = f.Parent() {
		if f == fn {
			return true
		}
	}
	return false
}

// freeVar is the taint of a captured variable: the values the enclosing
// functions bind to it.
func (e *eval) freeVar(fv *ssa.FreeVar) taint {
	idx := -1
	fn := fv.Parent()
	for i, f := range fn.FreeVars {
		if f == fv {
			idx = i
		}
	}
	bindings := e.c.closures[fn]
	if idx < 0 || len(bindings) == 0 {
		return e.bad(fv)
	}
	var t taint
	for _, mc := range bindings {
		t = t.join(e.value(mc.Bindings[idx]))
	}
	return t
}

// load is the taint of the value stored at addr.
func (e *eval) load(addr ssa.Value, v ssa.Value) taint {
	switch a := addr.(type) {
	case *ssa.Global:
		return e.c.global(a)
	case *ssa.Alloc, *ssa.FreeVar, *ssa.IndexAddr, *ssa.FieldAddr:
		return e.value(a)
	case *ssa.Parameter:
		return e.param(a)
	}
	return e.bad(v)
}

// cell is the taint of what is stored in a local variable, array or slice
// whose address is taken: every store to it and to its elements. A string
// variable whose address is passed to a call (Scan, Unmarshal) is written
// by that call.
func (e *eval) cell(a ssa.Value) taint {
	var t taint
	refs := a.Referrers()
	if refs == nil {
		return e.bad(a)
	}
	elem := derefElem(a.Type())
	for _, r := range *refs {
		switch r := r.(type) {
		case *ssa.Store:
			if r.Addr == a {
				t = t.join(e.value(r.Val))
			}
		case *ssa.IndexAddr:
			t = t.join(e.stores(r))
		case *ssa.MakeClosure:
			for i, b := range r.Bindings {
				if b == a {
					t = t.join(e.stores(r.Fn.(*ssa.Function).FreeVars[i]))
				}
			}
		case *ssa.Call, *ssa.MakeInterface, *ssa.Defer, *ssa.Go:
			if elem != nil && isString(elem) {
				return e.bad(a) // written by the call
			}
		}
	}
	return t
}

// stores is the taint of the values stored through an address.
func (e *eval) stores(addr ssa.Value) taint {
	var t taint
	refs := addr.Referrers()
	if refs == nil {
		return t
	}
	for _, r := range *refs {
		if s, ok := r.(*ssa.Store); ok && s.Addr == addr {
			t = t.join(e.value(s.Val))
		}
	}
	return t
}

// extract is the taint of one result of a tuple.
func (e *eval) extract(v *ssa.Extract) taint {
	switch t := v.Tuple.(type) {
	case *ssa.Call:
		return e.call(t.Common(), t, v.Index)
	case *ssa.Lookup:
		if v.Index == 0 {
			return e.mapSide(t.X, false)
		}
		return taint{}
	case *ssa.TypeAssert:
		if v.Index == 0 {
			return e.value(t.X)
		}
		return taint{}
	}
	return e.bad(v)
}

// mapSide is the taint of the values (or the keys) of a map.
func (e *eval) mapSide(m ssa.Value, keys bool) taint {
	switch m := m.(type) {
	case *ssa.MakeMap:
		var t taint
		for _, r := range *m.Referrers() {
			switch r := r.(type) {
			case *ssa.MapUpdate:
				if keys {
					t = t.join(e.value(r.Key))
				} else {
					t = t.join(e.value(r.Value))
				}
			case *ssa.Call, *ssa.MakeInterface:
				return e.bad(m) // maps.Copy, a decoder: written elsewhere
			}
		}
		return t
	case *ssa.Phi:
		var t taint
		for _, edge := range m.Edges {
			t = t.join(e.mapSide(edge, keys))
		}
		return t
	case *ssa.UnOp:
		if g, ok := m.X.(*ssa.Global); ok && m.Op == token.MUL && g.Pkg == e.c.res.Package() && !e.c.globalEscapes[g] {
			var t taint
			for _, s := range e.c.globalStores[g] {
				t = t.join(e.mapSide(s, keys))
			}
			return t
		}
	}
	if keys {
		return e.bad(m)
	}
	return e.value(m)
}

// operand is the taint of a value formatted with a verb (fmt's 'v' for
// anything converted to an interface).
func (e *eval) operand(x ssa.Value, verb rune) taint {
	t := x.Type()
	if isSafeType(t) {
		return taint{}
	}
	stringer := hasMethod(t, "String") || hasMethod(t, "Error")
	if stringer && (verb == 'v' || verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') {
		return e.stringer(x)
	}
	if isScalar(t) {
		if _, ok := x.(*ssa.Const); !ok && verb == 'c' {
			return e.bad(x)
		}
		return taint{}
	}
	switch t.Underlying().(type) {
	case *types.Basic, *types.Slice, *types.Array, *types.Map:
		return e.value(x)
	case *types.Interface:
		return e.value(x)
	}
	return e.bad(x)
}

// stringer is the taint of x formatted by its String method.
func (e *eval) stringer(x ssa.Value) taint {
	m := method(x.Type(), "String")
	if m == nil {
		return e.bad(x)
	}
	s, ok := e.c.summaryOfObj(m)
	if !ok || len(s.rets) == 0 {
		return e.bad(x)
	}
	return e.apply(shortName(m), s.rets[0], []ssa.Value{x})
}

// apply is the taint of the result of a call, given the taint of that
// result in the callee and the arguments of the call.
func (e *eval) apply(callee string, r taint, args []ssa.Value) taint {
	out := taint{bad: r.bad, input: r.input, leaf: r.leaf, via: r.via}
	if r.bad && out.via == "" {
		out.via = callee
	}
	for i, a := range args {
		if i < 64 && r.params&(1<<i) != 0 {
			t := e.value(a)
			if t.bad && t.via == "" {
				t.via = callee
			}
			out = out.join(t)
		}
	}
	return out
}

// varargs returns the values of a variadic argument built in place, in
// order, or false when the slice comes from elsewhere.
func varargs(v ssa.Value) ([]ssa.Value, bool) {
	if c, ok := v.(*ssa.Const); ok && c.IsNil() {
		return nil, true
	}
	s, ok := v.(*ssa.Slice)
	if !ok {
		return nil, false
	}
	a, ok := s.X.(*ssa.Alloc)
	if !ok {
		return nil, false
	}
	type elem struct {
		i int64
		v ssa.Value
	}
	var elems []elem
	for _, r := range *a.Referrers() {
		ia, ok := r.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		c, ok := ia.Index.(*ssa.Const)
		if !ok {
			return nil, false
		}
		for _, rr := range *ia.Referrers() {
			if st, ok := rr.(*ssa.Store); ok && st.Addr == ia {
				elems = append(elems, elem{c.Int64(), st.Val})
			}
		}
	}
	sort.Slice(elems, func(i, j int) bool { return elems[i].i < elems[j].i })
	out := make([]ssa.Value, len(elems))
	for i, el := range elems {
		out[i] = el.v
	}
	return out, true
}

// constString returns the value of a string constant.
func constString(v ssa.Value) (string, bool) {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(c.Value), true
}
