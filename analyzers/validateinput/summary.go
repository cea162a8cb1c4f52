package validateinput

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/typesx"
	"github.com/fnlint/fnlint/passes/handlers"
)

// inputFact is what a function does with its parameters, for its
// callers: in this package from the analysis of its body, in others from
// its fact. Parameters are numbered as in SSA: the receiver of a method is
// 0.
type inputFact struct {
	// Sinks are the parameters that reach a sink unvalidated.
	Sinks []ParamSink
	// Validates are the parameters the function validates: its error or
	// bool result says whether they are valid.
	Validates []int
	// Decodes are the parameters the function decodes request input into.
	Decodes []int
	// Results are the results that carry input: a parameter's, or request
	// input the function reads itself.
	Results []ResultFlow
}

// A ParamSink is a parameter that reaches a sink.
type ParamSink struct {
	Param int
	What  string   // the sink, for messages
	Calls []string // the functions called on the way from the function
}

// A ResultFlow is a result that carries input.
type ResultFlow struct {
	Result int
	Param  int // the parameter whose input it carries, or -1 for request input
}

func (s *summary) empty() bool {
	return len(s.Sinks) == 0 && len(s.Validates) == 0 && len(s.Decodes) == 0 && len(s.Results) == 0
}

func (s *summary) validates(p int) bool { return slices.Contains(s.Validates, p) }

// summary is the name the analysis gives an inputFact.
type summary = inputFact

func (*inputFact) AFact() {}

func (f *inputFact) String() string {
	var parts []string
	for _, s := range f.Sinks {
		via := ""
		if len(s.Calls) > 0 {
			via = " via " + strings.Join(s.Calls, " → ")
		}
		parts = append(parts, fmt.Sprintf("sink(%d: %s%s)", s.Param, s.What, via))
	}
	for _, p := range f.Validates {
		parts = append(parts, fmt.Sprintf("validates(%d)", p))
	}
	for _, p := range f.Decodes {
		parts = append(parts, fmt.Sprintf("decodes(%d)", p))
	}
	for _, r := range f.Results {
		parts = append(parts, fmt.Sprintf("result(%d from %d)", r.Result, r.Param))
	}
	return "input(" + strings.Join(parts, " ") + ")"
}

// checker holds what a run of the check computes for its package.
type checker struct {
	pass            *analysis.Pass
	res             *handlers.Result
	validateMethods map[string]bool
	validatorFuncs  map[string]bool
	summaries       map[*ssa.Function]*summary
	inProgress      map[*ssa.Function]bool
	limits          *bool // memo of limitsElsewhere
}

// summaryOf returns the summary of the function a call calls statically:
// computed for a function of this package, imported for another's; nil
// when there is none.
func (c *checker) summaryOf(common *ssa.CallCommon) *summary {
	if common.IsInvoke() {
		return nil
	}
	fn := handlers.Canonical(common.StaticCallee())
	if fn == nil {
		return nil
	}
	if fn.Package() == c.res.Package() && len(fn.Blocks) > 0 {
		return c.summarize(fn)
	}
	obj := c.res.Object(fn)
	if obj == nil || obj.Pkg() == c.pass.Pkg {
		return nil
	}
	var f inputFact
	if c.pass.ImportObjectFact(obj.Origin(), &f) {
		return &f
	}
	return nil
}

// summarize computes the summary of a function of this package. A
// function on a cycle of calls being summarized has none meanwhile.
func (c *checker) summarize(fn *ssa.Function) *summary {
	if s, ok := c.summaries[fn]; ok {
		return s
	}
	if c.inProgress[fn] {
		return nil
	}
	c.inProgress[fn] = true
	defer delete(c.inProgress, fn)
	st := c.analyze(fn, nil)
	sum := &summary{Validates: st.validatesParams()}
	for _, u := range st.sinks() {
		if u.o.isInput() || slices.ContainsFunc(sum.Sinks, func(p ParamSink) bool { return p.Param == u.o.param }) {
			continue
		}
		sum.Sinks = append(sum.Sinks, ParamSink{Param: u.o.param, What: u.what, Calls: u.calls})
	}
	for _, d := range st.decodes {
		if p, ok := d.into.(*ssa.Parameter); ok && d.input {
			if i := slices.Index(fn.Params, p); i >= 0 && !slices.Contains(sum.Decodes, i) {
				sum.Decodes = append(sum.Decodes, i)
			}
		} else if p, ok := root(d.into).(*ssa.Parameter); ok && d.input {
			if i := slices.Index(fn.Params, p); i >= 0 && !slices.Contains(sum.Decodes, i) {
				sum.Decodes = append(sum.Decodes, i)
			}
		}
	}
	sum.Results = st.resultFlows()
	if sum.empty() {
		sum = nil
	}
	c.summaries[fn] = sum
	return sum
}

// resultFlows returns the results of the function that carry input not
// validated on the way to the return.
func (s *state) resultFlows() []ResultFlow {
	var flows []ResultFlow
	add := func(f ResultFlow) {
		if !slices.Contains(flows, f) {
			flows = append(flows, f)
		}
	}
	for _, b := range s.fn.Blocks {
		ret, ok := lastInstr(b).(*ssa.Return)
		if !ok || failing(ret) {
			continue
		}
		for k, v := range ret.Results {
			if isIrrelevant(v.Type()) || typesx.IsError(v.Type()) {
				continue
			}
			for _, o := range s.taint[v] {
				if o.validated || s.validatedAt(o, ret) {
					continue
				}
				add(ResultFlow{Result: k, Param: o.param})
			}
		}
	}
	return flows
}

// exportFacts exports the summaries of the declared functions of the
// package, for the packages that call them.
func (c *checker) exportFacts() {
	if c.pass.Pkg.Name() == "main" {
		return
	}
	for _, fn := range c.res.Funcs() {
		obj := c.res.Object(fn)
		if obj == nil || obj.Pkg() != c.pass.Pkg {
			continue
		}
		if sum := c.summarize(fn); sum != nil {
			c.pass.ExportObjectFact(obj, sum)
		}
	}
}

// failing reports whether ret returns an error known not to be nil: it is
// in the branch of an if err != nil on the error it returns. Callers do not
// use the other results of a failing call.
func failing(ret *ssa.Return) bool {
	if len(ret.Results) == 0 {
		return false
	}
	err := ret.Results[len(ret.Results)-1]
	if !typesx.IsError(err.Type()) {
		return false
	}
	if k, ok := err.(*ssa.Const); ok {
		return !k.IsNil()
	}
	for _, b := range errorBranches(err) {
		if b.Dominates(ret.Block()) {
			return true
		}
	}
	return false
}
