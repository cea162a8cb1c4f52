package validateinput

import (
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/typesx"
)

// validatedAt reports whether o is checked on every path to instr by a
// branch that leaves: an if on o, on one of its fields, or on the result
// of a validator called on it, one of whose branches dominates instr while
// the other cannot reach instr without coming back through the if (it
// returns, answers, continues with the next item).
func (s *state) validatedAt(o *origin, instr ssa.Instruction) bool {
	if o.validated {
		return true
	}
	target := instr.Block()
	for _, b := range s.fn.Blocks {
		iff, ok := lastInstr(b).(*ssa.If)
		if !ok || b.Succs[0] == b.Succs[1] || !s.checksOf(iff).has(o) {
			continue
		}
		for k := range 2 {
			pass, leave := b.Succs[k], b.Succs[1-k]
			if pass.Dominates(target) && !reaches(leave, target, b) {
				return true
			}
		}
	}
	return false
}

// lastInstr returns the last instruction of b, or nil.
func lastInstr(b *ssa.BasicBlock) ssa.Instruction {
	if len(b.Instrs) == 0 {
		return nil
	}
	return b.Instrs[len(b.Instrs)-1]
}

// reaches reports whether target can be reached from from without going
// through avoid.
func reaches(from, target, avoid *ssa.BasicBlock) bool {
	seen := map[*ssa.BasicBlock]bool{avoid: true}
	stack := []*ssa.BasicBlock{from}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if b == target {
			return true
		}
		if seen[b] {
			continue
		}
		seen[b] = true
		stack = append(stack, b.Succs...)
	}
	return false
}

// checksOf returns the origins the condition of iff depends on.
func (s *state) checksOf(iff *ssa.If) origins {
	if s.checks == nil {
		s.checks = make(map[*ssa.If]origins)
	}
	if os, ok := s.checks[iff]; ok {
		return os
	}
	var os origins
	s.dependsOn(iff.Cond, make(map[ssa.Value]bool), &os, 0)
	s.checks[iff] = os
	return os
}

// dependsOn collects the origins v depends on through comparisons,
// conversions, field reads, boolean functions (strings.HasPrefix,
// regexp.MatchString, an allow-list lookup), validators, and the
// conditions that decide the value of a phi (errors collected in a slice
// or counted under ifs on input); not through other calls: the error of
// a query on input does not check the input.
func (s *state) dependsOn(v ssa.Value, seen map[ssa.Value]bool, os *origins, depth int) {
	if v == nil || seen[v] || depth > 12 {
		return
	}
	seen[v] = true
	for _, o := range s.taint[v] {
		if !os.has(o) {
			*os = append(*os, o)
		}
	}
	next := func(vs ...ssa.Value) {
		for _, x := range vs {
			s.dependsOn(x, seen, os, depth+1)
		}
	}
	switch x := v.(type) {
	case *ssa.BinOp:
		next(x.X, x.Y)
	case *ssa.UnOp:
		next(x.X)
	case *ssa.Convert:
		next(x.X)
	case *ssa.ChangeType:
		next(x.X)
	case *ssa.MakeInterface:
		next(x.X)
	case *ssa.Field:
		next(x.X)
	case *ssa.FieldAddr:
		next(x.X)
	case *ssa.Index:
		next(x.X, x.Index)
	case *ssa.IndexAddr:
		next(x.X)
	case *ssa.Lookup:
		next(x.X, x.Index)
	case *ssa.Slice:
		next(x.X)
	case *ssa.TypeAssert:
		next(x.X)
	case *ssa.Phi:
		next(x.Edges...)
		// Which edge a phi takes is decided by the branch its block's
		// immediate dominator ends with: a value changed in one branch
		// of an if on input depends on the input, as problems does in
		// "if in.Name == "" { problems = append(problems, ...) }" and
		// then "if len(problems) > 0 { answer 400 }".
		if idom := x.Block().Idom(); idom != nil {
			if iff, ok := lastInstr(idom).(*ssa.If); ok {
				next(iff.Cond)
			}
		}
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok {
			res := call.Call.Signature().Results()
			if vs, ok := s.c.validatedArgs(&call.Call); ok {
				next(vs...)
			} else if x.Index < res.Len() && isBool(res.At(x.Index).Type()) {
				next(callArgs(&call.Call)...)
			}
			return
		}
		next(x.Tuple)
	case *ssa.Call:
		common := &x.Call
		if b, ok := common.Value.(*ssa.Builtin); ok {
			if b.Name() == "len" || b.Name() == "cap" {
				next(common.Args...)
			}
			return
		}
		if vs, ok := s.c.validatedArgs(common); ok {
			next(vs...)
		} else if isBool(x.Type()) {
			next(callArgs(common)...)
		}
	}
}

// callArgs returns the arguments of a call, the receiver of an interface
// method call first.
func callArgs(common *ssa.CallCommon) []ssa.Value {
	if common.IsInvoke() {
		return append([]ssa.Value{common.Value}, common.Args...)
	}
	return common.Args
}

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

// validatedArgs returns the arguments a call validates, and whether it
// is a validator: a method named in -validate-methods with no parameters
// returning error or bool (its receiver), a function of -validator-funcs
// (go-playground/validator and others: every argument), or a function
// whose summary says it validates some of its parameters.
func (c *checker) validatedArgs(common *ssa.CallCommon) ([]ssa.Value, bool) {
	name := calleeName(common)
	if name == "" {
		return nil, false
	}
	args := callArgs(common)
	if c.validatorFuncs[name] {
		return args, true
	}
	var method *types.Func
	if common.IsInvoke() {
		method = common.Method
	} else if fn := common.StaticCallee(); fn != nil {
		method, _ = fn.Object().(*types.Func)
	}
	if method != nil && method.Signature().Recv() != nil && c.validateMethods[method.Name()] {
		sig := method.Signature()
		if sig.Params().Len() == 0 && sig.Results().Len() == 1 &&
			(typesx.IsError(sig.Results().At(0).Type()) || isBool(sig.Results().At(0).Type())) {
			return args[:1], true
		}
	}
	if sum := c.summaryOf(common); sum != nil && len(sum.Validates) > 0 && !common.IsInvoke() {
		var vs []ssa.Value
		for _, p := range sum.Validates {
			if p < len(args) {
				vs = append(vs, args[p])
			}
		}
		return vs, true
	}
	return nil, false
}

// validateMethodOf returns the name of a method of -validate-methods that
// t or *t has, or "", for the remedy of messages.
func (c *checker) validateMethodOf(t types.Type) string {
	if t == nil {
		return ""
	}
	if _, isPtr := t.Underlying().(*types.Pointer); !isPtr {
		t = types.NewPointer(t)
	}
	ms := types.NewMethodSet(t)
	for i := range ms.Len() {
		m := ms.At(i).Obj()
		if c.validateMethods[m.Name()] {
			return m.Name()
		}
	}
	return ""
}

// validatesParams returns the parameters a function that answers an error
// or a bool validates: those it calls a validator on, those an if checks
// with a branch that cannot reach a successful return, and those it checks
// with fn.Validation.
func (s *state) validatesParams() []int {
	res := s.fn.Signature.Results()
	if res.Len() == 0 {
		return nil
	}
	last := res.At(res.Len() - 1).Type()
	if !typesx.IsError(last) && !isBool(last) {
		return nil
	}
	var success []*ssa.BasicBlock
	for _, b := range s.fn.Blocks {
		if ret, ok := lastInstr(b).(*ssa.Return); ok && len(ret.Results) > 0 && isSuccess(ret.Results[len(ret.Results)-1]) {
			success = append(success, b)
		}
	}
	var checked origins
	for _, b := range s.fn.Blocks {
		for _, instr := range b.Instrs {
			switch x := instr.(type) {
			case *ssa.If:
				if len(success) == 0 {
					continue
				}
				for k := range 2 {
					if !reachesAny(b.Succs[k], success, b) {
						checked = append(checked, s.checksOf(x)...)
						break
					}
				}
			case ssa.CallInstruction:
				common := x.Common()
				args, ok := s.c.validatedArgs(common)
				if calleeName(common) == "(*"+runtimePath+".Validation).Check" {
					args, ok = common.Args[1:2], true
				} else if !ok || x.Value() == nil || len(*x.Value().Referrers()) == 0 {
					continue
				}
				var os origins
				seen := make(map[ssa.Value]bool)
				for _, a := range args {
					s.dependsOn(a, seen, &os, 0)
				}
				checked = append(checked, os...)
			}
		}
	}
	var params []int
	for i := range s.fn.Params {
		for _, o := range checked {
			if o.param == i {
				params = append(params, i)
				break
			}
		}
	}
	return params
}

// isSuccess reports whether v, the last result of a return, says success:
// a nil error or true.
func isSuccess(v ssa.Value) bool {
	k, ok := v.(*ssa.Const)
	if !ok {
		return false
	}
	if k.Value == nil {
		return k.IsNil()
	}
	return k.Value.Kind() == constant.Bool && constant.BoolVal(k.Value)
}

// reachesAny reports whether any of targets is reachable from from without
// going through avoid.
func reachesAny(from *ssa.BasicBlock, targets []*ssa.BasicBlock, avoid *ssa.BasicBlock) bool {
	for _, t := range targets {
		if reaches(from, t, avoid) {
			return true
		}
	}
	return false
}
