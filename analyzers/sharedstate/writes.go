package sharedstate

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/passes/handlers"
)

// A write is an unsynchronised write to a package variable.
type write struct {
	category string
	name     string // the variable, qualified: "store.seen", "cache.items"
	pos      token.Pos
}

// state holds what one run of the check knows about the package.
type state struct {
	pass    *analysis.Pass
	res     *handlers.Result
	guards  *guards
	taint   *taint
	bounded map[string]bool // variables trimmed somewhere: delete, clear, reslice, reset, size check
}

func newState(pass *analysis.Pass, res *handlers.Result) *state {
	s := &state{
		pass:    pass,
		res:     res,
		guards:  newGuards(res),
		taint:   newTaint(res),
		bounded: make(map[string]bool),
	}
	s.findBounds()
	return s
}

// A location is a package variable, or a part of one reached through
// fields, elements and pointers.
type location struct {
	global *ssa.Global
	path   string // ".items", "[]", "" for the variable itself
}

func (l location) key() string { return l.global.RelString(nil) + l.path }

// name is the qualified name of the location for messages: "store.seen",
// "stats.hits".
func (l location) name() string {
	name := l.global.Name()
	if obj := l.global.Object(); obj != nil && obj.Pkg() != nil {
		name = obj.Pkg().Name() + "." + name
	}
	return name + strings.ReplaceAll(l.path, "[]", "")
}

// locate returns the package variable that v is the address, or a loaded
// map or slice, of.
func locate(v ssa.Value) (location, bool) {
	var path []string
	for range 32 {
		switch x := v.(type) {
		case *ssa.Global:
			var b strings.Builder
			for i := len(path) - 1; i >= 0; i-- {
				b.WriteString(path[i])
			}
			return location{global: x, path: b.String()}, true
		case *ssa.FieldAddr:
			path = append(path, "."+fieldName(x.X.Type().Underlying().(*types.Pointer).Elem(), x.Field))
			v = x.X
		case *ssa.Field:
			path = append(path, "."+fieldName(x.X.Type(), x.Field))
			v = x.X
		case *ssa.IndexAddr:
			path = append(path, "[]")
			v = x.X
		case *ssa.Index:
			path = append(path, "[]")
			v = x.X
		case *ssa.Lookup:
			path = append(path, "[]")
			v = x.X
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return location{}, false
			}
			v = x.X
		case *ssa.Slice:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		default:
			return location{}, false
		}
	}
	return location{}, false
}

// fieldName names field i of the struct t.
func fieldName(t types.Type, i int) string {
	if st, ok := t.Underlying().(*types.Struct); ok && i < st.NumFields() {
		return st.Field(i).Name()
	}
	return "?"
}

// classify tells whether instr writes a package variable without
// synchronisation, and how.
func (s *state) classify(instr ssa.Instruction) (write, bool) {
	var loc location
	var vals []ssa.Value
	var grows bool
	switch instr := instr.(type) {
	case *ssa.Store:
		l, ok := locate(instr.Addr)
		if !ok {
			return write{}, false
		}
		loc, vals = l, []ssa.Value{instr.Val}
		grows = appendsTo(instr.Val, l)
	case *ssa.MapUpdate:
		l, ok := locate(instr.Map)
		if !ok {
			return write{}, false
		}
		loc, vals = l, []ssa.Value{instr.Key, instr.Value}
		_, constKey := instr.Key.(*ssa.Const)
		grows = !constKey
	case ssa.CallInstruction:
		if b, ok := instr.Common().Value.(*ssa.Builtin); ok {
			if b.Name() != "delete" && b.Name() != "clear" {
				return write{}, false
			}
			l, ok := locate(instr.Common().Args[0])
			if !ok {
				return write{}, false
			}
			loc = l
			break
		}
		l, ok := s.filledByCall(instr)
		if !ok {
			return write{}, false
		}
		loc = l
		vals = instr.Common().Args
	default:
		return write{}, false
	}
	if isSyncType(loc.global.Type().(*types.Pointer).Elem()) || s.guards.guarded(instr) {
		return write{}, false
	}
	w := write{category: categoryWrite, name: loc.name(), pos: instr.Pos()}
	if !w.pos.IsValid() {
		w.pos = instr.Parent().Pos()
	}
	switch {
	case lazilyInitialised(instr):
		w.category = categoryLazyInit
	case s.taint.anyDerived(instr.Parent(), vals):
		w.category = categoryRequestData
	case grows && !s.bounded[loc.key()]:
		w.category = categoryGrows
	}
	return w, true
}

// filledByCall returns the package variable a call to a function of
// another package is given a pointer to, as in json.Unmarshal(body, &cfg),
// when the call also takes request data: the callee fills the variable
// with it. Receivers do not count (a logger kept in a package variable),
// nor do sync and sync/atomic.
func (s *state) filledByCall(call ssa.CallInstruction) (location, bool) {
	common := call.Common()
	args := common.Args
	if common.IsInvoke() {
		return location{}, false
	}
	callee := common.StaticCallee()
	if callee == nil || callee.Pkg == s.res.Package() {
		return location{}, false
	}
	if obj := s.res.Object(callee); obj == nil || obj.Pkg() == nil {
		return location{}, false
	} else if p := obj.Pkg().Path(); p == "sync" || p == "sync/atomic" {
		return location{}, false
	}
	if common.Signature().Recv() != nil {
		args = args[1:]
	}
	var found location
	ok := false
	for _, a := range args {
		if mi, ok := a.(*ssa.MakeInterface); ok {
			a = mi.X
		}
		if !isAddress(a) {
			continue
		}
		if l, isGlobal := locate(a); isGlobal && !isSyncType(a.Type().Underlying().(*types.Pointer).Elem()) {
			found, ok = l, true
		}
	}
	if !ok {
		return location{}, false
	}
	for _, a := range args {
		if !carrier(a.Type()) && s.taint.anyDerived(call.Parent(), []ssa.Value{a}) {
			return found, true
		}
	}
	return location{}, false
}

// isAddress reports whether v is the address of a package variable or of
// a part of one (&cfg, &state.items[0]), rather than a pointer loaded from
// one: a call given a *sql.DB kept in a package variable uses it, a call
// given &cfg may fill it.
func isAddress(v ssa.Value) bool {
	switch v := v.(type) {
	case *ssa.Global:
		return true
	case *ssa.FieldAddr:
		return isAddress(v.X)
	case *ssa.IndexAddr:
		if _, ok := v.X.Type().Underlying().(*types.Pointer); ok {
			return isAddress(v.X) // an element of an array variable
		}
	}
	return false
}

// appendsTo reports whether v is append(x, ...) where x is loaded from loc.
func appendsTo(v ssa.Value, loc location) bool {
	call, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	b, ok := call.Call.Value.(*ssa.Builtin)
	if !ok || b.Name() != "append" {
		return false
	}
	l, ok := locate(call.Call.Args[0])
	return ok && l.key() == loc.key()
}

// isSyncType reports whether t is a type of sync or sync/atomic, whose
// zero value is ready and which is written only through its methods.
func isSyncType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	p := n.Obj().Pkg().Path()
	return p == "sync" || p == "sync/atomic"
}

// findBounds records the package variables the package trims somewhere:
// delete or clear of a map, a slice resliced or reset, a size checked
// with len. Growth of those is bounded by the code, as far as the check
// can tell.
func (s *state) findBounds() {
	for _, fn := range s.res.Funcs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				s.findBound(fn, instr)
			}
		}
	}
}

func (s *state) findBound(fn *ssa.Function, instr ssa.Instruction) {
	switch instr := instr.(type) {
	case *ssa.Call:
		b, ok := instr.Call.Value.(*ssa.Builtin)
		if !ok || len(instr.Call.Args) == 0 {
			return
		}
		switch b.Name() {
		case "delete", "clear":
			if l, ok := locate(instr.Call.Args[0]); ok {
				s.bounded[l.key()] = true
			}
		case "len":
			if l, ok := locate(instr.Call.Args[0]); ok && comparedOnly(instr) {
				s.bounded[l.key()] = true
			}
		}
	case *ssa.Store:
		l, ok := locate(instr.Addr)
		if !ok || appendsTo(instr.Val, l) {
			return
		}
		if sl, ok := instr.Val.(*ssa.Slice); ok {
			if from, ok := locate(sl.X); ok && from.key() == l.key() {
				s.bounded[l.key()] = true // s = s[n:]
				return
			}
		}
		if s.res.Scope(fn) == handlers.Invocation {
			s.bounded[l.key()] = true // reset while serving: s = nil, m = map[K]V{}
		}
	}
}

// comparedOnly reports whether the result of a len call is compared, as
// in a size check.
func comparedOnly(call *ssa.Call) bool {
	for _, ref := range *call.Referrers() {
		if bin, ok := ref.(*ssa.BinOp); ok {
			switch bin.Op {
			case token.GTR, token.GEQ, token.LSS, token.LEQ:
				return true
			}
		}
	}
	return false
}

// lazilyInitialised reports whether instr runs only when a zero check of
// a package variable found it unset, and that variable is set on the same
// branch: if client == nil { client = ... }, if !loaded { ...; loaded =
// true }.
func lazilyInitialised(instr ssa.Instruction) bool {
	for dom := instr.Block(); dom != nil; dom = dom.Idom() {
		loc, ok := zeroBranch(dom)
		if !ok {
			continue
		}
		if setUnder(dom, loc) {
			return true
		}
	}
	return false
}

// zeroBranch returns the variable whose zero check leads to b when b is
// only reached from the branch that finds it zero.
func zeroBranch(b *ssa.BasicBlock) (location, bool) {
	if len(b.Preds) != 1 {
		return location{}, false
	}
	pred := b.Preds[0]
	ifInstr, ok := pred.Instrs[len(pred.Instrs)-1].(*ssa.If)
	if !ok {
		return location{}, false
	}
	zeroSucc := 0
	var checked ssa.Value
	switch cond := ifInstr.Cond.(type) {
	case *ssa.BinOp:
		if cond.Op != token.EQL && cond.Op != token.NEQ {
			return location{}, false
		}
		x, y := cond.X, cond.Y
		if isZero(x) {
			x, y = y, x
		}
		if !isZero(y) {
			return location{}, false
		}
		checked = x
		if cond.Op == token.NEQ {
			zeroSucc = 1
		}
	case *ssa.UnOp: // a boolean flag: if !loaded is If loaded with swapped successors
		checked, zeroSucc = cond, 1
	default:
		return location{}, false
	}
	if pred.Succs[zeroSucc] != b {
		return location{}, false
	}
	if call, ok := checked.(*ssa.Call); ok { // len(cache) == 0
		if bi, ok := call.Call.Value.(*ssa.Builtin); ok && bi.Name() == "len" {
			checked = call.Call.Args[0]
		}
	}
	if mi, ok := checked.(*ssa.MakeInterface); ok {
		checked = mi.X
	}
	load, ok := checked.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return location{}, false
	}
	return locate(load)
}

// isZero reports whether v is a constant zero value: nil, 0, "", false.
func isZero(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	if !ok {
		return false
	}
	if c.Value == nil {
		return true
	}
	switch c.Value.Kind() {
	case constant.Int, constant.Float:
		return constant.Sign(c.Value) == 0
	case constant.String:
		return constant.StringVal(c.Value) == ""
	case constant.Bool:
		return !constant.BoolVal(c.Value)
	}
	return false
}

// setUnder reports whether loc is stored to in a block dominated by b.
func setUnder(b *ssa.BasicBlock, loc location) bool {
	for _, blk := range b.Parent().Blocks {
		if !b.Dominates(blk) {
			continue
		}
		for _, instr := range blk.Instrs {
			if st, ok := instr.(*ssa.Store); ok {
				if l, ok := locate(st.Addr); ok && l.key() == loc.key() {
					return true
				}
			}
		}
	}
	return false
}
