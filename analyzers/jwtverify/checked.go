package jwtverify

import (
	"go/token"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// noReturn are the functions that never return to their caller: a branch
// that calls one is as good as a return.
var noReturn = map[string]bool{
	"os.Exit":               true,
	"log.Fatal":             true,
	"log.Fatalf":            true,
	"log.Fatalln":           true,
	"log.Panic":             true,
	"log.Panicf":            true,
	"log.Panicln":           true,
	"(*log.Logger).Fatal":   true,
	"(*log.Logger).Fatalf":  true,
	"(*log.Logger).Fatalln": true,
	"(*log.Logger).Panic":   true,
	"(*log.Logger).Panicf":  true,
	"(*log.Logger).Panicln": true,
	"runtime.Goexit":        true,
}

// unchecked reports the first use of a parsed token's claims that some
// path from the parse reaches without passing a check of the parse error
// or of token.Valid.
func (c *checker) unchecked(ac apiCall) {
	call := ac.call
	tok, err := extract(call, 0), extract(call, 1)
	passed := c.checkEdges(call, tok, err)

	claimsArg, _, _ := ac.api.args()
	var roots []ssa.Value
	if tok != nil {
		for _, r := range *tok.Referrers() {
			if fa, ok := tokenField(r, "Claims"); ok {
				roots = append(roots, fa)
			}
		}
	}
	if claimsArg >= 0 {
		if v := strip(call.Common().Args[claimsArg]); !isNil(v) {
			switch v.(type) {
			case *ssa.Alloc, *ssa.MakeMap:
				roots = append(roots, v)
			}
		}
	}
	reached := reachable(call, passed)
	for _, root := range roots {
		for _, use := range claimUses(root, call) {
			if reached(use) {
				c.report(analysis.Diagnostic{
					Pos:      use.Pos(),
					Category: categoryUnchecked,
					Message: "claims of a token used before " + callName(call) +
						"'s error or token.Valid is checked; return when verification fails",
					Related: []analysis.RelatedInformation{{Pos: call.Pos(), Message: "parsed here"}},
				})
				return
			}
		}
	}
}

// An edge is a branch from one block to a successor.
type edge struct{ from, to *ssa.BasicBlock }

// checkEdges returns the branches taken only when the parse succeeded:
// the nil side of err != nil, the true side of token.Valid.
func (c *checker) checkEdges(call *ssa.Call, tok, err ssa.Value) map[edge]bool {
	edges := make(map[edge]bool)
	for _, b := range call.Parent().Blocks {
		iff, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		switch cond := iff.Cond.(type) {
		case *ssa.BinOp:
			if err == nil || !(cond.X == err && isNil(cond.Y) || cond.Y == err && isNil(cond.X)) {
				continue
			}
			switch cond.Op {
			case token.NEQ:
				edges[edge{b, b.Succs[1]}] = true
			case token.EQL:
				edges[edge{b, b.Succs[0]}] = true
			}
		case *ssa.UnOp:
			if tok == nil || cond.Op != token.MUL {
				continue
			}
			if fa, ok := cond.X.(*ssa.FieldAddr); ok && fa.X == tok && fieldName(fa) == "Valid" {
				edges[edge{b, b.Succs[0]}] = true
			}
		}
	}
	return edges
}

// reachable returns a function telling whether an instruction runs after
// call on some path that takes none of the passed edges and calls nothing
// that does not return.
func reachable(call *ssa.Call, passed map[edge]bool) func(ssa.Instruction) bool {
	start := call.Block()
	seen := make(map[*ssa.BasicBlock]bool)
	dead := func(b *ssa.BasicBlock, from int) bool {
		for _, instr := range b.Instrs[from:] {
			if c, ok := instr.(*ssa.Call); ok {
				if fn := c.Common().StaticCallee(); fn != nil && noReturn[fn.String()] {
					return true
				}
			}
			if _, ok := instr.(*ssa.Panic); ok {
				return true
			}
		}
		return false
	}
	callIdx := indexOf(start, call)
	var visit func(b *ssa.BasicBlock)
	visit = func(b *ssa.BasicBlock) {
		for _, s := range b.Succs {
			if passed[edge{b, s}] || seen[s] {
				continue
			}
			seen[s] = true
			if !dead(s, 0) {
				visit(s)
			}
		}
	}
	if !dead(start, callIdx) {
		visit(start)
	}
	return func(instr ssa.Instruction) bool {
		b := instr.Block()
		if seen[b] {
			return true
		}
		return b == start && indexOf(b, instr) > callIdx
	}
}

// indexOf returns the index of instr in b.
func indexOf(b *ssa.BasicBlock, instr ssa.Instruction) int {
	for i, x := range b.Instrs {
		if x == instr {
			return i
		}
	}
	return -1
}

// claimUses returns the instructions that read the claims held by root,
// after the type assertions and conversions that only re-type them; the
// parse call itself and what builds its argument are not uses.
func claimUses(root ssa.Value, call *ssa.Call) []ssa.Instruction {
	var uses []ssa.Instruction
	seen := make(map[ssa.Value]bool)
	var walk func(v ssa.Value)
	walk = func(v ssa.Value) {
		if seen[v] {
			return
		}
		seen[v] = true
		for _, r := range *v.Referrers() {
			switch r := r.(type) {
			case *ssa.TypeAssert:
				if r.CommaOk {
					if e := extract(r, 0); e != nil {
						walk(e)
					}
				} else {
					walk(r)
				}
			case *ssa.UnOp:
				if r.Op == token.MUL {
					walk(r)
				} else {
					uses = append(uses, r)
				}
			case *ssa.ChangeType, *ssa.ChangeInterface, *ssa.Phi:
				walk(r.(ssa.Value))
			case *ssa.MakeInterface:
				if !isArgOf(r, call) {
					walk(r)
				}
			case *ssa.Call:
				if r != call {
					uses = append(uses, r)
				}
			case *ssa.DebugRef:
			default:
				uses = append(uses, r)
			}
		}
	}
	walk(root)
	return uses
}

// isArgOf reports whether v is an argument of call.
func isArgOf(v ssa.Value, call *ssa.Call) bool {
	for _, a := range call.Common().Args {
		if a == v {
			return true
		}
	}
	return false
}
