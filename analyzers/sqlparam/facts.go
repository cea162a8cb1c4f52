package sqlparam

import (
	"fmt"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// summaryFact is what a function of another package does with strings:
// which of its results are built only from constants and its parameters,
// and which of its parameters reach the query of a sink.
type summaryFact struct {
	Results []resultFact
	Sinks   []sinkFact
}

// resultFact says a result is built from constants and the parameters of
// the bit set Params only (Known), or from anything (not Known).
type resultFact struct {
	Known  bool
	Params uint64
}

// sinkFact says parameter Param reaches the query of the sink Sink
// through the functions Via.
type sinkFact struct {
	Param  int
	Sink   string
	Clause bool
	Style  uint8
	Via    []string
}

func (*summaryFact) AFact() {}

func (f *summaryFact) String() string {
	var parts []string
	for i, r := range f.Results {
		if r.Known {
			parts = append(parts, fmt.Sprintf("result %d from params %b", i, r.Params))
		}
	}
	for _, s := range f.Sinks {
		parts = append(parts, fmt.Sprintf("param %d reaches %s", s.Param, strings.Join(append(append([]string(nil), s.Via...), s.Sink), " → ")))
	}
	return "sqlparam(" + strings.Join(parts, "; ") + ")"
}

// summary converts the fact into the summary of a function.
func (f *summaryFact) summary() *summary {
	s := &summary{sinks: make(map[int]sinkUse)}
	for _, r := range f.Results {
		if r.Known {
			s.rets = append(s.rets, taint{params: r.Params})
		} else {
			s.rets = append(s.rets, taint{bad: true})
		}
	}
	for _, sf := range f.Sinks {
		s.sinks[sf.Param] = sinkUse{sink: sink{name: sf.Sink, clause: sf.Clause, style: style(sf.Style)}, via: sf.Via}
	}
	return s
}

// constVarFact marks a package variable holding SQL text that its package
// sets to constants only.
type constVarFact struct{}

func (*constVarFact) AFact() {}

func (*constVarFact) String() string { return "sqlparam(constant)" }

// exportFacts exports the summaries of the functions and the constant
// package variables that other packages can use.
func (c *checker) exportFacts() {
	if c.pass.Pkg.Name() == "main" {
		return
	}
	for _, fn := range c.res.Funcs() {
		obj, ok := fn.Object().(*types.Func)
		if !ok || !obj.Exported() || fn.Parent() != nil || fn.Pkg != c.res.Package() {
			continue
		}
		s := c.analyze(fn)
		if s == nil {
			continue
		}
		var f summaryFact
		useful := len(s.sinks) > 0
		for i, r := range s.rets {
			known := !r.bad && isText(fn.Signature.Results().At(i).Type())
			useful = useful || known
			f.Results = append(f.Results, resultFact{Known: known, Params: r.params})
		}
		for p := range 64 {
			if use, ok := s.sinks[p]; ok {
				f.Sinks = append(f.Sinks, sinkFact{Param: p, Sink: use.sink.name, Clause: use.sink.clause, Style: uint8(use.sink.style), Via: use.via})
			}
		}
		if useful {
			c.pass.ExportObjectFact(obj, &f)
		}
	}
	for _, m := range c.res.Package().Members {
		g, ok := m.(*ssa.Global)
		if !ok || !g.Object().Exported() || !isText(derefElem(g.Type())) {
			continue
		}
		if t := c.global(g); t.safe() {
			c.pass.ExportObjectFact(g.Object(), new(constVarFact))
		}
	}
}
