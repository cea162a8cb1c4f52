package batchops

import (
	"go/token"

	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/passes/handlers"
)

// loops knows which calls of a package run in the body of a range loop
// over a slice, array, map or iterator.
type loops struct {
	calls map[token.Pos]bool
}

func newLoops(res *handlers.Result) *loops {
	l := &loops{calls: make(map[token.Pos]bool)}
	for _, fn := range res.Funcs() {
		body := rangeBodies(fn)
		for b := range body {
			for _, instr := range b.Instrs {
				if call, ok := instr.(ssa.CallInstruction); ok {
					l.calls[call.Common().Pos()] = true
				}
			}
		}
	}
	return l
}

func (l *loops) inLoop(pos token.Pos) bool { return pos.IsValid() && l.calls[pos] }

// rangeBodies returns the blocks of fn in the natural loop of a range
// statement: a back edge u → h, h dominating u, whose header h is the
// loop block of a range over a slice, array, string, map or function
// iterator.
func rangeBodies(fn *ssa.Function) map[*ssa.BasicBlock]bool {
	body := make(map[*ssa.BasicBlock]bool)
	for _, u := range fn.Blocks {
		for _, h := range u.Succs {
			if !h.Dominates(u) || !isRangeHeader(h) {
				continue
			}
			// The natural loop: h and the blocks reaching u without h.
			stack := []*ssa.BasicBlock{u}
			seen := map[*ssa.BasicBlock]bool{h: true}
			for len(stack) > 0 {
				b := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if seen[b] {
					continue
				}
				seen[b] = true
				body[b] = true
				stack = append(stack, b.Preds...)
			}
		}
	}
	if fn.Synthetic == "range-over-func yield" { // the body of a range over an iterator
		for _, b := range fn.Blocks {
			body[b] = true
		}
	}
	return body
}

// isRangeHeader reports whether b is the loop block of a range statement,
// as the SSA builder names it.
func isRangeHeader(b *ssa.BasicBlock) bool {
	switch b.Comment {
	case "rangeindex.loop", "rangeiter.loop", "rangestr.loop":
		return true
	}
	return false
}
