package sharedstate

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/passes/handlers"
)

// taint tells which values carry request data: they derive from the
// parameters of a handler (its event, request, context or response
// writer; not its receiver), or from the arguments a function of the
// package is called with from invocation scope.
type taint struct {
	res      *handlers.Result
	calls    map[*ssa.Function][]*ssa.CallCommon // static calls in invocation scope
	closures map[*ssa.Function]*ssa.MakeClosure
	memo     map[ssa.Value]bool
}

func newTaint(res *handlers.Result) *taint {
	t := &taint{
		res:      res,
		calls:    make(map[*ssa.Function][]*ssa.CallCommon),
		closures: make(map[*ssa.Function]*ssa.MakeClosure),
		memo:     make(map[ssa.Value]bool),
	}
	for _, fn := range res.Funcs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case *ssa.MakeClosure:
					t.closures[instr.Fn.(*ssa.Function)] = instr
				case ssa.CallInstruction:
					if res.Scope(fn) != handlers.Invocation {
						continue
					}
					if callee := handlers.Canonical(instr.Common().StaticCallee()); callee != nil && callee.Pkg == res.Package() {
						t.calls[callee] = append(t.calls[callee], instr.Common())
					}
				}
			}
		}
	}
	return t
}

// anyDerived reports whether one of vals, in fn, carries request data.
func (t *taint) anyDerived(fn *ssa.Function, vals []ssa.Value) bool {
	if t.res.Scope(fn) != handlers.Invocation {
		return false
	}
	for _, v := range vals {
		if t.derived(v) {
			return true
		}
	}
	return false
}

// derived reports whether v carries request data.
func (t *taint) derived(v ssa.Value) bool {
	if r, ok := t.memo[v]; ok {
		return r
	}
	t.memo[v] = false // cycles: not proven
	r := t.compute(v)
	t.memo[v] = r
	return r
}

func (t *taint) compute(v ssa.Value) bool {
	switch v := v.(type) {
	case *ssa.Parameter:
		return t.param(v)
	case *ssa.FreeVar:
		fn := v.Parent()
		mc := t.closures[fn]
		if mc == nil {
			return false
		}
		for i, fv := range fn.FreeVars {
			if fv == v {
				return t.derived(mc.Bindings[i])
			}
		}
	case *ssa.Alloc:
		return t.filled(v, 0)
	case *ssa.MakeMap, *ssa.MakeSlice:
		return t.filled(v, 0)
	case *ssa.Call:
		return t.callDerived(&v.Call)
	case *ssa.Phi:
		for _, e := range v.Edges {
			if t.derived(e) {
				return true
			}
		}
	case *ssa.BinOp:
		return t.derived(v.X) || t.derived(v.Y)
	case *ssa.Lookup:
		return t.derived(v.X) || t.derived(v.Index)
	case *ssa.Index:
		return t.derived(v.X)
	case *ssa.Global, *ssa.Const, *ssa.Function, *ssa.Builtin:
		return false
	default:
		if instr, ok := v.(ssa.Instruction); ok {
			// UnOp, Field(Addr), IndexAddr, Slice, conversions,
			// MakeInterface, TypeAssert, Extract, Next...
			for _, op := range instr.Operands(nil) {
				if *op != nil && t.derived(*op) {
					return true
				}
			}
		}
	}
	return false
}

// param reports whether p carries request data: a parameter of a handler
// other than its receiver, or a parameter some call in invocation scope
// passes request data to.
func (t *taint) param(p *ssa.Parameter) bool {
	fn := p.Parent()
	index := -1
	for i, q := range fn.Params {
		if q == p {
			index = i
		}
	}
	if index < 0 {
		return false
	}
	if t.res.Handler(fn) != nil {
		return index > 0 || fn.Signature.Recv() == nil
	}
	for _, call := range t.calls[fn] {
		// A static call of a method passes the receiver first, as
		// fn.Params lists it.
		if index < len(call.Args) && t.derived(call.Args[index]) {
			return true
		}
	}
	return false
}

// callDerived reports whether a call returns request data: one of its
// arguments, other than a context or a response writer, carries some.
func (t *taint) callDerived(call *ssa.CallCommon) bool {
	if call.IsInvoke() && t.derived(call.Value) {
		return true
	}
	for _, a := range call.Args {
		if carrier(a.Type()) {
			continue
		}
		if t.derived(a) {
			return true
		}
	}
	return false
}

// carrier reports whether t is a context.Context or an
// http.ResponseWriter: passing one on does not make a result request
// data (ctx reaches every SDK call).
func carrier(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	switch n.Obj().Pkg().Path() + "." + n.Obj().Name() {
	case "context.Context", "net/http.ResponseWriter":
		return true
	}
	return false
}

// filled reports whether request data is stored into the variable, map or
// slice v, or a call that is given v also takes request data
// (json.Unmarshal(body, &v)).
func (t *taint) filled(v ssa.Value, depth int) bool {
	if depth > 4 {
		return false
	}
	for _, ref := range *v.Referrers() {
		switch ref := ref.(type) {
		case *ssa.Store:
			if ref.Addr == v && t.derived(ref.Val) {
				return true
			}
		case *ssa.MapUpdate:
			if ref.Map == v && (t.derived(ref.Key) || t.derived(ref.Value)) {
				return true
			}
		case *ssa.FieldAddr, *ssa.IndexAddr:
			if t.filled(ref.(ssa.Value), depth+1) {
				return true
			}
		case ssa.CallInstruction:
			if t.callDerived(ref.Common()) {
				return true
			}
		}
	}
	return false
}
