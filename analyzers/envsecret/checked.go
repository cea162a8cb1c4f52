package envsecret

import (
	"go/constant"
	"go/token"

	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/secret"
)

// checked reports whether an environment value is checked to be set
// before it reaches the sink instruction at: a LookupEnv whose ok result
// is used; a comparison of the value (or its length, or the value
// trimmed) with a constant, whose non-empty branch dominates the sink or
// whose empty branch fails (returns an error, panics, exits). The value
// counts wherever it is stored: a package variable set at init and
// checked in main is checked.
func (t *tracer) checked(e *envRead, at ssa.Instruction) bool {
	if e.fn == nil {
		return e.checked
	}
	if e.ok != nil && len(*e.ok.Referrers()) > 0 {
		return true
	}
	for _, a := range t.aliases(e.val) {
		for _, cmp := range comparisons(a) {
			empty, full := branches(cmp)
			if empty == nil {
				continue
			}
			if at != nil && at.Block() != nil && at.Parent() == full.Parent() &&
				len(full.Preds) == 1 && full.Dominates(at.Block()) {
				return true
			}
			if t.fails(empty) {
				return true
			}
		}
	}
	return false
}

// aliases returns v, the values converted from it ([]byte(v),
// strings.TrimSpace(v)), and the loads of every place one of them is
// stored to.
func (t *tracer) aliases(v ssa.Value) []ssa.Value {
	vals := []ssa.Value{v}
	for i := 0; i < len(vals) && i < 16; i++ {
		for _, r := range *vals[i].Referrers() {
			switch r := r.(type) {
			case *ssa.Convert, *ssa.ChangeType, *ssa.MakeInterface:
				vals = append(vals, r.(ssa.Value))
			case *ssa.Store:
				if r.Val == vals[i] {
					vals = append(vals, t.loads(r.Addr)...)
				}
			}
		}
	}
	return vals
}

// loads returns the loads of addr, of the same field of a named struct
// type for a field.
func (t *tracer) loads(addr ssa.Value) []ssa.Value {
	addrs := []ssa.Value{addr}
	if fa, ok := addr.(*ssa.FieldAddr); ok {
		addrs = nil
		for _, other := range t.fields[keyOf(fa)] {
			addrs = append(addrs, other)
		}
	}
	var vals []ssa.Value
	for _, fn := range t.c.res.Funcs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if u, ok := instr.(*ssa.UnOp); ok && u.Op == token.MUL && contains(addrs, u.X) {
					vals = append(vals, u)
				}
			}
		}
	}
	return vals
}

func contains(vs []ssa.Value, v ssa.Value) bool {
	for _, x := range vs {
		if x == v {
			return true
		}
	}
	return false
}

// A comparison is a branch on an environment value compared with a
// constant.
type comparison struct {
	op  token.Token // the comparison, with the value on the left
	iff *ssa.If
	num bool // the value's length is compared, not the value
}

// comparisons returns the branches on v compared with a constant: v ==
// "", len(v) == 0, len(v) < 32, strings.TrimSpace(v) != "".
func comparisons(v ssa.Value) []comparison {
	var out []comparison
	var visit func(x ssa.Value, num bool)
	visit = func(x ssa.Value, num bool) {
		for _, r := range *x.Referrers() {
			switch r := r.(type) {
			case *ssa.BinOp:
				op, ok := oriented(r, x)
				if !ok {
					continue
				}
				for _, rr := range *r.Referrers() {
					if iff, ok := rr.(*ssa.If); ok {
						out = append(out, comparison{op: op, iff: iff, num: num})
					}
				}
			case *ssa.Call:
				if b, ok := r.Call.Value.(*ssa.Builtin); ok && b.Name() == "len" {
					visit(r, true)
				} else if fn := r.Call.StaticCallee(); fn != nil && fn.Pkg != nil && fn.Pkg.Pkg.Path() == "strings" {
					visit(r, num)
				}
			}
		}
	}
	visit(v, false)
	return out
}

// oriented returns the comparison op of b as if x were on the left, when
// the other operand is a constant.
func oriented(b *ssa.BinOp, x ssa.Value) (token.Token, bool) {
	other, op := b.Y, b.Op
	if b.Y == x {
		other = b.X
		switch op {
		case token.LSS:
			op = token.GTR
		case token.GTR:
			op = token.LSS
		case token.LEQ:
			op = token.GEQ
		case token.GEQ:
			op = token.LEQ
		}
	}
	if _, ok := other.(*ssa.Const); !ok {
		return 0, false
	}
	switch op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		return op, true
	}
	return 0, false
}

// branches returns the successor of the comparison's If taken when the
// value is empty (or too short) and the one taken when it is set.
func branches(c comparison) (empty, full *ssa.BasicBlock) {
	succ := c.iff.Block().Succs
	if len(succ) != 2 {
		return nil, nil
	}
	k, _ := constOperand(c.iff.Cond.(*ssa.BinOp))
	isZero := k != nil && (k.Value == nil || (k.Value.Kind() == constant.String && constant.StringVal(k.Value) == "") ||
		(k.Value.Kind() == constant.Int && constant.Sign(k.Value) == 0))
	switch c.op {
	case token.EQL:
		if !isZero {
			return nil, nil // v == "prod" says nothing about emptiness
		}
		return succ[0], succ[1]
	case token.NEQ:
		if !isZero {
			return nil, nil
		}
		return succ[1], succ[0]
	case token.LSS, token.LEQ:
		return succ[0], succ[1]
	case token.GTR, token.GEQ:
		return succ[1], succ[0]
	}
	return nil, nil
}

func constOperand(b *ssa.BinOp) (*ssa.Const, bool) {
	if k, ok := b.Y.(*ssa.Const); ok {
		return k, true
	}
	k, ok := b.X.(*ssa.Const)
	return k, ok
}

// fails reports whether the blocks a branch dominates fail: they panic,
// exit, or return a non-nil error.
func (t *tracer) fails(branch *ssa.BasicBlock) bool {
	for _, b := range branch.Parent().Blocks {
		if !branch.Dominates(b) {
			continue
		}
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.Panic:
				return true
			case *ssa.Return:
				for _, r := range instr.Results {
					if k, ok := r.(*ssa.Const); ok && k.IsNil() {
						continue
					}
					if isErrorType(r.Type()) {
						return true
					}
				}
			case ssa.CallInstruction:
				c := secret.Resolve(t.c.res, instr.Common())
				if exitFuncs[c.Name()] {
					return true
				}
			}
		}
	}
	return false
}
