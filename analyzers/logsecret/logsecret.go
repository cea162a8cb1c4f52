package logsecret

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/checkdoc"
	"github.com/fnlint/fnlint/internal/secret"
	"github.com/fnlint/fnlint/passes/handlers"
)

//go:embed doc.go
var doc string

// Analyzer reports secrets and whole requests logged on every invocation.
var Analyzer = &analysis.Analyzer{
	Name:      "logsecret",
	Doc:       checkdoc.MustExtract(doc, "logsecret"),
	URL:       "https://github.com/fnlint/fnlint/blob/main/docs/checks/logsecret.md",
	Requires:  []*analysis.Analyzer{handlers.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(logParamsFact), new(secretResultFact)},
}

// Categories of the findings.
const (
	CategoryCredential = "credential"    // a credential is logged
	CategoryRequest    = "whole-request" // a whole request or event is logged with its headers
)

// A LogParam is a parameter of a function that reaches a log call.
type LogParam struct {
	Index int    // in the function's parameters, receiver first for methods
	Via   string // the logging call, e.g. "log.Printf"
}

// logParamsFact marks a function whose parameters reach log calls, so
// that handlers of other packages calling it with a secret are reported.
type logParamsFact struct {
	Params []LogParam
}

func (*logParamsFact) AFact() {}

func (f *logParamsFact) String() string {
	var s []string
	for _, p := range f.Params {
		s = append(s, fmt.Sprintf("%d:%s", p.Index, p.Via))
	}
	return "logParams(" + strings.Join(s, ", ") + ")"
}

// secretResultFact marks a function whose first result carries a secret
// (a helper returning the bearer token of a request), so that logging its
// result in another package is reported.
type secretResultFact struct {
	What  string
	Whole bool
}

func (*secretResultFact) AFact() {}

func (f *secretResultFact) String() string { return "secretResult(" + f.What + ")" }

// checker holds the state of one run.
type checker struct {
	pass   *analysis.Pass
	res    *handlers.Result
	cls    *classifier
	calls  map[token.Pos]*ast.CallExpr
	params map[*ssa.Function][]LogParam
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	if res.Package() == nil {
		return nil, nil // the standard library or a dependency: not the user's code
	}
	if len(res.Handlers()) == 0 && pass.Pkg.Name() == "main" {
		return nil, nil // nothing runs per invocation, and nothing imports a main package
	}
	c := &checker{
		pass: pass, res: res, cls: &classifier{res: res, pass: pass},
		calls:  make(map[token.Pos]*ast.CallExpr),
		params: make(map[*ssa.Function][]LogParam),
	}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				c.calls[call.Lparen] = call
			}
			return true
		})
	}
	c.summarize()
	c.exportFacts()
	for _, fn := range res.Funcs() {
		if res.Scope(fn) != handlers.Invocation || res.Root(fn).Platform == handlers.OpenFaaS {
			continue
		}
		c.checkFunc(fn)
	}
	return nil, nil
}

// A logSite is a call that logs values: a logging call, or a call of a
// helper whose parameters reach one.
type logSite struct {
	call *ssa.CallCommon
	via  string // the logging call
	// helper is the helper called, when the site is a helper call.
	helper string
	vals   []ssa.Value
}

// sites returns the log sites of fn.
func (c *checker) sites(fn *ssa.Function) []logSite {
	var out []logSite
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			ci, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			common := ci.Common()
			k := secret.Resolve(c.res, common)
			if k.Func != nil {
				if via, vals, ok := logged(&k); ok {
					out = append(out, logSite{call: common, via: via, vals: vals})
					continue
				}
			}
			callee := handlers.Canonical(common.StaticCallee())
			if callee == nil || common.IsInvoke() {
				continue
			}
			params, helper := c.params[callee], handlers.FuncName(callee)
			if callee.Pkg != c.res.Package() {
				obj := c.res.Object(callee)
				var f logParamsFact
				if obj == nil || !c.pass.ImportObjectFact(obj.Origin(), &f) {
					continue
				}
				params, helper = f.Params, handlers.QualifiedName(obj)
			}
			for _, p := range params {
				if p.Index < len(common.Args) {
					out = append(out, logSite{call: common, via: p.Via, helper: helper, vals: []ssa.Value{common.Args[p.Index]}})
				}
			}
		}
	}
	return out
}

// summarize finds the parameters of the functions of the package that
// reach log calls, directly or through helpers of the package.
func (c *checker) summarize() {
	for changed := true; changed; {
		changed = false
		for _, fn := range c.res.Funcs() {
			for _, s := range c.sites(fn) {
				for _, v := range s.vals {
					for _, src := range c.cls.sources(v) {
						if src.param > 0 && c.addParam(src.fn, LogParam{src.param - 1, s.via}) {
							changed = true
						}
					}
				}
			}
		}
	}
}

func (c *checker) addParam(fn *ssa.Function, p LogParam) bool {
	for _, q := range c.params[fn] {
		if q.Index == p.Index {
			return false
		}
	}
	c.params[fn] = append(c.params[fn], p)
	return true
}

// exportFacts exports the log parameters of the declared functions.
func (c *checker) exportFacts() {
	if c.pass.Pkg.Name() == "main" {
		return
	}
	for _, fn := range c.res.Funcs() {
		obj := c.res.Object(fn)
		if obj == nil || obj.Pkg() != c.pass.Pkg || len(c.params[fn]) == 0 {
			continue
		}
		ps := c.params[fn]
		sort.Slice(ps, func(i, j int) bool { return ps[i].Index < ps[j].Index })
		c.pass.ExportObjectFact(obj, &logParamsFact{Params: ps})
	}
	for _, fn := range c.res.Funcs() {
		obj := c.res.Object(fn)
		if obj == nil || obj.Pkg() != c.pass.Pkg || !obj.Exported() || fn.Signature.Results().Len() == 0 {
			continue
		}
		if src := c.returnsSecret(fn); src != nil {
			c.pass.ExportObjectFact(obj, &secretResultFact{What: src.what, Whole: src.whole})
		}
	}
}

// returnsSecret returns what the first result of fn carries, if it is a
// secret whatever the caller passes.
func (c *checker) returnsSecret(fn *ssa.Function) *source {
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(ret.Results) == 0 {
			continue
		}
		if _, whole := wholeType(ret.Results[0].Type()); whole || isJWTToken(ret.Results[0].Type()) {
			return nil // a request or token returned is not logged by returning it
		}
		for _, src := range c.cls.sources(ret.Results[0]) {
			if src.what != "" && src.param == 0 {
				return &src
			}
		}
	}
	return nil
}

// checkFunc reports the secrets logged by fn, which runs per invocation.
func (c *checker) checkFunc(fn *ssa.Function) {
	for _, s := range c.sites(fn) {
		var found *source
		for _, v := range s.vals {
			for _, src := range c.cls.sources(v) {
				if src.what != "" && !c.reportedAtCallers(src) {
					found = &src
					break
				}
			}
			if found != nil {
				break
			}
		}
		if found == nil {
			found = c.namedArg(fn, s)
		}
		if found != nil {
			c.report(fn, s, found)
		}
	}
}

// reportedAtCallers reports whether src is a secret-named parameter of a
// logging helper (see isLogParam).
func (c *checker) reportedAtCallers(src source) bool {
	if src.byName == nil {
		return false
	}
	v, ok := src.byName.Object().(*types.Var)
	return ok && c.isLogParam(src.fn, v)
}

// isLogParam reports whether v is a parameter of fn that fn logs: the
// calls of fn are log sites, reported at each call with what the caller
// passes (the Authorization header, a literal). Reporting the parameter
// by its name too would report one leak twice.
func (c *checker) isLogParam(fn *ssa.Function, v *types.Var) bool {
	for _, p := range c.params[fn] {
		if p.Index < len(fn.Params) && v != nil && fn.Params[p.Index].Object() == types.Object(v) {
			return true
		}
	}
	return false
}

// namedArg finds, in the syntax of a logging call's arguments, a local
// variable of text type whose name says it holds a secret (password,
// token, apiKey). SSA has no names for locals; the syntax does.
func (c *checker) namedArg(fn *ssa.Function, s logSite) *source {
	call := c.calls[s.call.Pos()]
	if call == nil || s.helper != "" {
		return nil
	}
	var found *source
	for _, arg := range call.Args {
		ast.Inspect(arg, func(n ast.Node) bool {
			if found != nil {
				return false
			}
			switch n := n.(type) {
			case *ast.CallExpr:
				// len(token), strings.HasPrefix(token, "Bearer "): not the value.
				if tv, ok := c.pass.TypesInfo.Types[n]; ok && !textual(tv.Type) {
					return false
				}
			case *ast.BinaryExpr:
				if tv, ok := c.pass.TypesInfo.Types[n]; ok && !textual(tv.Type) {
					return false
				}
			case *ast.Ident:
				v, ok := c.pass.TypesInfo.Uses[n].(*types.Var)
				if ok && !v.IsField() && textual(v.Type()) && !isInterface(v.Type()) && secret.IsSecretName(v.Name()) && !c.isLogParam(fn, v) {
					found = &source{what: "the variable " + v.Name()}
				}
			}
			return true
		})
	}
	return found
}

func isInterface(t types.Type) bool { return types.IsInterface(t) }

func (c *checker) report(fn *ssa.Function, s logSite, src *source) {
	cat, advice := CategoryCredential, "log whether it is set, never its value"
	if src.whole {
		cat, advice = CategoryRequest, "log the request id, method and path instead"
	}
	who := s.via
	if s.helper != "" {
		who = s.helper + " (through " + s.via + ")"
	}
	msg := who + " logs " + src.what
	if path := c.res.Path(fn); len(path) > 1 {
		msg += " (" + handlers.FormatPath(path) + ")"
	}
	var related []analysis.RelatedInformation
	if h := c.res.Root(fn); h != nil {
		pos := h.Pos
		if !pos.IsValid() && h.Fn != nil {
			pos = h.Fn.Pos()
		}
		if pos.IsValid() {
			related = append(related, analysis.RelatedInformation{Pos: pos, Message: "handler " + h.Name()})
		}
	}
	c.pass.Report(analysis.Diagnostic{
		Pos: s.call.Pos(), Category: cat, Message: msg + "; " + advice, Related: related,
	})
}
