package handlers

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/typesx"
)

// maxDepth bounds how far resolve follows values through constructors,
// wrappers and package variables.
const maxDepth = 8

// resolve returns the functions a handler value v may be: a function, a
// method value, a function literal, the functions a constructor of this
// package returns, the handlers a wrapper is given
// (ddlambda.WrapFunction(h, nil)), the ServeHTTP method of a value
// converted to http.Handler, what a package variable is set to.
func (f *finder) resolve(v ssa.Value, depth int) []*ssa.Function {
	if depth > maxDepth || v == nil {
		return nil
	}
	switch v := v.(type) {
	case *ssa.Function:
		if fn := canonical(v); fn != nil {
			return []*ssa.Function{fn}
		}
	case *ssa.MakeClosure:
		if fn, ok := v.Fn.(*ssa.Function); ok && len(v.Bindings) == 1 && isInterfaceMethodValue(fn) {
			return f.interfaceMethod(fn.Object().Name(), v.Bindings[0], depth+1)
		}
		return f.resolve(v.Fn, depth+1)
	case *ssa.ChangeType:
		return f.resolve(v.X, depth+1)
	case *ssa.Convert:
		return f.resolve(v.X, depth+1)
	case *ssa.MakeInterface:
		if isFunc(v.X.Type()) {
			return f.resolve(v.X, depth+1)
		}
		return f.methodHandler(v.X.Type())
	case *ssa.Phi:
		var fns []*ssa.Function
		for _, e := range v.Edges {
			fns = appendNew(fns, f.resolve(e, depth+1)...)
		}
		return fns
	case *ssa.UnOp:
		if g, ok := v.X.(*ssa.Global); ok && v.Op == token.MUL {
			var fns []*ssa.Function
			for _, val := range f.stores[g] {
				fns = appendNew(fns, f.resolve(val, depth+1)...)
			}
			return fns
		}
	case *ssa.Call:
		return f.resolveCall(v.Common(), 0, depth)
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			return f.resolveCall(call.Common(), v.Index, depth)
		}
	}
	return nil
}

// resolveCall resolves the result index of a call: what a constructor of
// this package returns, and the handlers passed to it (a wrapper of any
// package returns a function that calls what it is given).
func (f *finder) resolveCall(common *ssa.CallCommon, index, depth int) []*ssa.Function {
	var fns []*ssa.Function
	if callee := f.local(common.StaticCallee()); callee != nil {
		for _, b := range callee.Blocks {
			if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && index < len(ret.Results) {
				fns = appendNew(fns, f.resolve(ret.Results[index], depth+1)...)
			}
		}
	}
	for _, arg := range common.Args {
		if mi, ok := arg.(*ssa.MakeInterface); ok && isFunc(mi.X.Type()) {
			arg = mi.X // a wrapper taking any: ddlambda.WrapFunction(h, nil)
		}
		if isFunc(arg.Type()) || isHandlerValue(arg.Type()) {
			fns = appendNew(fns, f.resolve(arg, depth+1)...)
		}
	}
	return fns
}

// isInterfaceMethodValue reports whether fn is the bound method wrapper of
// an interface method: the function of h.Handle where h is an interface.
func isInterfaceMethodValue(fn *ssa.Function) bool {
	obj, ok := fn.Object().(*types.Func)
	if !ok || !strings.HasPrefix(fn.Synthetic, "bound method wrapper for ") {
		return false
	}
	recv := obj.Signature().Recv()
	return recv != nil && types.IsInterface(recv.Type())
}

// interfaceMethod resolves the method name of the concrete types the
// interface value recv may hold: lambda.Start(h.Handle) where h is an
// interface set from a concrete value or a constructor of this package.
func (f *finder) interfaceMethod(name string, recv ssa.Value, depth int) []*ssa.Function {
	var fns []*ssa.Function
	for _, t := range f.concreteTypes(recv, depth) {
		if sel := f.pkg.Prog.MethodSets.MethodSet(t).Lookup(nil, name); sel != nil {
			if m := canonical(f.pkg.Prog.MethodValue(sel)); m != nil {
				fns = appendNew(fns, m)
			}
		}
	}
	return fns
}

// concreteTypes returns the dynamic types an interface value may hold, as
// far as this package shows them.
func (f *finder) concreteTypes(v ssa.Value, depth int) []types.Type {
	if depth > maxDepth {
		return nil
	}
	switch v := v.(type) {
	case *ssa.MakeInterface:
		return []types.Type{v.X.Type()}
	case *ssa.ChangeInterface:
		return f.concreteTypes(v.X, depth+1)
	case *ssa.Phi:
		var ts []types.Type
		for _, e := range v.Edges {
			ts = append(ts, f.concreteTypes(e, depth+1)...)
		}
		return ts
	case *ssa.UnOp:
		if g, ok := v.X.(*ssa.Global); ok && v.Op == token.MUL {
			var ts []types.Type
			for _, val := range f.stores[g] {
				ts = append(ts, f.concreteTypes(val, depth+1)...)
			}
			return ts
		}
	case *ssa.Call:
		if callee := f.local(v.Common().StaticCallee()); callee != nil {
			var ts []types.Type
			for _, b := range callee.Blocks {
				if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) > 0 {
					ts = append(ts, f.concreteTypes(ret.Results[0], depth+1)...)
				}
			}
			return ts
		}
	}
	return nil
}

// methodHandler returns the handler method of a concrete type converted to
// a handler interface: ServeHTTP for http.Handler, Invoke for lambda.Handler.
func (f *finder) methodHandler(t types.Type) []*ssa.Function {
	if types.IsInterface(t) {
		return nil
	}
	prog := f.pkg.Prog
	for _, name := range []string{"ServeHTTP", "Invoke"} {
		sel := prog.MethodSets.MethodSet(t).Lookup(nil, name)
		if sel == nil {
			if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name); obj != nil {
				if fn, ok := obj.(*types.Func); ok && fn.Exported() {
					if m := canonical(prog.FuncValue(fn)); m != nil {
						return []*ssa.Function{m}
					}
				}
			}
			continue
		}
		if m := canonical(prog.MethodValue(sel)); m != nil {
			return []*ssa.Function{m}
		}
	}
	return nil
}

// isFunc reports whether t is a function type, named or not.
func isFunc(t types.Type) bool {
	_, ok := t.Underlying().(*types.Signature)
	return ok
}

// isHandlerValue reports whether t is an interface a handler is passed as:
// http.Handler, lambda.Handler or the empty interface lambda.Start takes.
func isHandlerValue(t types.Type) bool {
	return typesx.IsNamed(t, httpPath, "Handler") || typesx.IsNamed(t, lambdaPath, "Handler")
}

// appendNew appends the functions not in fns yet.
func appendNew(fns []*ssa.Function, more ...*ssa.Function) []*ssa.Function {
	for _, fn := range more {
		if !containsFunc(fns, fn) {
			fns = append(fns, fn)
		}
	}
	return fns
}

func containsFunc(fns []*ssa.Function, fn *ssa.Function) bool {
	for _, x := range fns {
		if x == fn {
			return true
		}
	}
	return false
}
