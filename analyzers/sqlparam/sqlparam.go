package sqlparam

import (
	_ "embed"
	"fmt"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/checkdoc"
	"github.com/fnlint/fnlint/passes/handlers"
)

//go:embed doc.go
var doc string

// Analyzer reports SQL built from non-constant data and passed to a
// database.
var Analyzer = &analysis.Analyzer{
	Name:      "sqlparam",
	Doc:       checkdoc.MustExtract(doc, "sqlparam"),
	URL:       "https://github.com/fnlint/fnlint/blob/main/docs/checks/sqlparam.md",
	Requires:  []*analysis.Analyzer{handlers.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(summaryFact), new(constVarFact)},
}

// FlagSinks is the name of the flag that declares more sinks.
const FlagSinks = "sinks"

// Categories of the findings.
const (
	// CategoryQuery is a query built from non-constant data passed to a
	// function that runs it.
	CategoryQuery = "query"
	// CategoryClause is a gorm clause (Where, Order...) given as a string
	// built from non-constant data.
	CategoryClause = "clause"
)

// sinksFlag is the value of the sinks flag.
var sinksFlag string

func init() {
	Analyzer.Flags.StringVar(&sinksFlag, FlagSinks, "",
		"comma-separated full names of more functions that run the SQL of a parameter, "+
			"e.g. (*example.com/db.Client).Run#1 (#N: index of the query parameter, receiver not counted; "+
			"default: the first string parameter)")
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	if res.Package() == nil {
		return nil, nil
	}
	extra, err := parseSinks(sinksFlag)
	if err != nil {
		return nil, fmt.Errorf("sqlparam: %w", err)
	}
	c := newChecker(pass, res, extra)
	for _, fn := range res.Funcs() {
		s := c.analyze(fn)
		if s == nil {
			continue
		}
		for _, f := range s.findings {
			c.report(f)
		}
	}
	c.exportFacts()
	return nil, nil
}

// analyze returns the summary of a function of the package, with its
// findings; nil while it is being analyzed (recursion).
func (c *checker) analyze(fn *ssa.Function) *summary {
	if s, ok := c.summaries[fn]; ok {
		return s
	}
	if c.busy[fn] {
		return nil
	}
	c.busy[fn] = true
	defer delete(c.busy, fn)

	e := c.newEval(fn)
	s := &summary{sinks: make(map[int]sinkUse), outer: make(map[int]sinkUse)}
	results := fn.Signature.Results()
	s.rets = make([]taint, results.Len())
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case *ssa.Return:
				for i, r := range instr.Results {
					if isText(r.Type()) {
						s.rets[i] = s.rets[i].join(e.value(r))
					} else {
						s.rets[i] = taint{bad: true}
					}
				}
			case ssa.CallInstruction:
				for _, site := range c.sites(instr) {
					t := e.value(site.arg)
					if t.bad {
						s.findings = append(s.findings, finding{call: instr, arg: site.arg, use: site.use, t: t, astArg: site.astArg, eval: e})
					}
					for p := range 64 {
						if t.params&(1<<p) != 0 {
							if _, ok := s.sinks[p]; !ok {
								s.sinks[p] = site.use
							}
						}
						if t.outer&(1<<p) != 0 {
							if _, ok := s.outer[p]; !ok {
								s.outer[p] = site.use
							}
						}
					}
				}
			}
		}
	}
	if fn.Parent() == nil {
		c.liftClosureSinks(fn, s)
	}
	c.summaries[fn] = s
	return s
}

// liftClosureSinks adds to s, the summary of a declared function, the
// parameters of that function that the closures declared within (at
// any depth) pass to a sink.
func (c *checker) liftClosureSinks(within *ssa.Function, s *summary) {
	for _, anon := range within.AnonFuncs {
		if as := c.analyze(anon); as != nil {
			for p, use := range as.outer {
				if _, ok := s.sinks[p]; !ok {
					s.sinks[p] = use
				}
			}
		}
		c.liftClosureSinks(anon, s)
	}
}

// A site is a query argument of a call that reaches a sink.
type site struct {
	arg    ssa.Value
	use    sinkUse
	astArg int // index of the argument in the call expression; -1: unknown
}

// sites returns the query arguments of a call: of a sink, or of a function
// whose parameters reach one.
func (c *checker) sites(call ssa.CallInstruction) []site {
	common := call.Common()
	if sk, ok := c.sinkOf(common); ok {
		idx := sk.param
		if !common.IsInvoke() && common.Signature().Recv() != nil {
			idx++ // the receiver is the first argument of a static method call
		}
		if idx >= len(common.Args) {
			return nil
		}
		arg, ok := queryArg(common.Args[idx], sk.clause)
		if !ok {
			return nil
		}
		return []site{{arg: arg, use: sinkUse{sink: sk}, astArg: sk.param}}
	}
	fn, args := calleeArgs(common)
	if fn == nil {
		return nil
	}
	s, ok := c.summaryOf(fn)
	if !ok || len(s.sinks) == 0 {
		return nil
	}
	var sites []site
	name := calleeName(c.res, fn)
	for p := range 64 {
		use, ok := s.sinks[p]
		if !ok || p >= len(args) {
			continue
		}
		astArg := p
		if fn.Signature.Recv() != nil {
			astArg-- // the receiver is not an argument of a method call
		}
		sites = append(sites, site{arg: args[p], use: sinkUse{sink: use.sink, via: append([]string{name}, use.via...)}, astArg: astArg})
	}
	return sites
}

// queryArg returns the SQL text of a query argument: for a gorm clause
// taking any, the string converted to it (a struct or map condition is
// not SQL text).
func queryArg(v ssa.Value, clause bool) (ssa.Value, bool) {
	if !clause || isString(v.Type()) {
		return v, true
	}
	mi, ok := v.(*ssa.MakeInterface)
	if !ok || !isString(mi.X.Type()) {
		return nil, false
	}
	return mi.X, true
}

// report reports a finding.
func (c *checker) report(f finding) {
	src := "non-constant data"
	if f.t.input {
		src = "request input"
	}
	if d := describe(f.t.leaf); d != "" {
		src += " (" + d + ")"
	}
	local := c.pass.Pkg.Name() + "."
	if f.t.via != "" {
		src = strings.TrimPrefix(f.t.via, local) + " from " + src
	}
	sinkName := f.use.sink.name
	if len(f.use.via) > 0 {
		via := make([]string, len(f.use.via))
		for i, v := range f.use.via {
			via[i] = strings.TrimPrefix(v, local)
		}
		sinkName += " via " + strings.Join(via, " → ")
	}
	diag := analysis.Diagnostic{Pos: f.call.Pos(), Category: CategoryQuery}
	if f.use.sink.clause {
		diag.Category = CategoryClause
		diag.Message = fmt.Sprintf("%s condition built from %s; pass values as ? arguments", sinkName, src)
	} else {
		verb := "built from"
		if f.t.via != "" {
			verb = "built by"
		}
		diag.Message = fmt.Sprintf("query %s %s reaches %s; pass values as query arguments", verb, src, sinkName)
	}
	if f.t.leaf != nil && f.t.leaf.Pos().IsValid() && f.t.leaf.Pos() != f.call.Pos() {
		diag.Related = append(diag.Related, analysis.RelatedInformation{Pos: f.t.leaf.Pos(), Message: "non-constant value"})
	}
	c.setRange(&diag, f)
	c.suggestFix(&diag, f)
	c.pass.Report(diag)
}

// describe names a value for messages, or "".
func describe(v ssa.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case *ssa.Parameter:
		return v.Name()
	case *ssa.FreeVar:
		return v.Name()
	case *ssa.Global:
		return v.Name()
	case *ssa.Alloc:
		return v.Comment
	case *ssa.Call:
		if fn := v.Common().StaticCallee(); fn != nil {
			if recv := fn.Signature.Recv(); recv != nil {
				t := recv.Type()
				if e := derefElem(t); e != nil {
					t = e
				}
				if n, ok := types.Unalias(t).(*types.Named); ok {
					return n.Obj().Name() + "." + fn.Name()
				}
			}
			return fn.Name()
		}
		if v.Common().IsInvoke() {
			return v.Common().Method.Name()
		}
	case *ssa.UnOp:
		return describe(v.X)
	case *ssa.FieldAddr:
		return fieldName(v.X.Type(), v.Field)
	case *ssa.Field:
		return fieldName(v.X.Type(), v.Field)
	}
	return ""
}

// fieldName returns the name of field idx of struct type t (or *t).
func fieldName(t types.Type, idx int) string {
	if e := derefElem(t); e != nil {
		t = e
	}
	if st, ok := t.Underlying().(*types.Struct); ok && idx < st.NumFields() {
		return "field " + st.Field(idx).Name()
	}
	return ""
}

// isText reports whether t holds SQL text: a string, or a slice of
// strings or bytes.
func isText(t types.Type) bool {
	if isString(t) {
		return true
	}
	if s, ok := t.Underlying().(*types.Slice); ok {
		return isString(s.Elem()) || isInteger(s.Elem())
	}
	return false
}

// fromInput reports whether v is derived from the request or event of a
// handler: a parameter of a handler, or of type *http.Request, or a value
// computed from one (a field, a method result, a decoded variable).
func (c *checker) fromInput(v ssa.Value, depth int, seen map[ssa.Value]bool) bool {
	if v == nil || depth > 10 || seen[v] {
		return false
	}
	seen[v] = true
	switch v := v.(type) {
	case *ssa.Parameter:
		if isRequest(v.Type()) {
			return true
		}
		if h := c.res.Handler(v.Parent()); h != nil {
			return !isContext(v.Type())
		}
		return false
	case *ssa.FreeVar:
		for _, mc := range c.closures[v.Parent()] {
			for i, fv := range v.Parent().FreeVars {
				if fv == v && c.fromInput(mc.Bindings[i], depth+1, seen) {
					return true
				}
			}
		}
		return false
	case *ssa.Alloc:
		for _, r := range *v.Referrers() {
			var ops []*ssa.Value
			switch r := r.(type) {
			case *ssa.Store:
				ops = append(ops, &r.Val)
			case ssa.CallInstruction:
				ops = r.Operands(ops)
			case *ssa.MakeInterface:
				for _, rr := range *r.Referrers() {
					if call, ok := rr.(ssa.CallInstruction); ok {
						ops = call.Operands(ops)
					}
				}
			}
			for _, op := range ops {
				if *op != nil && *op != v && c.fromInput(*op, depth+1, seen) {
					return true
				}
			}
		}
		return false
	case ssa.Instruction:
		for _, op := range v.Operands(nil) {
			if *op != nil && c.fromInput(*op, depth+1, seen) {
				return true
			}
		}
	}
	return false
}

// isRequest reports whether t is *net/http.Request.
func isRequest(t types.Type) bool {
	p, ok := t.(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "Request"
}

// isContext reports whether t is context.Context.
func isContext(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}
