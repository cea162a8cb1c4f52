// Package apidiff checks that a stub package declares its exported API
// exactly as the real package with the same import path does.
//
// A stub may leave things out: whole declarations, and methods of its named
// types. What it declares must be what the real package declares: the same
// kind of object, identical types (TypeString), the same constant values,
// the same receivers, and for named struct and interface types the same
// exported fields (names, types, tags, embedding, order) and the same
// method sets. Types listed as partial may declare a subset of the fields
// or interface methods of the real type.
package apidiff

import (
	"fmt"
	"go/types"
	"slices"
)

// A Mismatch is one way a stub declaration differs from the real one.
type Mismatch struct {
	// Object names the declaration: "Name", "Type.Field", "(*Type).Method".
	Object string
	// Problem tells what differs.
	Problem string
}

func (m Mismatch) String() string { return m.Object + ": " + m.Problem }

// Compare reports how the exported declarations of stub differ from those of
// real. partial names the types of stub (by name) whose fields or interface
// methods may be a subset of the real ones; a type listed there that matches
// exactly, or that the stub does not declare, is reported too, so the list
// stays true.
func Compare(stub, real *types.Package, partial map[string]string) []Mismatch {
	c := &comparer{partial: partial, used: make(map[string]bool)}
	scope := stub.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() {
			continue
		}
		robj := real.Scope().Lookup(name)
		if robj == nil {
			c.report(name, "not declared by %s", real.Path())
			continue
		}
		c.object(obj, robj)
	}
	for name := range partial {
		if !c.used[name] {
			c.report(name, "listed as partial but declared in full (or not at all) by the stub; remove it from the list")
		}
	}
	slices.SortFunc(c.out, func(a, b Mismatch) int {
		if a.Object != b.Object {
			if a.Object < b.Object {
				return -1
			}
			return 1
		}
		if a.Problem < b.Problem {
			return -1
		}
		return 1
	})
	return c.out
}

type comparer struct {
	partial map[string]string
	used    map[string]bool // partial types that do differ from the real ones
	out     []Mismatch
}

func (c *comparer) report(object, format string, args ...any) {
	c.out = append(c.out, Mismatch{Object: object, Problem: fmt.Sprintf(format, args...)})
}

// object compares two package-level objects of the same name.
func (c *comparer) object(obj, robj types.Object) {
	name := obj.Name()
	if kind(obj) != kind(robj) {
		c.report(name, "is a %s, real is a %s", kind(obj), kind(robj))
		return
	}
	switch obj := obj.(type) {
	case *types.Const:
		if !c.sameType(name, obj.Type(), robj.Type()) {
			break
		}
		if v, rv := obj.Val(), robj.(*types.Const).Val(); v.Kind() != rv.Kind() || v.ExactString() != rv.ExactString() {
			c.report(name, "value %s, real %s", v.ExactString(), rv.ExactString())
		}
	case *types.Var, *types.Func:
		c.sameType(name, obj.Type(), robj.Type())
	case *types.TypeName:
		c.typeName(obj, robj.(*types.TypeName))
	}
}

// sameType reports whether t and rt are identical, and reports a mismatch
// when they are not.
func (c *comparer) sameType(object string, t, rt types.Type) bool {
	if s, rs := TypeString(t), TypeString(rt); s != rs {
		c.report(object, "type %s, real %s", s, rs)
		return false
	}
	return true
}

func kind(obj types.Object) string {
	switch obj := obj.(type) {
	case *types.Const:
		return "const"
	case *types.Var:
		return "var"
	case *types.Func:
		return "func"
	case *types.TypeName:
		if obj.IsAlias() {
			return "type alias"
		}
		return "type"
	}
	return fmt.Sprintf("%T", obj)
}
