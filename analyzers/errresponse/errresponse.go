package errresponse

import (
	_ "embed"
	"fmt"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/checkdoc"
	"github.com/fnlint/fnlint/passes/handlers"
)

//go:embed doc.go
var doc string

// Analyzer reports HTTP errors answered in ways that hurt clients or
// operators.
var Analyzer = &analysis.Analyzer{
	Name:      "errresponse",
	Doc:       checkdoc.MustExtract(doc, "errresponse"),
	URL:       "https://github.com/fnlint/fnlint/blob/main/docs/checks/errresponse.md",
	Requires:  []*analysis.Analyzer{handlers.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(summaryFact), new(analyzedFact)},
}

// Categories of the findings.
const (
	// CategoryReturnError is an HTTP Lambda handler returning a non-nil
	// error, which the gateway answers with a bare 502.
	CategoryReturnError = "returnerror"
	// CategoryInternalError is the text of an error sent to the client
	// with a 5xx or an unknown status.
	CategoryInternalError = "internalerror"
	// CategoryMethodSwitch is a switch on the request method with no
	// default that answers 405.
	CategoryMethodSwitch = "methodswitch"
	// CategoryJSONFormat is a JSON response body built by formatting or
	// concatenating values that are not escaped.
	CategoryJSONFormat = "jsonformat"
	// CategoryUnlogged is a 5xx answered for an error that is never
	// logged.
	CategoryUnlogged = "unlogged"
)

// A checker holds the state of one run of the check.
type checker struct {
	pass      *analysis.Pass
	res       *handlers.Result
	answersOf map[*ssa.Function][]answer
	sums      map[*ssa.Function]*summaryFact
	seenPkgs  map[*types.Package]bool
	reported  map[token.Pos]bool // internal error text reported at an answer
	jsonSites map[token.Pos]bool // JSON formatting sites reported
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	if res.Package() == nil {
		return nil, nil // the standard library or a dependency: not the user's code
	}
	c := &checker{
		pass:      pass,
		res:       res,
		answersOf: make(map[*ssa.Function][]answer),
		sums:      make(map[*ssa.Function]*summaryFact),
		seenPkgs:  make(map[*types.Package]bool),
		reported:  make(map[token.Pos]bool),
		jsonSites: make(map[token.Pos]bool),
	}
	c.returnErrors()
	// The fake servers of tests answer as they please.
	for _, fn := range res.Funcs() {
		if !c.res.InTest(fn) {
			c.checkAnswers(fn)
		}
	}
	for _, fn := range res.Funcs() {
		if !c.res.InTest(fn) {
			c.checkUnlogged(fn)
		}
	}
	c.checkMethodSwitches()
	c.exportFacts()
	return nil, nil
}

// gateways names what answers for each HTTP event type when its handler
// returns an error.
var gateways = map[string]string{
	"APIGatewayProxyRequest":   "API Gateway",
	"APIGatewayV2HTTPRequest":  "API Gateway",
	"ALBTargetGroupRequest":    "ALB",
	"LambdaFunctionURLRequest": "the Function URL",
}

// returnErrors reports the returns of HTTP Lambda handlers whose error may
// be non-nil.
func (c *checker) returnErrors() {
	for _, h := range c.res.Handlers() {
		if h.Fn == nil || h.Platform != handlers.Lambda || h.IsAuthorizer() {
			continue
		}
		if h.Source == handlers.Signature && c.pass.Pkg.Name() != "main" {
			// A library function with a handler's shape (the Proxy
			// methods of an adapter): its callers decide what to
			// answer for its errors.
			continue
		}
		gateway := ""
		for ev, g := range gateways {
			if handlers.IsEvent(h.Event, ev) {
				gateway = g
			}
		}
		res := h.Fn.Signature.Results()
		if gateway == "" || res.Len() != 2 {
			continue
		}
		for _, b := range h.Fn.Blocks {
			ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
			if !ok || !ret.Pos().IsValid() || !c.mayBeNonNil(ret.Results[1], b) {
				continue
			}
			c.pass.Report(analysis.Diagnostic{
				Pos:      ret.Pos(),
				End:      ret.Pos() + token.Pos(len("return")),
				Category: CategoryReturnError,
				Message: "handler " + h.Name() + " returns a non-nil error: " + gateway +
					" answers 502 with no body; return a response with a status code and a nil error",
			})
		}
	}
}

// checkAnswers reports error text sent to clients and JSON bodies built by
// formatting, in the answers of fn.
func (c *checker) checkAnswers(fn *ssa.Function) {
	for _, a := range c.answers(fn) {
		if a.body == nil && len(a.args) == 0 {
			continue
		}
		f := c.traceAnswer(&a)
		st := a.statusInfo()
		if f.errText && !st.clientError() && st.param < 0 && !c.reported[a.pos] {
			c.reported[a.pos] = true
			what := "an unknown status"
			switch {
			case st.code > 0:
				what = fmt.Sprintf("status %d", st.code)
			case !st.set:
				what = "no error status"
			}
			var related []analysis.RelatedInformation
			if f.errPos.IsValid() && f.errPos != a.pos {
				related = append(related, analysis.RelatedInformation{Pos: f.errPos, Message: "error text made here"})
			}
			c.pass.Report(analysis.Diagnostic{
				Pos:      a.pos,
				Category: CategoryInternalError,
				Message:  "error text sent to the client with " + what + "; log the error and answer a generic message",
				Related:  related,
			})
		}
		if a.encoded {
			continue
		}
		sites := f.json
		if a.formatted && buildsJSON(a.body, a.args) {
			sites = append(sites, a.pos)
		}
		for _, pos := range sites {
			if c.jsonSites[pos] {
				continue
			}
			c.jsonSites[pos] = true
			c.pass.Report(analysis.Diagnostic{
				Pos:      pos,
				Category: CategoryJSONFormat,
				Message:  "JSON response body built by string formatting is not escaped; build it with encoding/json",
			})
		}
	}
}

// checkUnlogged reports, in fn, the branches taken when an error is not
// nil that answer a 5xx and never log the error.
func (c *checker) checkUnlogged(fn *ssa.Function) {
	answers := c.answers(fn)
	if len(answers) == 0 {
		return
	}
	for _, b := range fn.Blocks {
		ifs, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		cmp, ok := ifs.Cond.(*ssa.BinOp)
		if !ok || cmp.Op != token.NEQ && cmp.Op != token.EQL {
			continue
		}
		errv := cmp.X
		if !comparesNil(cmp, errv) {
			errv = cmp.Y
		}
		if !comparesNil(cmp, errv) || !types.Identical(errv.Type(), types.Universe.Lookup("error").Type()) {
			continue
		}
		branch := b.Succs[0]
		if cmp.Op == token.EQL {
			branch = b.Succs[1]
		}
		if len(branch.Preds) != 1 {
			continue
		}
		for _, a := range answers {
			st := a.statusInfo()
			if a.block == nil || !branch.Dominates(a.block) || !st.serverError() || c.reported[a.pos] {
				continue
			}
			if !c.logged(errv, true) {
				c.reported[a.pos] = true
				c.pass.Report(analysis.Diagnostic{
					Pos:      a.pos,
					Category: CategoryUnlogged,
					Message:  fmt.Sprintf("answers %d for an error that is never logged: the failure leaves no trace; log the error", st.code),
				})
			}
			break
		}
	}
}

// exportFacts exports the summaries of the exported functions and methods
// of a package other packages can import, and marks the package as
// summarised.
func (c *checker) exportFacts() {
	if c.pass.Pkg.Name() == "main" {
		return
	}
	c.pass.ExportPackageFact(new(analyzedFact))
	for _, fn := range c.res.Funcs() {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil || obj.Pkg() != c.pass.Pkg || !obj.Exported() {
			continue
		}
		if s := c.summaryOf(fn); s != nil && !s.empty() {
			c.pass.ExportObjectFact(obj, s)
		}
	}
}
