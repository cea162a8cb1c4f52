package errresponse

import (
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A ParamSink is a parameter of a function that reaches a response body.
type ParamSink struct {
	// Body is the index of the parameter written to the body.
	Body int
	// Status is the index of the parameter that is the status, or -1.
	Status int
	// Code is the constant status when Status is -1: 0 when unknown, -1
	// when the answer sets no status.
	Code int
}

// summaryFact summarises a function for the packages that call it: the
// parameters it writes to response bodies, the 5xx it answers, the
// parameters it logs, whether its error result is always nil.
type summaryFact struct {
	Sinks    []ParamSink
	Code5xx  int   // a constant 5xx the function answers on some path; 0 for none
	Logs     []int // indexes of parameters that reach a logging call
	NilError bool  // the last result is an error that is always nil
}

func (*summaryFact) AFact() {}

func (f *summaryFact) String() string {
	return fmt.Sprintf("errresponse(sinks=%v 5xx=%d logs=%v nilerror=%t)", f.Sinks, f.Code5xx, f.Logs, f.NilError)
}

func (f *summaryFact) empty() bool {
	return len(f.Sinks) == 0 && f.Code5xx == 0 && len(f.Logs) == 0 && !f.NilError
}

// analyzedFact marks a package the check has summarised: a function of
// it with no summaryFact logs nothing and answers nothing.
type analyzedFact struct{}

func (*analyzedFact) AFact() {}

func (*analyzedFact) String() string { return "errresponse(analyzed)" }

// summaryOf returns the summary of a function of this package; nil while
// it is being computed (recursion).
func (c *checker) summaryOf(fn *ssa.Function) *summaryFact {
	if s, ok := c.sums[fn]; ok {
		return s
	}
	c.sums[fn] = nil
	s := &summaryFact{}
	for _, a := range c.answers(fn) {
		st := a.statusInfo()
		if st.serverError() && s.Code5xx == 0 {
			s.Code5xx = st.code
		}
		f := c.traceAnswer(&a)
		for i := range fn.Params {
			if i < 64 && f.params&(1<<i) != 0 {
				sink := ParamSink{Body: i, Status: st.param, Code: st.code}
				if !st.set {
					sink.Code = -1
				}
				if !slices.Contains(s.Sinks, sink) {
					s.Sinks = append(s.Sinks, sink)
				}
			}
		}
	}
	for i, p := range fn.Params {
		if c.logged(p, false) {
			s.Logs = append(s.Logs, i)
		}
	}
	s.NilError = c.alwaysNilError(fn)
	c.sums[fn] = s
	return s
}

// calleeSummary returns the summary of a statically called function: from
// this package, or from the fact of another package's. known is false for
// a function nothing is known of (a dependency the check skips).
func (c *checker) calleeSummary(callee *ssa.Function) (s *summaryFact, known bool) {
	if callee.Package() == c.res.Package() {
		if callee.Blocks == nil {
			return nil, false
		}
		return c.summaryOf(callee), true
	}
	obj := c.res.Object(callee)
	if obj == nil || obj.Pkg() == nil {
		return nil, false
	}
	var f summaryFact
	if c.pass.ImportObjectFact(obj.Origin(), &f) {
		return &f, true
	}
	if c.analyzed(obj.Pkg()) {
		return &summaryFact{}, true
	}
	return nil, false
}

// analyzed reports whether the check summarised pkg.
func (c *checker) analyzed(pkg *types.Package) bool {
	if pkg == c.pass.Pkg {
		return true
	}
	if got, ok := c.seenPkgs[pkg]; ok {
		return got
	}
	got := c.pass.ImportPackageFact(pkg, new(analyzedFact))
	c.seenPkgs[pkg] = got
	return got
}

// helperAnswers returns the answers a call to a helper makes, from its
// summary: its parameter sinks with this call's arguments, and its 5xx.
func (c *checker) helperAnswers(call ssa.CallInstruction, callee *ssa.Function) []answer {
	s, known := c.calleeSummary(callee)
	if !known || s == nil {
		return nil
	}
	args := call.Common().Args
	var out []answer
	for _, sink := range s.Sinks {
		if sink.Body >= len(args) {
			continue
		}
		a := answer{pos: call.Pos(), body: args[sink.Body]}
		switch {
		case sink.Status >= 0 && sink.Status < len(args):
			a.status = args[sink.Status]
		case sink.Code != -1:
			a.fixed = status{code: sink.Code, param: -1, set: true}
		}
		out = append(out, a)
	}
	if s.Code5xx != 0 {
		out = append(out, answer{pos: call.Pos(), fixed: status{code: s.Code5xx, param: -1, set: true}})
	}
	return out
}

// alwaysNilError reports whether fn returns an error last and every return
// gives it the constant nil, or the result of a call whose error is always
// nil.
func (c *checker) alwaysNilError(fn *ssa.Function) bool {
	res := fn.Signature.Results()
	if res.Len() == 0 || !types.Identical(res.At(res.Len()-1).Type(), types.Universe.Lookup("error").Type()) {
		return false
	}
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && c.mayBeNonNil(ret.Results[len(ret.Results)-1], b) {
			return false
		}
	}
	return true
}

// Packages whose functions and methods log.
var logPackages = []string{"log", "log/slog", "go.uber.org/zap", "github.com/sirupsen/logrus", "github.com/rs/zerolog"}

// isLogPackage reports whether path is a logging package or below one.
func isLogPackage(path string) bool {
	for _, p := range logPackages {
		if path == p || strings.HasPrefix(path, p+"/") {
			return true
		}
	}
	return false
}

// logged reports whether an error value, or what is derived from it,
// reaches a logging call, a call the check cannot see into (which may log
// or report it), a channel, or memory outside the function; with returns
// set, returning it counts too (the caller has it).
func (c *checker) logged(root ssa.Value, returns bool) bool {
	seen := map[ssa.Value]bool{root: true}
	work := []ssa.Value{root}
	push := func(v ssa.Value) {
		if v != nil && !seen[v] {
			seen[v] = true
			work = append(work, v)
		}
	}
	for len(work) > 0 {
		v := work[len(work)-1]
		work = work[:len(work)-1]
		refs := v.Referrers()
		if refs == nil {
			continue
		}
		for _, ref := range *refs {
			switch r := ref.(type) {
			case ssa.CallInstruction:
				if c.callLogs(r.Common(), v) {
					return true
				}
				if val, ok := r.(ssa.Value); ok {
					push(val)
				}
			case *ssa.Return:
				if returns {
					return true
				}
			case *ssa.Send, *ssa.MakeClosure:
				return true
			case *ssa.Store:
				if r.Val != v {
					continue
				}
				if base := localBase(r.Addr); base != nil {
					push(base)
				} else {
					return true
				}
			case *ssa.MapUpdate:
				if r.Value == v || r.Key == v {
					push(r.Map)
				}
			case *ssa.BinOp:
				if r.Op == token.ADD {
					push(r)
				}
			case ssa.Value:
				push(r)
			}
		}
	}
	return false
}

// localBase returns the local allocation an address points into, or nil
// when it points to memory outside the function.
func localBase(addr ssa.Value) ssa.Value {
	for {
		switch a := addr.(type) {
		case *ssa.Alloc:
			if a.Heap && len(*a.Referrers()) == 0 {
				return nil
			}
			return a
		case *ssa.FieldAddr:
			addr = a.X
		case *ssa.IndexAddr:
			addr = a.X
		default:
			return nil
		}
	}
}

// callLogs reports whether a call logs v, or may: a logging function, a
// print to the process's output, a function the check cannot see into, or
// a summarised function that logs that argument.
func (c *checker) callLogs(common *ssa.CallCommon, v ssa.Value) bool {
	if common.IsInvoke() {
		if common.Value == v {
			return false // a method of the error itself: Error, Unwrap
		}
		if n, ok := types.Unalias(common.Value.Type()).(*types.Named); ok && n.Obj().Pkg() != nil && isLogPackage(n.Obj().Pkg().Path()) {
			return true
		}
		return !isResponseWriter(common.Value.Type())
	}
	callee := common.StaticCallee()
	if callee == nil {
		_, builtin := common.Value.(*ssa.Builtin)
		return !builtin // a function value: unknown
	}
	path := ""
	if obj := c.res.Object(callee); obj != nil && obj.Pkg() != nil {
		path = obj.Pkg().Path()
	} else if callee.Package() != nil {
		path = callee.Package().Pkg.Path()
	}
	if isLogPackage(path) {
		return true
	}
	switch callee.RelString(nil) {
	case "fmt.Print", "fmt.Printf", "fmt.Println":
		return true // standard output is the function's log on every platform
	case "fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln":
		return !writerArg(common.Args[0])
	}
	if path == "" || !strings.Contains(strings.Split(path, "/")[0], ".") {
		return false // the standard library: formats, compares, answers
	}
	s, known := c.calleeSummary(callee)
	if !known {
		return true
	}
	if s == nil {
		return false // recursion
	}
	for _, i := range s.Logs {
		if i < len(common.Args) && common.Args[i] == v {
			return true
		}
	}
	return false
}

// mayBeNonNil reports whether an error value returned in block b may be
// non-nil there: it is not the constant nil, not a call whose error is
// always nil, and no dominating comparison with nil proves it nil.
func (c *checker) mayBeNonNil(v ssa.Value, b *ssa.BasicBlock) bool {
	return c.nonNil(v, b, make(map[ssa.Value]bool))
}

func (c *checker) nonNil(v ssa.Value, b *ssa.BasicBlock, seen map[ssa.Value]bool) bool {
	if seen[v] {
		return false
	}
	seen[v] = true
	switch x := v.(type) {
	case *ssa.Const:
		return !x.IsNil()
	case *ssa.Phi:
		for i, e := range x.Edges {
			if c.nonNil(e, x.Block().Preds[i], seen) {
				return true
			}
		}
		return false
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok && c.nilErrorCall(call.Common()) {
			return false
		}
	case *ssa.Call:
		if c.nilErrorCall(x.Common()) {
			return false
		}
	case *ssa.UnOp:
		// In a function with defers, a return stores its results in
		// locals, runs the defers and returns what it loads back.
		if a, ok := x.X.(*ssa.Alloc); ok && x.Op == token.MUL {
			if st := lastStore(x, a); st != nil {
				return c.nonNil(st.Val, st.Block(), seen)
			}
		}
	}
	return !provenNil(v, b)
}

// lastStore returns the store to a that precedes the load in its block,
// if any.
func lastStore(load *ssa.UnOp, a *ssa.Alloc) *ssa.Store {
	instrs := load.Block().Instrs
	i := slices.Index(instrs, ssa.Instruction(load))
	for i--; i >= 0; i-- {
		if st, ok := instrs[i].(*ssa.Store); ok && st.Addr == a {
			return st
		}
	}
	return nil
}

// nilErrorCall reports whether the error a call returns is always nil.
func (c *checker) nilErrorCall(common *ssa.CallCommon) bool {
	callee := common.StaticCallee()
	if callee == nil {
		return false
	}
	s, known := c.calleeSummary(callee)
	return known && s != nil && s.NilError
}

// provenNil reports whether a comparison of v with nil in a block that
// dominates b proves v nil in b.
func provenNil(v ssa.Value, b *ssa.BasicBlock) bool {
	for d := b; d != nil; d = d.Idom() {
		dom := d.Idom()
		if dom == nil || len(d.Preds) != 1 || d.Preds[0] != dom {
			continue
		}
		ifs, ok := dom.Instrs[len(dom.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		cmp, ok := ifs.Cond.(*ssa.BinOp)
		if !ok || !comparesNil(cmp, v) {
			continue
		}
		nilBranch := dom.Succs[0] // taken when cmp is true
		if cmp.Op == token.NEQ {
			nilBranch = dom.Succs[1]
		}
		if cmp.Op == token.EQL || cmp.Op == token.NEQ {
			return d == nilBranch
		}
	}
	return false
}

// comparesNil reports whether cmp compares v with the constant nil.
func comparesNil(cmp *ssa.BinOp, v ssa.Value) bool {
	isNil := func(x ssa.Value) bool { k, ok := x.(*ssa.Const); return ok && k.IsNil() }
	return cmp.X == v && isNil(cmp.Y) || cmp.Y == v && isNil(cmp.X)
}
