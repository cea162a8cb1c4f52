// Package reach finds where a call-based effect (opening a pool, exiting,
// compiling a regexp) happens on every invocation, across packages.
//
// A check describes the calls it is about with a Match function and
// declares a fact type that embeds Chain. Find then:
//   - exports, on every function of the package that performs the effect
//     directly or through calls, a fact saying what it does and through
//     which calls, so that packages calling it know;
//   - returns the findings of this package: every site in invocation scope,
//     a site being a matching call or a call to a function of another
//     package whose fact says it performs the effect; and every handler of
//     another package registered here whose own package did not see it as
//     a handler.
//
// A helper two calls and one package away from the handler is thus
// reported at the call in the handler's package that leads to it, with the
// whole chain: "handle → load → store.Open → openDB".
package reach

import (
	"go/token"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/passes/handlers"
)

// Chain is what a fact of a check says about a function: the effect it
// performs and the calls through which it does.
type Chain struct {
	// What names the effect, e.g. "sql.Open".
	What string
	// Calls are the functions called from the function the fact is on down
	// to the one that performs the effect, e.g. ["openDB"]; empty when the
	// function performs it itself.
	Calls []string
}

// ReachChain returns c; it lets Find read and write the Chain embedded in a
// check's fact type.
func (c *Chain) ReachChain() *Chain { return c }

// A Fact is a check's fact type: a struct embedding Chain, with a pointer
// receiver AFact method.
type Fact interface {
	analysis.Fact
	ReachChain() *Chain
}

// Match reports whether a call performs the effect, and names it.
type Match func(call *ssa.CallCommon) (what string, ok bool)

// InstrMatch reports whether an instruction performs the effect, names it
// and gives its position. It is for effects that are not only calls, such
// as the panic instruction.
type InstrMatch func(instr ssa.Instruction) (what string, pos token.Pos, ok bool)

// An Effect describes, for FindEffect, what a check looks for.
type Effect struct {
	// Match finds the instructions that perform the effect.
	Match InstrMatch
	// Contained, if not nil, reports whether fn keeps the effect named
	// what from reaching its callers, as a deferred recover stops a
	// panic. A function that contains the effect exports no fact for
	// what it calls, and its calls to functions of other packages are no
	// sites.
	Contained func(fn *ssa.Function, what string) bool
	// Skip, if not nil, reports instructions that neither perform the
	// effect nor lead to it, matching or not: the code of a lazy
	// initialisation, which runs once per instance.
	Skip func(instr ssa.Instruction) bool
}

// contains tells whether fn contains the effect named what.
func (e *Effect) contains(fn *ssa.Function, what string) bool {
	return e.Contained != nil && e.Contained(fn, what)
}

// instrs turns m into an InstrMatch over call instructions.
func (m Match) instrs() InstrMatch {
	return func(instr ssa.Instruction) (string, token.Pos, bool) {
		call, ok := instr.(ssa.CallInstruction)
		if !ok {
			return "", token.NoPos, false
		}
		what, ok := m(call.Common())
		return what, call.Common().Pos(), ok
	}
}

// A Site is a place in this package that performs the effect.
type Site struct {
	// Fn is the function the site is in.
	Fn *ssa.Function
	// Pos is the position of the call.
	Pos token.Pos
	// What names the effect.
	What string
	// Via is, for a call to a function of another package, that function
	// and the calls its fact names.
	Via []string
}

// A Finding is a site that runs on every invocation.
type Finding struct {
	Site
	// Handler is the handler the site is reached from.
	Handler *handlers.Handler
	// Path is the call path from the handler to Site.Fn; nil for a handler
	// of another package registered here.
	Path []handlers.Step
}

// Chain formats the whole chain from the handler to the function that
// performs the effect: "handle → load → store.Open → openDB".
func (f *Finding) Chain() string {
	if f.Path == nil {
		return handlers.FormatPath(nil, f.Via...)
	}
	return handlers.FormatPath(f.Path, f.Via...)
}

// Related returns the calls on the path from the handler, for the Related
// field of a diagnostic.
func (f *Finding) Related() []analysis.RelatedInformation {
	var rel []analysis.RelatedInformation
	if f.Handler != nil && f.Handler.Pos.IsValid() && f.Handler.Pos != f.Pos {
		rel = append(rel, analysis.RelatedInformation{Pos: f.Handler.Pos, Message: "handler " + f.Handler.Name()})
	}
	for i, step := range f.Path {
		if i > 0 && step.Call.IsValid() {
			rel = append(rel, analysis.RelatedInformation{
				Pos:     step.Call,
				Message: "called from " + handlers.FuncName(f.Path[i-1].Fn),
			})
		}
	}
	return rel
}

// Find exports the check's facts for the package and returns the sites
// that run on every invocation, in source order. newFact returns a new,
// empty fact of the check's fact type. Handlers of the classic OpenFaaS
// template, which forks a process per request, have no findings.
func Find(pass *analysis.Pass, r *handlers.Result, match Match, newFact func() Fact) []Finding {
	return FindEffect(pass, r, Effect{Match: match.instrs()}, newFact)
}

// FindEffect is Find for effects matched by instruction rather than by
// call, or contained by some functions.
func FindEffect(pass *analysis.Pass, r *handlers.Result, effect Effect, newFact func() Fact) []Finding {
	if r.Package() == nil {
		return nil
	}
	sites := make(map[*ssa.Function][]Site)
	for _, fn := range r.Funcs() {
		sites[fn] = findSites(pass, r, fn, &effect, newFact)
	}
	if pass.Pkg.Name() != "main" { // nothing imports a main package
		exportFacts(pass, r, sites, &effect, newFact)
	}

	var findings []Finding
	for _, h := range r.Handlers() {
		if h.Fn != nil || h.Elsewhere {
			continue
		}
		fact := newFact()
		if pass.ImportObjectFact(h.Func, fact) {
			c := fact.ReachChain()
			findings = append(findings, Finding{
				Site:    Site{Pos: h.Pos, What: c.What, Via: append([]string{h.Name()}, c.Calls...)},
				Handler: h,
			})
		}
	}
	for _, fn := range r.Funcs() {
		if r.Scope(fn) != handlers.Invocation {
			continue
		}
		h := r.Root(fn)
		if h.Platform == handlers.OpenFaaS {
			continue
		}
		for _, s := range sites[fn] {
			findings = append(findings, Finding{Site: s, Handler: h, Path: r.Path(fn)})
		}
	}
	return findings
}

// findSites returns the sites of fn: the calls that match, and the calls
// to functions of other packages whose facts say they perform the effect.
func findSites(pass *analysis.Pass, r *handlers.Result, fn *ssa.Function, effect *Effect, newFact func() Fact) []Site {
	var sites []Site
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if effect.Skip != nil && effect.Skip(instr) {
				continue
			}
			if what, pos, ok := effect.Match(instr); ok {
				sites = append(sites, Site{Fn: fn, Pos: pos, What: what})
				continue
			}
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			common := call.Common()
			callee := handlers.Canonical(common.StaticCallee())
			obj := r.Object(callee)
			if obj == nil || obj.Pkg() == pass.Pkg {
				continue
			}
			fact := newFact()
			if pass.ImportObjectFact(obj, fact) && !effect.contains(fn, fact.ReachChain().What) {
				c := fact.ReachChain()
				sites = append(sites, Site{
					Fn: fn, Pos: common.Pos(), What: c.What,
					Via: append([]string{handlers.QualifiedName(obj)}, c.Calls...),
				})
			}
		}
	}
	return sites
}

// exportFacts exports a fact on every declared function of the package
// that performs the effect itself or through the functions it calls.
func exportFacts(pass *analysis.Pass, r *handlers.Result, sites map[*ssa.Function][]Site, effect *Effect, newFact func() Fact) {
	memo := make(map[*ssa.Function]*Chain)
	var visiting = make(map[*ssa.Function]bool)
	var chain func(fn *ssa.Function) *Chain
	chain = func(fn *ssa.Function) *Chain {
		if c, ok := memo[fn]; ok {
			return c
		}
		if visiting[fn] {
			return nil
		}
		visiting[fn] = true
		defer delete(visiting, fn)
		var c *Chain
		if s := sites[fn]; len(s) > 0 {
			c = &Chain{What: s[0].What, Calls: s[0].Via}
		} else {
			for _, e := range r.Callees(fn) {
				if sub := chain(e.Fn); sub != nil && !effect.contains(fn, sub.What) {
					c = &Chain{What: sub.What, Calls: append([]string{handlers.FuncName(e.Fn)}, sub.Calls...)}
					break
				}
			}
		}
		memo[fn] = c
		return c
	}
	for _, fn := range r.Funcs() {
		obj := r.Object(fn)
		if obj == nil {
			continue
		}
		if c := chain(fn); c != nil {
			fact := newFact()
			*fact.ReachChain() = *c
			pass.ExportObjectFact(obj, fact)
		}
	}
}
