package validateinput

import (
	_ "embed"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/checkdoc"
	"github.com/fnlint/fnlint/passes/handlers"
)

//go:embed doc.go
var doc string

// Analyzer reports request input that reaches a sink unvalidated, decode
// errors ignored or answered with 5xx, and request bodies read with no
// size limit.
var Analyzer = &analysis.Analyzer{
	Name:      "validateinput",
	Doc:       checkdoc.MustExtract(doc, "validateinput"),
	URL:       "https://github.com/fnlint/fnlint/blob/main/docs/checks/validateinput.md",
	Requires:  []*analysis.Analyzer{handlers.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(inputFact)},
}

// Names of the flags of the check: -validateinput.<name> on the command line.
const (
	FlagValidateMethods = "validate-methods"
	FlagValidatorFuncs  = "validator-funcs"
	FlagMaxBodyBytes    = "max-body-bytes"
)

// The flag values, bound in init.
var (
	validateMethods = "Validate,Valid,IsValid"
	validatorFuncs  = strings.Join([]string{
		"(*" + validatorV + ".Validate).Struct",
		"(*" + validatorV + ".Validate).StructCtx",
		"(*" + validatorV + ".Validate).StructPartial",
		"(*" + validatorV + ".Validate).StructExcept",
		"(*" + validatorV + ".Validate).Var",
		"(*" + validatorV + ".Validate).VarCtx",
		"github.com/asaskevich/govalidator.ValidateStruct",
		"github.com/go-ozzo/ozzo-validation/v4.Validate",
		"github.com/go-ozzo/ozzo-validation/v4.ValidateStruct",
	}, ",")
	maxBodyBytes = "1<<20"
)

func init() {
	Analyzer.Flags.StringVar(&validateMethods, FlagValidateMethods, validateMethods,
		"comma-separated names of the methods (func() error or func() bool) that validate their receiver")
	Analyzer.Flags.StringVar(&validatorFuncs, FlagValidatorFuncs, validatorFuncs,
		"comma-separated full names of the functions that validate their arguments")
	Analyzer.Flags.StringVar(&maxBodyBytes, FlagMaxBodyBytes, maxBodyBytes,
		"the size limit, a Go expression, that suggested fixes give http.MaxBytesReader")
}

// Categories of the findings.
const (
	categoryUnvalidated = "unvalidated"
	categoryDecodeError = "decode-error"
	categoryDecode5xx   = "decode-5xx"
	categoryBodyLimit   = "body-limit"
)

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	if res.Package() == nil {
		return nil, nil // the standard library or a dependency: not the user's code
	}
	c := &checker{
		pass: pass, res: res,
		validateMethods: splitSet(validateMethods),
		validatorFuncs:  splitSet(validatorFuncs),
		summaries:       make(map[*ssa.Function]*summary),
		inProgress:      make(map[*ssa.Function]bool),
	}
	c.exportFacts()
	r := newReporter(c)
	seeds := make(map[*ssa.Function]map[*ssa.FreeVar]origins)
	for _, fn := range res.Funcs() {
		if res.Scope(fn) == handlers.Init || res.InTest(fn) {
			continue // run once at start; or a test, never deployed
		}
		if h := res.Root(fn); h != nil && h.Platform == handlers.OpenFaaS {
			continue
		}
		st := c.analyze(fn, seeds[fn])
		r.unvalidated(st)
		r.decodeErrors(st)
		r.bodyLimits(st)
		closureSeeds(st, seeds)
	}
	return nil, nil
}

// closureSeeds records the request input that the closures a function
// makes capture, unvalidated where the closure is made.
func closureSeeds(st *state, seeds map[*ssa.Function]map[*ssa.FreeVar]origins) {
	for _, b := range st.fn.Blocks {
		for _, instr := range b.Instrs {
			mc, ok := instr.(*ssa.MakeClosure)
			if !ok {
				continue
			}
			fn, ok := mc.Fn.(*ssa.Function)
			if !ok {
				continue
			}
			for i, bound := range mc.Bindings {
				for _, o := range st.taint[bound] {
					if !o.isInput() || o.validated || st.validatedAt(o, mc) || i >= len(fn.FreeVars) {
						continue
					}
					if seeds[fn] == nil {
						seeds[fn] = make(map[*ssa.FreeVar]origins)
					}
					fv := fn.FreeVars[i]
					if !seeds[fn][fv].has(o) {
						seeds[fn][fv] = append(seeds[fn][fv], o)
					}
				}
			}
		}
	}
}

// splitSet splits a comma-separated flag value into a set.
func splitSet(s string) map[string]bool {
	set := make(map[string]bool)
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			set[f] = true
		}
	}
	return set
}
