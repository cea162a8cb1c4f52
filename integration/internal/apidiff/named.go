package apidiff

import (
	"go/types"
	"strings"
)

// typeName compares two type declarations of the same name.
func (c *comparer) typeName(obj, robj *types.TypeName) {
	name := obj.Name()
	if obj.IsAlias() {
		c.sameType(name, obj.Type(), robj.Type())
		return
	}
	named, ok1 := obj.Type().(*types.Named)
	rnamed, ok2 := robj.Type().(*types.Named)
	if !ok1 || !ok2 {
		c.sameType(name, obj.Type(), robj.Type())
		return
	}
	if tp, rtp := typeParams(named), typeParams(rnamed); tp != rtp {
		c.report(name, "type parameters %s, real %s", tp, rtp)
	}
	_, partial := c.partial[name]
	switch u := named.Underlying().(type) {
	case *types.Struct:
		rs, ok := rnamed.Underlying().(*types.Struct)
		if !ok {
			c.sameType(name, u, rnamed.Underlying())
			break
		}
		if c.structFields(name, u, rs, partial) && partial {
			c.used[name] = true
		}
	case *types.Interface:
		ri, ok := rnamed.Underlying().(*types.Interface)
		if !ok {
			c.sameType(name, u, rnamed.Underlying())
			break
		}
		if c.interfaceMethods(name, u, ri, partial) && partial {
			c.used[name] = true
		}
	default:
		c.sameType(name, u, rnamed.Underlying())
	}
	c.methods(named, rnamed)
}

func typeParams(n *types.Named) string {
	tps := n.TypeParams()
	if tps.Len() == 0 {
		return "[]"
	}
	var b strings.Builder
	writeTypeParams(&b, tps)
	return b.String()
}

// structFields compares the exported fields of two struct types, and
// whether both have unexported fields (which forbids unkeyed literals). It
// reports whether the stub leaves fields out, which only a partial type may.
func (c *comparer) structFields(name string, s, rs *types.Struct, partial bool) (subset bool) {
	fields, hidden := exportedFields(s)
	rfields, rhidden := exportedFields(rs)
	rindex := make(map[string]int, len(rfields))
	for i, f := range rfields {
		rindex[f.name] = i
	}
	last := -1
	for _, f := range fields {
		i, ok := rindex[f.name]
		if !ok {
			c.report(name+"."+f.name, "no such field in the real type")
			continue
		}
		rf := rfields[i]
		if f.embedded != rf.embedded {
			c.report(name+"."+f.name, "embedded %t, real %t", f.embedded, rf.embedded)
		}
		if f.typ != rf.typ {
			c.report(name+"."+f.name, "type %s, real %s", f.typ, rf.typ)
		}
		if f.tag != rf.tag {
			c.report(name+"."+f.name, "tag %q, real %q", f.tag, rf.tag)
		}
		if i < last {
			c.report(name+"."+f.name, "out of order: the real type declares it before %s", rfields[last].name)
		}
		last = max(last, i)
	}
	subset = len(fields) < len(rfields)
	if !partial {
		seen := make(map[string]bool, len(fields))
		for _, f := range fields {
			seen[f.name] = true
		}
		for _, rf := range rfields {
			if !seen[rf.name] {
				c.report(name+"."+rf.name, "field missing from the stub")
			}
		}
		if hidden != rhidden {
			c.report(name, "unexported fields %t, real %t (unkeyed literals would differ)", hidden, rhidden)
		}
	}
	return subset
}

type field struct {
	name, typ, tag string
	embedded       bool
}

func exportedFields(s *types.Struct) (fields []field, hidden bool) {
	for i := range s.NumFields() {
		f := s.Field(i)
		if !f.Exported() {
			hidden = true
			continue
		}
		fields = append(fields, field{name: f.Name(), typ: TypeString(f.Type()), tag: s.Tag(i), embedded: f.Embedded()})
	}
	return fields, hidden
}

// interfaceMethods compares the method sets and type sets of two interface
// types. It reports whether the stub leaves methods out, which only a
// partial type may.
func (c *comparer) interfaceMethods(name string, it, rit *types.Interface, partial bool) (subset bool) {
	if !partial {
		c.sameType(name, it, rit)
		return false
	}
	for i := range it.NumMethods() {
		m := it.Method(i)
		obj, _, _ := types.LookupFieldOrMethod(rit, false, m.Pkg(), m.Name())
		rm, ok := obj.(*types.Func)
		if !ok {
			c.report(name+"."+m.Name(), "no such method in the real interface")
			continue
		}
		c.sameType(name+"."+m.Name(), m.Signature(), rm.Signature())
	}
	return it.NumMethods() < rit.NumMethods()
}

// methods compares the methods the stub declares on a named type with the
// real ones: same name, same receiver (value or pointer), same signature.
func (c *comparer) methods(named, rnamed *types.Named) {
	rmethods := make(map[string]*types.Func, rnamed.NumMethods())
	for i := range rnamed.NumMethods() {
		rmethods[rnamed.Method(i).Name()] = rnamed.Method(i)
	}
	for i := range named.NumMethods() {
		m := named.Method(i)
		if !m.Exported() {
			continue
		}
		object := methodName(named, m)
		rm, ok := rmethods[m.Name()]
		if !ok {
			c.report(object, "no such method in the real type")
			continue
		}
		if r := methodName(rnamed, rm); r != object {
			c.report(object, "receiver differs: real method is %s", r)
		}
		c.sameType(object, m.Signature(), rm.Signature())
	}
}

func methodName(named *types.Named, m *types.Func) string {
	if _, ptr := m.Signature().Recv().Type().(*types.Pointer); ptr {
		return "(*" + named.Obj().Name() + ")." + m.Name()
	}
	return named.Obj().Name() + "." + m.Name()
}
