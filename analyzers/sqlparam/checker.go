package sqlparam

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/passes/handlers"
)

// A checker holds what one pass knows about its package.
type checker struct {
	pass  *analysis.Pass
	res   *handlers.Result
	extra map[string]sink // sinks of the flag, by full name

	byName map[string][]*types.Func // sink methods of concrete types, by name

	escaped       map[*ssa.Function]bool // used as values: callers unknown
	closures      map[*ssa.Function][]*ssa.MakeClosure
	globalStores  map[*ssa.Global][]ssa.Value
	globalEscapes map[*ssa.Global]bool // address taken by other code
	fieldStores   map[fieldKey][]ssa.Value

	summaries map[*ssa.Function]*summary
	busy      map[*ssa.Function]bool
	shared    *eval // values of several functions: stores to globals and fields
	globals   map[*ssa.Global]*taint
	fields    map[fieldKey]*taint
	guards    map[ssa.Value]bool
	driver    *style // placeholder style of the driver the package opens
}

// fieldKey is a field of a struct type of the package.
type fieldKey struct {
	typ   *types.TypeName
	field int
}

// A summary is what a function of the package does with strings.
type summary struct {
	rets     []taint         // per result: what it is built from
	sinks    map[int]sinkUse // parameters that reach the query of a sink
	outer    map[int]sinkUse // for a closure: parameters of the enclosing declared function that reach one
	findings []finding       // sinks reached with non-constant queries
}

// A sinkUse is a sink reached from a parameter, through calls.
type sinkUse struct {
	sink sink
	via  []string // the functions called on the way, callee first
}

// A finding is a sink reached with a query built from non-constant data.
type finding struct {
	call   ssa.CallInstruction
	arg    ssa.Value
	use    sinkUse
	t      taint
	astArg int   // index of the query in the call expression; -1: unknown
	eval   *eval // the evaluator of the function of the call
}

func newChecker(pass *analysis.Pass, res *handlers.Result, extra map[string]sink) *checker {
	c := &checker{
		pass: pass, res: res, extra: extra,
		escaped:       make(map[*ssa.Function]bool),
		closures:      make(map[*ssa.Function][]*ssa.MakeClosure),
		globalStores:  make(map[*ssa.Global][]ssa.Value),
		globalEscapes: make(map[*ssa.Global]bool),
		fieldStores:   make(map[fieldKey][]ssa.Value),
		summaries:     make(map[*ssa.Function]*summary),
		busy:          make(map[*ssa.Function]bool),
		globals:       make(map[*ssa.Global]*taint),
		fields:        make(map[fieldKey]*taint),
		guards:        make(map[ssa.Value]bool),
	}
	c.shared = c.newEval(nil)
	c.scan()
	return c
}

// scan records, in one pass over the package, the functions used as
// values, the bindings of closures and the stores to package variables and
// to fields.
func (c *checker) scan() {
	var ops []*ssa.Value
	for _, fn := range c.res.Funcs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				var callee *ssa.Value
				if call, ok := instr.(ssa.CallInstruction); ok {
					callee = &call.Common().Value
				}
				switch instr := instr.(type) {
				case *ssa.MakeClosure:
					fn := instr.Fn.(*ssa.Function)
					c.closures[fn] = append(c.closures[fn], instr)
					if !calledOnly(instr) {
						c.markEscaped(fn)
					}
				case *ssa.Store:
					c.store(instr)
				}
				ops = instr.Operands(ops[:0])
				for _, op := range ops {
					if op == callee {
						continue
					}
					switch v := (*op).(type) {
					case *ssa.Function:
						if _, ok := instr.(*ssa.MakeClosure); !ok {
							c.markEscaped(v)
						}
					case *ssa.Global:
						if !globalAccess(instr, v) {
							c.globalEscapes[v] = true
						}
					}
				}
			}
		}
	}
}

// store records a store to a package variable or a field.
func (c *checker) store(s *ssa.Store) {
	switch a := s.Addr.(type) {
	case *ssa.Global:
		c.globalStores[a] = append(c.globalStores[a], s.Val)
	case *ssa.IndexAddr:
		if g, ok := a.X.(*ssa.Global); ok {
			c.globalStores[g] = append(c.globalStores[g], s.Val)
		}
	case *ssa.FieldAddr:
		if k, ok := keyOf(a.X.Type(), a.Field); ok {
			c.fieldStores[k] = append(c.fieldStores[k], s.Val)
		}
	}
}

func (c *checker) markEscaped(fn *ssa.Function) {
	c.escaped[fn] = true
	if canon := handlers.Canonical(fn); canon != nil {
		c.escaped[canon] = true
	}
}

// calledOnly reports whether a closure is only called, never passed on.
func calledOnly(mc *ssa.MakeClosure) bool {
	for _, r := range *mc.Referrers() {
		call, ok := r.(ssa.CallInstruction)
		if !ok || call.Common().Value != mc {
			if _, ok := r.(*ssa.DebugRef); !ok {
				return false
			}
		}
	}
	return true
}

// globalAccess reports whether instr reads or writes g in place, as
// opposed to passing its address on.
func globalAccess(instr ssa.Instruction, g *ssa.Global) bool {
	switch instr := instr.(type) {
	case *ssa.Store:
		return instr.Addr == g && instr.Val != g
	case *ssa.UnOp, *ssa.FieldAddr, *ssa.IndexAddr, *ssa.DebugRef:
		return true
	}
	return false
}

// keyOf returns the key of field idx of the struct type t (or *t) when it
// is an unexported field of a type of the package: only the package writes
// it (decoders set exported fields only).
func keyOf(t types.Type, idx int) (fieldKey, bool) {
	if e := derefElem(t); e != nil {
		t = e
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return fieldKey{}, false
	}
	n = n.Origin()
	st, ok := n.Underlying().(*types.Struct)
	if !ok || idx >= st.NumFields() || st.Field(idx).Exported() {
		return fieldKey{}, false
	}
	return fieldKey{n.Obj(), idx}, true
}

// field is the taint of a field: for an unexported field of a type of the
// package that the package sets, the values it sets; else non-constant.
func (e *eval) field(t types.Type, idx int, v ssa.Value) taint {
	k, ok := keyOf(t, idx)
	if !ok || k.typ.Pkg() != e.c.pass.Pkg || len(e.c.fieldStores[k]) == 0 {
		return e.bad(v)
	}
	if ft, ok := e.c.fields[k]; ok {
		if ft == nil {
			return taint{} // being computed: the other stores decide
		}
		return *ft
	}
	e.c.fields[k] = nil
	var ft taint
	for _, s := range e.c.fieldStores[k] {
		ft = ft.join(e.c.shared.value(s))
	}
	ft.params = 0
	if ft.bad && ft.leaf == nil {
		ft.leaf = v
	}
	e.c.fields[k] = &ft
	return ft
}

// global is the taint of a package variable: the values stored to it, or
// for a variable of another package, its fact.
func (c *checker) global(g *ssa.Global) taint {
	if g.Pkg != c.res.Package() {
		return c.importedGlobal(g)
	}
	if c.globalEscapes[g] {
		return c.shared.bad(g)
	}
	if t, ok := c.globals[g]; ok {
		if t == nil {
			return taint{}
		}
		return *t
	}
	c.globals[g] = nil
	var t taint
	for _, s := range c.globalStores[g] {
		t = t.join(c.shared.value(s))
	}
	c.globals[g] = &t
	return t
}

// importedGlobal is the taint of a package variable of another package.
func (c *checker) importedGlobal(g *ssa.Global) taint {
	if obj := c.realVar(g); obj != nil {
		var f constVarFact
		if c.pass.ImportObjectFact(obj, &f) {
			return taint{}
		}
	}
	return c.shared.bad(g)
}

// realVar returns the real object of a stand-in package variable.
func (c *checker) realVar(g *ssa.Global) types.Object {
	path := g.Pkg.Pkg.Path()
	for _, imp := range c.pass.Pkg.Imports() {
		if imp.Path() == path {
			return imp.Scope().Lookup(g.Name())
		}
	}
	return nil
}

// calleeArgs returns the function a call runs (the function holding its
// code) and the arguments matching its parameters.
func calleeArgs(common *ssa.CallCommon) (*ssa.Function, []ssa.Value) {
	callee := common.StaticCallee()
	if callee == nil || common.IsInvoke() {
		return nil, nil
	}
	fn := handlers.Canonical(callee)
	if fn == nil {
		fn = callee
	}
	args := common.Args
	if len(fn.Params) == len(args)+1 { // a bound method value: the receiver is bound
		mc, ok := common.Value.(*ssa.MakeClosure)
		if !ok || len(mc.Bindings) == 0 {
			return nil, nil
		}
		args = append([]ssa.Value{mc.Bindings[0]}, args...)
	}
	if len(fn.Params) != len(args) {
		return nil, nil
	}
	return fn, args
}

// summaryOf returns the summary of a function: analyzed when it is in the
// package, from its fact otherwise.
func (c *checker) summaryOf(callee *ssa.Function) (*summary, bool) {
	fn := handlers.Canonical(callee)
	if fn == nil {
		fn = callee
	}
	if fn.Pkg == c.res.Package() && fn.Blocks != nil {
		s := c.analyze(fn)
		return s, s != nil
	}
	obj := c.res.Object(fn)
	if obj == nil {
		return nil, false
	}
	return c.summaryOfObj(obj)
}

// summaryOfObj returns the summary of a declared function.
func (c *checker) summaryOfObj(obj *types.Func) (*summary, bool) {
	if obj.Pkg() == c.pass.Pkg {
		fn := c.res.Package().Prog.FuncValue(obj)
		if fn == nil || fn.Blocks == nil {
			return nil, false
		}
		s := c.analyze(fn)
		return s, s != nil
	}
	var f summaryFact
	if !c.pass.ImportObjectFact(obj, &f) {
		return nil, false
	}
	return f.summary(), true
}

// edge is an edge of the control-flow graph.
type edge struct{ from, to *ssa.BasicBlock }

// guarded reports whether every use of v comes after a check that v is one
// of a fixed set of constants: compared with constants (a switch), found
// among the keys of a constant map, or in a constant slice.
func (c *checker) guarded(v ssa.Value) bool {
	if g, ok := c.guards[v]; ok {
		return g
	}
	c.guards[v] = false
	g := c.isGuarded(v)
	c.guards[v] = g
	return g
}

func (c *checker) isGuarded(v ssa.Value) bool {
	var def *ssa.BasicBlock
	switch v := v.(type) {
	case *ssa.Parameter:
		if len(v.Parent().Blocks) == 0 {
			return false
		}
		def = v.Parent().Blocks[0]
	case ssa.Instruction:
		def = v.Block()
	}
	refs := v.Referrers()
	if def == nil || refs == nil || !isString(v.Type()) {
		return false
	}
	blocked := make(map[edge]bool)
	guards := make(map[ssa.Instruction]bool)
	for _, r := range *refs {
		if cond, want, ok := c.guardOf(r, v); ok {
			guards[r] = true
			c.blockEdges(cond, want, blocked)
		}
	}
	if len(blocked) == 0 {
		return false
	}
	reached := map[*ssa.BasicBlock]bool{def: true}
	queue := []*ssa.BasicBlock{def}
	for len(queue) > 0 {
		b := queue[0]
		queue = queue[1:]
		for _, s := range b.Succs {
			if !reached[s] && !blocked[edge{b, s}] {
				reached[s] = true
				queue = append(queue, s)
			}
		}
	}
	for _, r := range *refs {
		if guards[r] {
			continue
		}
		switch r := r.(type) {
		case *ssa.DebugRef:
			continue
		case *ssa.Phi:
			for i, e := range r.Edges {
				pred := r.Block().Preds[i]
				if e == v && reached[pred] && !blocked[edge{pred, r.Block()}] {
					return false
				}
			}
			continue
		}
		if reached[r.Block()] {
			return false
		}
	}
	return true
}

// guardOf returns the boolean value that has the value want when v is one
// of a fixed set of constants, if r computes one.
func (c *checker) guardOf(r ssa.Instruction, v ssa.Value) (cond ssa.Value, want, ok bool) {
	switch r := r.(type) {
	case *ssa.BinOp:
		if r.Op != token.EQL && r.Op != token.NEQ {
			return nil, false, false
		}
		other := r.X
		if other == v {
			other = r.Y
		}
		_, isConst := other.(*ssa.Const)
		return r, r.Op == token.EQL, isConst
	case *ssa.Lookup:
		if r.Index != v || !c.shared.mapSide(r.X, true).safe() {
			return nil, false, false
		}
		if !r.CommaOk {
			return r, true, isBool(r.Type())
		}
		for _, rr := range *r.Referrers() {
			if ex, ok := rr.(*ssa.Extract); ok && ex.Index == 1 {
				return ex, true, true
			}
		}
	case *ssa.Call:
		fn := r.Common().StaticCallee()
		if fn == nil || len(r.Common().Args) != 2 || r.Common().Args[1] != v {
			return nil, false, false
		}
		if obj := c.res.Object(fn); obj != nil && obj.FullName() == "slices.Contains" {
			return r, true, c.shared.value(r.Common().Args[0]).safe()
		}
	}
	return nil, false, false
}

// blockEdges blocks the edges taken when cond has the value want, through
// negations.
func (c *checker) blockEdges(cond ssa.Value, want bool, blocked map[edge]bool) {
	for _, r := range *cond.Referrers() {
		switch r := r.(type) {
		case *ssa.If:
			succ := r.Block().Succs[0]
			if !want {
				succ = r.Block().Succs[1]
			}
			blocked[edge{r.Block(), succ}] = true
		case *ssa.UnOp:
			if r.Op == token.NOT {
				c.blockEdges(r, !want, blocked)
			}
		}
	}
}

// isBool reports whether t is a boolean type.
func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}
