package apidiff

import (
	"go/types"
	"slices"
	"strconv"
	"strings"
)

// TypeString returns a canonical spelling of t that does not depend on the
// load that produced it: named types are spelled with their full package
// path, aliases are resolved, byte and rune are uint8 and int32, parameter
// and result names are dropped, type parameters are numbered, and the
// methods of interfaces are sorted. Two types from two loads of packages
// with the same paths are identical exactly when their TypeStrings are
// equal.
func TypeString(t types.Type) string {
	var b strings.Builder
	writeType(&b, t)
	return b.String()
}

func writeType(b *strings.Builder, t types.Type) {
	switch t := types.Unalias(t).(type) {
	case nil:
		b.WriteString("<nil>")
	case *types.Basic:
		b.WriteString(types.Typ[t.Kind()].Name())
	case *types.Named:
		obj := t.Obj()
		if obj.Pkg() != nil {
			b.WriteString(obj.Pkg().Path())
			b.WriteByte('.')
		}
		b.WriteString(obj.Name())
		if args := t.TypeArgs(); args.Len() > 0 {
			b.WriteByte('[')
			for i := range args.Len() {
				if i > 0 {
					b.WriteString(", ")
				}
				writeType(b, args.At(i))
			}
			b.WriteByte(']')
		}
	case *types.TypeParam:
		b.WriteString("P" + strconv.Itoa(t.Index()))
	case *types.Pointer:
		b.WriteByte('*')
		writeType(b, t.Elem())
	case *types.Slice:
		b.WriteString("[]")
		writeType(b, t.Elem())
	case *types.Array:
		b.WriteString("[" + strconv.FormatInt(t.Len(), 10) + "]")
		writeType(b, t.Elem())
	case *types.Map:
		b.WriteString("map[")
		writeType(b, t.Key())
		b.WriteByte(']')
		writeType(b, t.Elem())
	case *types.Chan:
		switch t.Dir() {
		case types.SendRecv:
			b.WriteString("chan ")
		case types.SendOnly:
			b.WriteString("chan<- ")
		case types.RecvOnly:
			b.WriteString("<-chan ")
		}
		writeType(b, t.Elem())
	case *types.Signature:
		b.WriteString("func")
		writeSignature(b, t)
	case *types.Struct:
		b.WriteString("struct{")
		for i := range t.NumFields() {
			if i > 0 {
				b.WriteString("; ")
			}
			writeField(b, t.Field(i), t.Tag(i))
		}
		b.WriteByte('}')
	case *types.Interface:
		writeInterface(b, t)
	case *types.Union:
		for i := range t.Len() {
			if i > 0 {
				b.WriteString(" | ")
			}
			if t.Term(i).Tilde() {
				b.WriteByte('~')
			}
			writeType(b, t.Term(i).Type())
		}
	case *types.Tuple:
		writeTuple(b, t, false)
	default:
		b.WriteString(t.String())
	}
}

// writeField writes a struct field: its name (or "embedded"), its type and
// its tag.
func writeField(b *strings.Builder, f *types.Var, tag string) {
	if f.Embedded() {
		b.WriteString("embedded ")
	} else {
		b.WriteString(f.Name() + " ")
	}
	writeType(b, f.Type())
	if tag != "" {
		b.WriteString(" " + strconv.Quote(tag))
	}
}

// writeSignature writes type parameters, parameters and results, without
// names and without the receiver.
func writeSignature(b *strings.Builder, sig *types.Signature) {
	if tps := sig.TypeParams(); tps.Len() > 0 {
		writeTypeParams(b, tps)
	}
	writeTuple(b, sig.Params(), sig.Variadic())
	if sig.Results().Len() > 0 {
		b.WriteByte(' ')
		writeTuple(b, sig.Results(), false)
	}
}

// writeTypeParams writes a list of type parameters with their constraints.
func writeTypeParams(b *strings.Builder, tps *types.TypeParamList) {
	b.WriteByte('[')
	for i := range tps.Len() {
		if i > 0 {
			b.WriteString(", ")
		}
		writeType(b, tps.At(i))
		b.WriteByte(' ')
		writeType(b, tps.At(i).Constraint())
	}
	b.WriteByte(']')
}

func writeTuple(b *strings.Builder, t *types.Tuple, variadic bool) {
	b.WriteByte('(')
	for i := range t.Len() {
		if i > 0 {
			b.WriteString(", ")
		}
		typ := t.At(i).Type()
		if variadic && i == t.Len()-1 {
			b.WriteString("...")
			typ = typ.(*types.Slice).Elem()
		}
		writeType(b, typ)
	}
	b.WriteByte(')')
}

// writeInterface writes the complete, sorted method set of an interface and
// the terms of its type set that are not interfaces, so that an interface
// spelled with embedded interfaces equals the same interface written flat.
func writeInterface(b *strings.Builder, t *types.Interface) {
	var elems []string
	for i := range t.NumMethods() {
		m := t.Method(i)
		var mb strings.Builder
		if !m.Exported() && m.Pkg() != nil {
			mb.WriteString(m.Pkg().Path() + ".")
		}
		mb.WriteString(m.Name())
		writeSignature(&mb, m.Signature())
		elems = append(elems, mb.String())
	}
	slices.Sort(elems)
	for i := range t.NumEmbeddeds() {
		e := t.EmbeddedType(i)
		if it, ok := e.Underlying().(*types.Interface); ok && it.IsMethodSet() {
			continue // its methods are in the method set
		}
		elems = append(elems, TypeString(e))
	}
	b.WriteString("interface{" + strings.Join(elems, "; ") + "}")
}
