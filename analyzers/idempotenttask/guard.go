package idempotenttask

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/sqlscan/sqlssa"
	"github.com/fnlint/fnlint/passes/handlers"
)

const runtimePkg = "github.com/fnlint/fnlint/fn"

// guards knows which writes of a package run under an idempotency check:
//   - roots: the functions passed as op to fn.RunOnce or as the handler to
//     fn.WithIdempotency, and what they reach;
//   - blocks: the blocks dominated by a branch of an if on the result of an
//     idempotency check: a Claim of an fn.IdempotencyStore (a method
//     returning fn.Claim), or a function named by the -guards flag.
type guards struct {
	roots  map[*ssa.Function]bool
	blocks map[*ssa.BasicBlock]bool
	calls  map[token.Pos]bool // positions of guarded call instructions
	extra  map[string]bool
}

func newGuards(res *handlers.Result, extra []string) *guards {
	g := &guards{
		roots:  make(map[*ssa.Function]bool),
		blocks: make(map[*ssa.BasicBlock]bool),
		calls:  make(map[token.Pos]bool),
		extra:  make(map[string]bool),
	}
	for _, name := range extra {
		g.extra[name] = true
	}
	for _, fn := range res.Funcs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case ssa.CallInstruction:
					g.wrapped(instr.Common())
				case *ssa.If:
					if g.isCheck(instr.Cond, 0, make(map[ssa.Value]bool)) {
						for _, succ := range b.Succs {
							g.dominated(succ)
						}
					}
				}
			}
		}
	}
	for _, fn := range res.Funcs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(ssa.CallInstruction); ok && g.guarded(instr) {
					g.calls[call.Common().Pos()] = true
				}
			}
		}
	}
	return g
}

// wrapped records the functions fn.RunOnce and fn.WithIdempotency run
// under an idempotency key.
func (g *guards) wrapped(call *ssa.CallCommon) {
	callee, ok := call.Value.(*ssa.Function)
	if !ok || len(call.Args) == 0 {
		return
	}
	switch callee.String() {
	case runtimePkg + ".RunOnce", runtimePkg + ".WithIdempotency":
		if fn := funcOf(call.Args[len(call.Args)-1]); fn != nil {
			g.roots[fn] = true
		}
	}
}

// funcOf returns the function a function value refers to, or nil.
func funcOf(v ssa.Value) *ssa.Function {
	switch v := v.(type) {
	case *ssa.Function:
		return handlers.Canonical(v)
	case *ssa.MakeClosure:
		return v.Fn.(*ssa.Function)
	case *ssa.ChangeType:
		return funcOf(v.X)
	}
	return nil
}

// isCheck reports whether v derives from the result of an idempotency
// check.
func (g *guards) isCheck(v ssa.Value, depth int, seen map[ssa.Value]bool) bool {
	if depth > 8 || seen[v] {
		return false // too deep, or already asked (a struct and its field addresses refer to each other)
	}
	seen[v] = true
	switch v := v.(type) {
	case *ssa.Call:
		fn := sqlssa.Callee(&v.Call)
		if fn == nil {
			return false
		}
		if g.extra[fn.FullName()] {
			return true
		}
		res := fn.Type().(*types.Signature).Results()
		for i := range res.Len() {
			if n, ok := types.Unalias(res.At(i).Type()).(*types.Named); ok && n.Obj().Pkg() != nil &&
				n.Obj().Pkg().Path() == runtimePkg && n.Obj().Name() == "Claim" {
				return true
			}
		}
	case *ssa.BinOp:
		return g.isCheck(v.X, depth+1, seen) || g.isCheck(v.Y, depth+1, seen)
	case *ssa.UnOp:
		return g.isCheck(v.X, depth+1, seen)
	case *ssa.Extract:
		if types.Identical(v.Type(), types.Universe.Lookup("error").Type()) {
			return false // checking the error of a Claim checks no key
		}
		return g.isCheck(v.Tuple, depth+1, seen)
	case *ssa.Field:
		return g.isCheck(v.X, depth+1, seen)
	case *ssa.FieldAddr:
		return g.isCheck(v.X, depth+1, seen)
	case *ssa.Alloc:
		for _, s := range stored(v) {
			if g.isCheck(s, depth+1, seen) {
				return true
			}
		}
	}
	return false
}

// dominated marks b and the blocks it dominates.
func (g *guards) dominated(b *ssa.BasicBlock) {
	if g.blocks[b] {
		return
	}
	g.blocks[b] = true
	for _, d := range b.Dominees() {
		g.dominated(d)
	}
}

// guarded reports whether instr runs only under an idempotency check.
func (g *guards) guarded(instr ssa.Instruction) bool {
	return g.blocks[instr.Block()] || g.roots[instr.Parent()]
}

// onPath reports whether a call path from a handler passes through a
// function run under an idempotency key or a guarded call.
func (g *guards) onPath(path []handlers.Step) bool {
	for _, s := range path {
		if g.roots[s.Fn] || s.Call.IsValid() && g.calls[s.Call] {
			return true
		}
	}
	return false
}
