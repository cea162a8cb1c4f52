package batchops

import (
	"go/token"
	"go/types"
	"slices"

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
			if !h.Dominates(u) || !isRangeHeader(h) || overOneRecord(h) {
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

// oneRecordEvents are the aws-lambda-go events that carry one record per
// invocation, although their Records field is a slice: a loop over it runs
// once, and there is nothing to batch.
var oneRecordEvents = []string{"SNSEvent", "S3Event", "SimpleEmailEvent"}

// overOneRecord reports whether the range loop with header h iterates over
// the Records of an event that carries one record.
func overOneRecord(h *ssa.BasicBlock) bool {
	for _, instr := range h.Instrs {
		cmp, ok := instr.(*ssa.BinOp)
		if !ok || cmp.Op != token.LSS {
			continue
		}
		n, ok := cmp.Y.(*ssa.Call)
		if !ok {
			continue
		}
		if b, ok := n.Call.Value.(*ssa.Builtin); !ok || b.Name() != "len" {
			continue
		}
		var x ssa.Value
		var field int
		switch v := n.Call.Args[0].(type) {
		case *ssa.Field:
			x, field = v.X, v.Field
		case *ssa.UnOp:
			fa, ok := v.X.(*ssa.FieldAddr)
			if !ok {
				continue
			}
			x, field = fa.X, fa.Field
		default:
			continue
		}
		if !slices.ContainsFunc(oneRecordEvents, func(name string) bool { return handlers.IsEvent(x.Type(), name) }) {
			continue
		}
		t := x.Type()
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		if st, ok := t.Underlying().(*types.Struct); ok && st.Field(field).Name() == "Records" {
			return true
		}
	}
	return false
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
