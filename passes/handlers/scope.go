package handlers

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// scope classifies every function of the package: invocation scope is
// what the handlers reach, init scope what package initialisation, main and
// sync.Once bodies reach; invocation wins where both do.
func (f *finder) scope() {
	r := f.res
	var queue []*ssa.Function
	for _, h := range r.handlers {
		if h.Fn != nil && r.scope[h.Fn] != Invocation {
			r.scope[h.Fn] = Invocation
			r.root[h.Fn] = h
			queue = append(queue, h.Fn)
		}
	}
	once := make(map[*ssa.Function]bool)
	for _, fn := range f.once {
		once[fn] = true
	}
	for len(queue) > 0 {
		fn := queue[0]
		queue = queue[1:]
		for _, e := range f.edges[fn] {
			if once[e.Fn] || r.scope[e.Fn] == Invocation {
				continue
			}
			r.scope[e.Fn] = Invocation
			r.parent[e.Fn] = Step{Fn: fn, Call: e.Call}
			r.root[e.Fn] = r.root[fn]
			queue = append(queue, e.Fn)
		}
	}

	queue = append(queue, f.once...)
	if init := f.pkg.Func("init"); init != nil {
		queue = append(queue, init)
	}
	if f.pass.Pkg.Name() == "main" {
		if main := f.pkg.Func("main"); main != nil {
			queue = append(queue, main)
		}
	}
	for len(queue) > 0 {
		fn := queue[0]
		queue = queue[1:]
		if r.scope[fn] != Unreached {
			continue
		}
		r.scope[fn] = Init
		for _, e := range f.edges[fn] {
			queue = append(queue, e.Fn)
		}
	}
}

// Callees returns the functions of the package that fn calls or refers to
// (function values, closures), with the position of the call, in
// instruction order. The bodies of sync.Once.Do and sync.OnceFunc,
// OnceValue and OnceValues are not among them: they run once.
func (r *Result) Callees(fn *ssa.Function) []Step { return r.edges[fn] }

// Canonical returns the function that holds the code of fn: the generic
// function of an instantiation, the method behind a method value or
// method expression wrapper; nil for an interface method.
func Canonical(fn *ssa.Function) *ssa.Function { return canonical(fn) }

// IsOnce reports whether a call runs its function argument at most once
// (sync.Once.Do, sync.OnceFunc, OnceValue, OnceValues).
func IsOnce(call *ssa.CallCommon) bool {
	_, ok := onceArg(call)
	return ok
}

// Object returns the declared function of fn, or nil for a function
// literal or a synthetic function. For a function of another package it is
// the real object, the one facts are keyed by and types.Info refers to:
// use it rather than fn.Object(), which may be a stand-in (see Package).
func (r *Result) Object(fn *ssa.Function) *types.Func {
	if fn == nil || fn.Parent() != nil {
		return nil
	}
	obj, _ := fn.Object().(*types.Func)
	if real, ok := r.real[obj]; ok {
		return real
	}
	return obj
}
