package failsoft

import (
	"fmt"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/passes/handlers"
)

// checkRecovers reports the deferred functions of a response function
// that recover a panic and set its response result to anything but the
// original response.
func (rf *responseFunc) checkRecovers() {
	result := resultVar(rf.fn)
	if result == nil {
		return
	}
	for _, b := range rf.fn.Blocks {
		for _, instr := range b.Instrs {
			d, ok := instr.(*ssa.Defer)
			if !ok {
				continue
			}
			mc, ok := d.Call.Value.(*ssa.MakeClosure)
			if !ok || !callsRecover(mc.Fn.(*ssa.Function)) {
				continue
			}
			rf.checkRecoverStores(mc, result)
		}
	}
}

// checkRecoverStores reports the stores of the recovering closure mc into
// the response result of a value other than the original response.
func (rf *responseFunc) checkRecoverStores(mc *ssa.MakeClosure, result *ssa.Alloc) {
	closure := mc.Fn.(*ssa.Function)
	bound := func(v ssa.Value) ssa.Value {
		for i, fv := range closure.FreeVars {
			if fv == v {
				return mc.Bindings[i]
			}
		}
		return nil
	}
	for _, b := range closure.Blocks {
		for _, instr := range b.Instrs {
			st, ok := instr.(*ssa.Store)
			if !ok || bound(st.Addr) != result {
				continue
			}
			if rf.isOrigIn(st.Val, bound) {
				continue
			}
			rf.pass.Report(analysis.Diagnostic{
				Pos:      st.Pos(),
				Category: categoryRecover,
				Message: "response function " + handlers.FuncName(rf.fn) + " recovers a panic and returns " +
					describe(st.Val) + "; set the result to the original response " + rf.orig.Name(),
			})
		}
	}
}

// isOrigIn reports whether v, in a closure whose free variables are
// bound by bound, is the original response of the enclosing function.
func (rf *responseFunc) isOrigIn(v ssa.Value, bound func(ssa.Value) ssa.Value) bool {
	if bound(v) == rf.orig {
		return true
	}
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	alloc, ok := bound(load.X).(*ssa.Alloc)
	return ok && rf.holdsOrig(alloc)
}

// resultVar returns the variable of the first named result of fn when fn
// can recover a panic: the block that returns after a recovered panic
// loads it.
func resultVar(fn *ssa.Function) *ssa.Alloc {
	if fn.Recover == nil {
		return nil
	}
	ret, ok := fn.Recover.Instrs[len(fn.Recover.Instrs)-1].(*ssa.Return)
	if !ok || len(ret.Results) == 0 {
		return nil
	}
	load, ok := ret.Results[0].(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil
	}
	alloc, _ := load.X.(*ssa.Alloc)
	return alloc
}

// callsRecover reports whether fn calls the recover builtin.
func callsRecover(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(ssa.CallInstruction); ok {
				if bi, ok := call.Common().Value.(*ssa.Builtin); ok && bi.Name() == "recover" {
					return true
				}
			}
		}
	}
	return false
}

// checkPanics reports the single-result type assertions and the unchecked
// slice indexes on data decoded from a body, which panic when the body is
// not what the function expects.
func (rf *responseFunc) checkPanics() {
	decoded := rf.decodedValues()
	if len(decoded) == 0 {
		return
	}
	for _, b := range rf.fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.TypeAssert:
				if !instr.CommaOk && decoded[instr.X] {
					rf.reportPanic(instr.Pos(), "type assertion "+types.TypeString(instr.AssertedType, types.RelativeTo(rf.pass.Pkg))+
						" on the decoded body panics on a malformed body; use the comma-ok form and return the original response")
				}
			case *ssa.IndexAddr:
				rf.checkIndex(instr, instr.X, decoded)
			case *ssa.Index:
				rf.checkIndex(instr, instr.X, decoded)
			}
		}
	}
}

func (rf *responseFunc) checkIndex(instr ssa.Instruction, x ssa.Value, decoded map[ssa.Value]bool) {
	if !decoded[x] {
		return
	}
	if _, ok := x.Type().Underlying().(*types.Slice); !ok {
		return
	}
	if lenChecked(instr, x) {
		return
	}
	rf.reportPanic(instr.Pos(), "index of a slice of the decoded body panics on a malformed body; check its length first")
}

func (rf *responseFunc) reportPanic(pos token.Pos, msg string) {
	rf.pass.Report(analysis.Diagnostic{
		Pos:      pos,
		Category: categoryPanic,
		Message:  "response function " + handlers.FuncName(rf.fn) + ": " + msg,
	})
}

// lenChecked reports whether a comparison of the length of x, or of a
// value loaded from the same place, dominates instr.
func lenChecked(instr ssa.Instruction, x ssa.Value) bool {
	want := key(x)
	for dom := instr.Block(); dom != nil; dom = dom.Idom() {
		ifInstr, ok := dom.Instrs[len(dom.Instrs)-1].(*ssa.If)
		if !ok || dom == instr.Block() {
			continue
		}
		cmp, ok := ifInstr.Cond.(*ssa.BinOp)
		if !ok {
			continue
		}
		for _, side := range []ssa.Value{cmp.X, cmp.Y} {
			if call, ok := side.(*ssa.Call); ok {
				if bi, ok := call.Call.Value.(*ssa.Builtin); ok && bi.Name() == "len" && key(call.Call.Args[0]) == want {
					return true
				}
			}
		}
	}
	return false
}

// key identifies where a value comes from: the same key for two loads of
// the same variable or field.
func key(v ssa.Value) string {
	switch v := v.(type) {
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return "*" + key(v.X)
		}
	case *ssa.FieldAddr:
		return fmt.Sprintf("%s.%d", key(v.X), v.Field)
	case *ssa.Field:
		return fmt.Sprintf("%s.%d", key(v.X), v.Field)
	}
	return fmt.Sprintf("%p", v)
}

// decodedValues returns the values of the function that hold data decoded
// from one of its parameters (json.Unmarshal of the body, a json.Decoder
// reading it), and the values derived from them.
func (rf *responseFunc) decodedValues() map[ssa.Value]bool {
	decoded := make(map[ssa.Value]bool)
	var queue []ssa.Value
	for _, b := range rf.fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok {
				continue
			}
			if target := decodeTarget(&call.Call); target != nil && fromParams(call.Call.Args[0], 0) {
				queue = append(queue, target)
			}
		}
	}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		if decoded[v] {
			continue
		}
		decoded[v] = true
		refs := v.Referrers()
		if refs == nil {
			continue
		}
		for _, ref := range *refs {
			switch ref := ref.(type) {
			case *ssa.UnOp:
				if ref.Op == token.MUL {
					queue = append(queue, ref)
				}
			case *ssa.FieldAddr, *ssa.Field, *ssa.IndexAddr, *ssa.Index, *ssa.Lookup,
				*ssa.TypeAssert, *ssa.Extract, *ssa.Phi, *ssa.ChangeType, *ssa.Slice, *ssa.Next:
				queue = append(queue, ref.(ssa.Value))
			case *ssa.Store:
				// v stored into a local: x := m["items"]
				if ref.Val == v {
					if a, ok := ref.Addr.(*ssa.Alloc); ok {
						queue = append(queue, a)
					}
				}
			}
		}
	}
	return decoded
}

// decodeTarget returns the pointer a call decodes into when it is
// json.Unmarshal(data, v) or (*json.Decoder).Decode(v) with the decoder
// made by json.NewDecoder(r); nil otherwise. The data, or the reader, is
// then call.Args[0].
func decodeTarget(call *ssa.CallCommon) ssa.Value {
	callee := call.StaticCallee()
	if callee == nil || len(call.Args) < 2 {
		return nil
	}
	var target ssa.Value
	switch callee.RelString(nil) {
	case "encoding/json.Unmarshal":
		target = call.Args[1]
	case "(*encoding/json.Decoder).Decode":
		target = call.Args[1]
	default:
		return nil
	}
	if mi, ok := target.(*ssa.MakeInterface); ok {
		target = mi.X
	}
	return target
}

// fromParams reports whether v derives from a parameter of its function,
// following conversions, fields, loads and calls (bytes.NewReader(body),
// json.NewDecoder(r)).
func fromParams(v ssa.Value, depth int) bool {
	if depth > 8 {
		return false
	}
	switch v := v.(type) {
	case *ssa.Parameter, *ssa.FreeVar:
		return true
	case *ssa.Call:
		for _, a := range v.Call.Args {
			if fromParams(a, depth+1) {
				return true
			}
		}
		return false
	case ssa.Instruction:
		for _, op := range v.Operands(nil) {
			if *op != nil && fromParams(*op, depth+1) {
				return true
			}
		}
	}
	return false
}
