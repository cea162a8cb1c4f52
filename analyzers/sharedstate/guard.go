package sharedstate

import (
	"go/token"

	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/passes/handlers"
)

// lockMethods take a lock that excludes every other holder; RLock does not
// make a write safe.
var lockMethods = map[string]bool{
	"(*sync.Mutex).Lock":   true,
	"(*sync.RWMutex).Lock": true,
}

// unlockMethods release such a lock.
var unlockMethods = map[string]bool{
	"(*sync.Mutex).Unlock":   true,
	"(*sync.RWMutex).Unlock": true,
}

// guards tells which instructions run while a mutex is held.
type guards struct {
	res     *handlers.Result
	callers map[*ssa.Function][]ssa.CallInstruction // static calls within the package
	memo    map[*ssa.Function]bool                  // functions only called under a lock
}

func newGuards(res *handlers.Result) *guards {
	g := &guards{
		res:     res,
		callers: make(map[*ssa.Function][]ssa.CallInstruction),
		memo:    make(map[*ssa.Function]bool),
	}
	for _, fn := range res.Funcs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(ssa.CallInstruction); ok {
					if callee := handlers.Canonical(call.Common().StaticCallee()); callee != nil {
						g.callers[callee] = append(g.callers[callee], call)
					}
				}
			}
		}
	}
	return g
}

// guarded reports whether instr runs with a mutex held: a Lock call
// dominates it with no Unlock in between, or every call of its function
// in the package is guarded.
func (g *guards) guarded(instr ssa.Instruction) bool {
	if held, decided := lockHeld(instr); decided {
		return held
	}
	return g.calledLocked(instr.Parent())
}

// lockHeld walks the instructions that dominate instr, nearest first, and
// reports whether it meets a Lock before an Unlock; decided is false when
// it meets neither.
func lockHeld(instr ssa.Instruction) (held, decided bool) {
	b := instr.Block()
	i := indexOf(b, instr)
	for b != nil {
		for i--; i >= 0; i-- {
			call, ok := b.Instrs[i].(*ssa.Call)
			if !ok {
				continue
			}
			callee := call.Call.StaticCallee()
			if callee == nil {
				continue
			}
			switch name := callee.RelString(nil); {
			case lockMethods[name]:
				return true, true
			case unlockMethods[name]:
				return false, true
			}
		}
		b = b.Idom()
		if b != nil {
			i = len(b.Instrs)
		}
	}
	return false, false
}

func indexOf(b *ssa.BasicBlock, instr ssa.Instruction) int {
	for i, in := range b.Instrs {
		if in == instr {
			return i
		}
	}
	return len(b.Instrs)
}

// calledLocked reports whether fn is called in the package, and every call
// holds a lock (or is itself in a function only called under a lock).
// Functions called from elsewhere, or used as values, are not.
func (g *guards) calledLocked(fn *ssa.Function) bool {
	fn = handlers.Canonical(fn)
	if fn == nil {
		return false
	}
	if r, ok := g.memo[fn]; ok {
		return r
	}
	g.memo[fn] = false // recursion: not proven
	calls := g.callers[fn]
	if len(calls) == 0 || g.res.Handler(fn) != nil || fn.Object() != nil && fn.Object().Exported() {
		return false
	}
	for _, call := range calls {
		if !g.guarded(call) {
			return false
		}
	}
	g.memo[fn] = true
	return true
}

// callGuarded reports whether the call at pos in fn runs with a lock held.
func (g *guards) callGuarded(fn *ssa.Function, pos token.Pos) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(ssa.CallInstruction); ok && call.Common().Pos() == pos {
				return g.guarded(instr)
			}
		}
	}
	return false
}
