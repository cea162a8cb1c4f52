// Package lazyinit recognises lazy initialisation: code run under a nil
// check of a package variable or a field that it assigns, as in
//
//	if client == nil {
//		client = s3.NewFromConfig(cfg)
//	}
//
// Such a creation runs on the first invocation of a warm instance, not on
// every one, and checks about per-invocation work stay quiet about it (the
// race it may have is the sharedstate check's business).
package lazyinit

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// Calls returns the positions (CallCommon.Pos) of the calls of fns that
// are lazy initialisation: they run only under a nil check of a package
// variable or field that is assigned under the same check (see Block).
// The created value need not be the one stored: in
//
//	if entities == nil {
//		svc, _ := kgsearch.NewService(ctx)
//		entities = kgsearch.NewEntitiesService(svc)
//	}
//
// both calls run once per instance.
func Calls(fns []*ssa.Function) map[token.Pos]bool {
	guarded := make(map[token.Pos]bool)
	for _, fn := range fns {
		for _, b := range fn.Blocks {
			if !Block(b) {
				continue
			}
			for _, instr := range b.Instrs {
				if call, ok := instr.(ssa.CallInstruction); ok {
					guarded[call.Common().Pos()] = true
				}
			}
		}
	}
	return guarded
}

// persistent reports whether addr outlives an invocation: a package
// variable, or a field of one, of a receiver, or of a captured variable.
func persistent(addr ssa.Value) bool {
	switch a := addr.(type) {
	case *ssa.Global:
		return true
	case *ssa.FieldAddr:
		switch x := a.X.(type) {
		case *ssa.FreeVar:
			return true // captured from the constructor of a handler closure
		case *ssa.Parameter:
			fn := x.Parent() // a receiver outlives a call; an event does not
			return fn.Signature.Recv() != nil && len(fn.Params) > 0 && fn.Params[0] == x
		case *ssa.UnOp:
			return x.Op == token.MUL && persistent(x.X)
		default:
			return persistent(a.X)
		}
	}
	return false
}

// nilBranch reports whether b is the successor taken when a nil check of
// the value at addr finds it nil, and only reached that way.
func nilBranch(b *ssa.BasicBlock, addr ssa.Value) bool {
	if len(b.Preds) != 1 {
		return false
	}
	pred := b.Preds[0]
	ifInstr, ok := pred.Instrs[len(pred.Instrs)-1].(*ssa.If)
	if !ok {
		return false
	}
	cmp, ok := ifInstr.Cond.(*ssa.BinOp)
	if !ok || (cmp.Op != token.EQL && cmp.Op != token.NEQ) {
		return false
	}
	x, y := cmp.X, cmp.Y
	if isNil(x) {
		x, y = y, x
	}
	if !isNil(y) || !loadOf(x, addr) {
		return false
	}
	if cmp.Op == token.EQL {
		return pred.Succs[0] == b
	}
	return pred.Succs[1] == b
}

func isNil(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.IsNil()
}

// loadOf reports whether v is a load of the value at addr.
func loadOf(v ssa.Value, addr ssa.Value) bool {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	load, ok := v.(*ssa.UnOp)
	return ok && load.Op == token.MUL && sameAddr(load.X, addr)
}

// sameAddr reports whether a and b denote the same variable: the same
// package variable, or the same field of the same variable.
func sameAddr(a, b ssa.Value) bool {
	if a == b {
		return true
	}
	switch a := a.(type) {
	case *ssa.FieldAddr:
		b, ok := b.(*ssa.FieldAddr)
		return ok && a.Field == b.Field && sameAddr(a.X, b.X)
	case *ssa.UnOp:
		b, ok := b.(*ssa.UnOp)
		return ok && a.Op == token.MUL && b.Op == token.MUL && sameAddr(a.X, b.X)
	}
	return false
}

// Block reports whether b runs only when a nil check of a package variable
// or a field found it nil, and the function stores into that variable
// under the same check: the body of "if client == nil { ... client = ... }".
func Block(b *ssa.BasicBlock) bool {
	for dom := b; dom != nil; dom = dom.Idom() {
		if addr := checked(dom); addr != nil && persistent(addr) && storesUnder(dom, addr) {
			return true
		}
	}
	return false
}

// checked returns the address whose nil check leads to b, nil if none.
func checked(b *ssa.BasicBlock) ssa.Value {
	if len(b.Preds) != 1 {
		return nil
	}
	pred := b.Preds[0]
	ifInstr, ok := pred.Instrs[len(pred.Instrs)-1].(*ssa.If)
	if !ok {
		return nil
	}
	cmp, ok := ifInstr.Cond.(*ssa.BinOp)
	if !ok || (cmp.Op != token.EQL && cmp.Op != token.NEQ) {
		return nil
	}
	x := cmp.X
	if isNil(x) {
		x = cmp.Y
	}
	if mi, ok := x.(*ssa.MakeInterface); ok {
		x = mi.X
	}
	load, ok := x.(*ssa.UnOp)
	if !ok || load.Op != token.MUL || !nilBranch(b, load.X) {
		return nil
	}
	return load.X
}

// storesUnder reports whether a block dominated by b stores into addr.
func storesUnder(b *ssa.BasicBlock, addr ssa.Value) bool {
	for _, c := range b.Parent().Blocks {
		if !b.Dominates(c) {
			continue
		}
		for _, instr := range c.Instrs {
			if st, ok := instr.(*ssa.Store); ok && sameAddr(st.Addr, addr) {
				return true
			}
		}
	}
	return false
}
