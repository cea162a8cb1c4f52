package jwtverify

import (
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/ssax"
	"github.com/fnlint/fnlint/passes/handlers"
)

// A taint is what an SSA value holds from an unverified token.
type taint uint8

const (
	// unverifiedToken is a *jwt.Token from ParseUnverified: its Claims are
	// unverified, its Header (kid, alg) is what a key is picked by.
	unverifiedToken taint = iota + 1
	// unverifiedData is claims data of an unverified token, or a value
	// computed from it.
	unverifiedData
)

// unverifiedFact marks a function whose results carry unverified tokens
// or claims, so that the packages calling it trace them on.
type unverifiedFact struct {
	Tokens []int // results that are tokens from ParseUnverified
	Claims []int // results that are claims of an unverified token
}

func (*unverifiedFact) AFact() {}

func (f *unverifiedFact) String() string {
	var parts []string
	if len(f.Tokens) > 0 {
		parts = append(parts, fmt.Sprintf("tokens=%v", f.Tokens))
	}
	if len(f.Claims) > 0 {
		parts = append(parts, fmt.Sprintf("claims=%v", f.Claims))
	}
	return "unverified(" + strings.Join(parts, " ") + ")"
}

// An item is a value to trace, with the call through which it entered the
// function it belongs to (nil when it entered from every caller).
type item struct {
	v    ssa.Value
	t    taint
	site *ssa.Call
}

// A flow traces the values of one source.
type flow struct {
	c        *checker
	work     []item
	seen     map[ssa.Value]taint
	decision ssa.Instruction // the first decision reached
}

// unverified reports the sources of unverified tokens and claims whose data
// decides something, and exports the facts of functions returning them.
func (c *checker) unverified() {
	for _, fn := range c.res.Funcs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				seeds, what := c.sources(call)
				if len(seeds) == 0 || c.verifiesIn(fn) {
					continue
				}
				f := &flow{c: c, seen: make(map[ssa.Value]taint)}
				for _, s := range seeds {
					f.add(s.v, s.t, nil)
				}
				f.run()
				if f.decision != nil && !c.reported[call] {
					c.reported[call] = true
					c.report(analysis.Diagnostic{
						Pos:      call.Pos(),
						Category: categoryUnverified,
						Message: fmt.Sprintf("%s decides access with claims whose signature is never checked; "+
							"verify the token with a pinned key instead", what),
						Related: []analysis.RelatedInformation{{Pos: decisionPos(f.decision), Message: "decided here"}},
					})
				}
			}
		}
	}
	if c.pass.Pkg.Name() == "main" {
		return // nothing imports it
	}
	for fn, results := range c.returns {
		obj := c.res.Object(fn)
		if obj == nil || c.verifiesIn(fn) {
			continue
		}
		fact := new(unverifiedFact)
		for i := range fn.Signature.Results().Len() {
			switch results[i] {
			case unverifiedToken:
				fact.Tokens = append(fact.Tokens, i)
			case unverifiedData:
				fact.Claims = append(fact.Claims, i)
			}
		}
		c.pass.ExportObjectFact(obj, fact)
	}
}

// sources returns the values a call makes unverified, and names the call
// for the message.
func (c *checker) sources(call *ssa.Call) ([]item, string) {
	common := call.Common()
	switch a := apiOf(common); a.op {
	case opParseUnverified:
		var seeds []item
		if tok := extract(call, 0); tok != nil {
			seeds = append(seeds, item{v: tok, t: unverifiedToken})
		}
		if claims := strip(common.Args[2]); !isNil(claims) {
			seeds = append(seeds, item{v: claims, t: unverifiedData})
		}
		return seeds, callName(call)
	case opJoseUnsafeClaims:
		var seeds []item
		for _, d := range ssax.VarArgs(common.Args[1]) {
			seeds = append(seeds, item{v: strip(d), t: unverifiedData})
		}
		return seeds, callName(call)
	}
	callee := common.StaticCallee()
	if callee == nil || c.local(callee) != nil {
		return nil, ""
	}
	obj := c.res.Object(callee)
	var fact unverifiedFact
	if obj == nil || !c.pass.ImportObjectFact(obj, &fact) {
		return nil, ""
	}
	var seeds []item
	add := func(results []int, t taint) {
		for _, i := range results {
			if v := result(call, i); v != nil {
				seeds = append(seeds, item{v: v, t: t})
			}
		}
	}
	add(fact.Tokens, unverifiedToken)
	add(fact.Claims, unverifiedData)
	return seeds, handlers.QualifiedName(obj) + " (claims of an unverified token)"
}

// result returns result i of a call: the call itself for a single result.
func result(call *ssa.Call, i int) ssa.Value {
	if call.Common().Signature().Results().Len() == 1 {
		return call
	}
	if e := extract(call, i); e != nil {
		return e
	}
	return nil
}

func (f *flow) add(v ssa.Value, t taint, site *ssa.Call) {
	if v == nil || f.seen[v] >= t {
		return
	}
	if _, ok := v.(*ssa.Const); ok {
		return
	}
	f.seen[v] = t
	f.work = append(f.work, item{v, t, site})
}

func (f *flow) run() {
	for len(f.work) > 0 && f.decision == nil {
		it := f.work[len(f.work)-1]
		f.work = f.work[:len(f.work)-1]
		refs := it.v.Referrers()
		if refs == nil {
			continue
		}
		for _, r := range *refs {
			if it.t == unverifiedToken {
				f.token(it, r)
			} else {
				f.data(it, r)
			}
			if f.decision != nil {
				return
			}
		}
	}
}

// token traces an unverified token into one instruction that uses it: its
// claims are unverified data, its header is not.
func (f *flow) token(it item, r ssa.Instruction) {
	switch r := r.(type) {
	case *ssa.FieldAddr:
		if fieldName(r) == "Claims" {
			f.add(r, unverifiedData, it.site)
		}
	case *ssa.Field:
		if st, ok := r.X.Type().Underlying().(*types.Struct); ok && st.Field(r.Field).Name() == "Claims" {
			f.add(r, unverifiedData, it.site)
		}
	case *ssa.Phi, *ssa.ChangeType:
		f.add(r.(ssa.Value), it.t, it.site)
	case *ssa.UnOp: // a variable holding the token, captured by a closure
		if r.Op == token.MUL {
			f.add(r, it.t, it.site)
		}
	case *ssa.Store:
		if r.Val == it.v {
			f.add(root(r.Addr), it.t, it.site)
		}
	case *ssa.Call:
		f.call(it, r)
	case *ssa.Return:
		f.ret(it, r)
	case *ssa.MakeClosure:
		f.bind(it, r)
	}
}

// data traces unverified data into one instruction that uses it.
func (f *flow) data(it item, r ssa.Instruction) {
	switch r := r.(type) {
	case *ssa.If:
		if !f.c.verifiesIn(r.Parent()) { // else: picking the key to verify with
			f.decision = r
		}
	case *ssa.Return:
		f.ret(it, r)
	case *ssa.Store:
		if r.Val == it.v {
			f.add(root(r.Addr), unverifiedData, it.site)
		}
	case *ssa.MapUpdate:
		if r.Value == it.v || r.Key == it.v {
			f.add(r.Map, unverifiedData, it.site)
		}
	case *ssa.Call:
		f.call(it, r)
	case *ssa.MakeClosure:
		f.bind(it, r)
	case ssa.Value:
		f.add(r, unverifiedData, it.site)
	}
}

// root returns the variable an address points into: the Alloc or
// parameter behind fields and elements.
func root(addr ssa.Value) ssa.Value {
	for {
		switch a := addr.(type) {
		case *ssa.FieldAddr:
			addr = a.X
		case *ssa.IndexAddr:
			addr = a.X
		default:
			return addr
		}
	}
}

// call traces a value passed to a call: into the parameter of a function
// of the package, else into the call's results.
func (f *flow) call(it item, call *ssa.Call) {
	common := call.Common()
	if apiOf(common).op != opNone {
		return // the claims passed to the parse that fills them
	}
	if callee := f.c.local(common.StaticCallee()); callee != nil {
		params := callee.Params
		args := common.Args
		if len(params) == len(args) {
			for i, a := range args {
				if a == it.v || strip(a) == it.v {
					f.add(params[i], it.t, call)
				}
			}
			return
		}
	}
	if it.t == unverifiedData && common.Signature().Results().Len() > 0 {
		f.add(call, unverifiedData, it.site)
	}
}

// bind traces a value captured by a closure into its free variable.
func (f *flow) bind(it item, mc *ssa.MakeClosure) {
	fn := mc.Fn.(*ssa.Function)
	for i, b := range mc.Bindings {
		if b == it.v && i < len(fn.FreeVars) {
			f.add(fn.FreeVars[i], it.t, it.site)
		}
	}
}

// ret traces a returned value to the callers, or records a decision when
// the function is an API Gateway authorizer answering with it.
func (f *flow) ret(it item, r *ssa.Return) {
	fn := r.Parent()
	if it.t == unverifiedData && isAuthorizer(f.c.res, fn) {
		f.decision = r
		return
	}
	i := slices.Index(r.Results, it.v)
	if i < 0 {
		return
	}
	if fn.Parent() == nil {
		m := f.c.returns[fn]
		if m == nil {
			m = make(map[int]taint)
			f.c.returns[fn] = m
		}
		m[i] = max(m[i], it.t)
	}
	sites := f.c.callers[fn]
	if it.site != nil {
		sites = []*ssa.Call{it.site}
	}
	for _, s := range sites {
		f.add(result(s, i), it.t, nil)
	}
}

// isAuthorizer reports whether fn is an API Gateway authorizer, whose
// results are the authorization decision.
func isAuthorizer(res *handlers.Result, fn *ssa.Function) bool {
	h := res.Handler(fn)
	return h != nil && h.IsAuthorizer()
}

// decisionPos returns the position of a decision: that of the condition
// of an if (an *ssa.If has none of its own), else the instruction's.
func decisionPos(d ssa.Instruction) token.Pos {
	if iff, ok := d.(*ssa.If); ok {
		if p := iff.Cond.Pos(); p.IsValid() {
			return p
		}
		if b, ok := iff.Cond.(*ssa.BinOp); ok {
			for _, x := range []ssa.Value{b.X, b.Y} {
				if p := x.Pos(); p.IsValid() {
					return p
				}
			}
		}
	}
	return d.Pos()
}
