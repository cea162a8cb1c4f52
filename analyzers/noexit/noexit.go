package noexit

import (
	_ "embed"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/checkdoc"
	"github.com/fnlint/fnlint/internal/reach"
	"github.com/fnlint/fnlint/passes/handlers"
)

//go:embed doc.go
var doc string

// Analyzer reports exits and panics reachable from handlers.
var Analyzer = &analysis.Analyzer{
	Name:      "noexit",
	Doc:       checkdoc.MustExtract(doc, "noexit"),
	URL:       "https://github.com/fnlint/fnlint/blob/main/docs/checks/noexit.md",
	Requires:  []*analysis.Analyzer{handlers.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(exitFact)},
}

// FlagPanics is the name of the flag that turns the reports of panics on
// and off: -noexit.panics on the command line.
const FlagPanics = "panics"

// panics is bound to FlagPanics.
var panics = true

func init() {
	Analyzer.Flags.BoolVar(&panics, FlagPanics, panics, "also report panics reachable from handlers")
}

// exitFact marks a function that exits or panics, itself or through the
// functions it calls.
type exitFact struct{ reach.Chain }

func (*exitFact) AFact() {}

func (f *exitFact) String() string { return "exits: " + f.What }

// Categories of the findings.
const (
	categoryExit  = "exit"
	categoryPanic = "panic"
)

// exits are the functions and methods that end the process.
var exits = map[string]bool{
	"os.Exit":                                      true,
	"log.Fatal":                                    true,
	"log.Fatalf":                                   true,
	"log.Fatalln":                                  true,
	"(*log.Logger).Fatal":                          true,
	"(*log.Logger).Fatalf":                         true,
	"(*log.Logger).Fatalln":                        true,
	"(*go.uber.org/zap.Logger).Fatal":              true,
	"(*go.uber.org/zap.SugaredLogger).Fatal":       true,
	"(*go.uber.org/zap.SugaredLogger).Fatalf":      true,
	"(*go.uber.org/zap.SugaredLogger).Fatalw":      true,
	"(*go.uber.org/zap.SugaredLogger).Fatalln":     true,
	"github.com/sirupsen/logrus.Exit":              true,
	"github.com/sirupsen/logrus.Fatal":             true,
	"github.com/sirupsen/logrus.Fatalf":            true,
	"github.com/sirupsen/logrus.Fatalln":           true,
	"(*github.com/sirupsen/logrus.Logger).Exit":    true,
	"(*github.com/sirupsen/logrus.Logger).Fatal":   true,
	"(*github.com/sirupsen/logrus.Logger).Fatalf":  true,
	"(*github.com/sirupsen/logrus.Logger).Fatalln": true,
	"(*github.com/sirupsen/logrus.Entry).Fatal":    true,
	"(*github.com/sirupsen/logrus.Entry).Fatalf":   true,
	"(*github.com/sirupsen/logrus.Entry).Fatalln":  true,
	"(*github.com/rs/zerolog.Logger).Fatal":        true,
	"github.com/rs/zerolog/log.Fatal":              true,
}

// panicking are the functions and methods that panic.
var panicking = map[string]bool{
	"log.Panic":                                    true,
	"log.Panicf":                                   true,
	"log.Panicln":                                  true,
	"(*log.Logger).Panic":                          true,
	"(*log.Logger).Panicf":                         true,
	"(*log.Logger).Panicln":                        true,
	"(*go.uber.org/zap.Logger).Panic":              true,
	"(*go.uber.org/zap.SugaredLogger).Panic":       true,
	"(*go.uber.org/zap.SugaredLogger).Panicf":      true,
	"(*go.uber.org/zap.SugaredLogger).Panicw":      true,
	"(*go.uber.org/zap.SugaredLogger).Panicln":     true,
	"github.com/sirupsen/logrus.Panic":             true,
	"github.com/sirupsen/logrus.Panicf":            true,
	"github.com/sirupsen/logrus.Panicln":           true,
	"(*github.com/sirupsen/logrus.Logger).Panic":   true,
	"(*github.com/sirupsen/logrus.Logger).Panicf":  true,
	"(*github.com/sirupsen/logrus.Logger).Panicln": true,
	"(*github.com/sirupsen/logrus.Entry).Panic":    true,
	"(*github.com/sirupsen/logrus.Entry).Panicf":   true,
	"(*github.com/sirupsen/logrus.Entry).Panicln":  true,
	"(*github.com/rs/zerolog.Logger).Panic":        true,
	"github.com/rs/zerolog/log.Panic":              true,
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	if res.Package() == nil {
		return nil, nil
	}
	recovers := make(map[*ssa.Function]bool)
	effect := reach.Effect{
		Match: func(instr ssa.Instruction) (string, token.Pos, bool) {
			what, pos := matchInstr(res, instr)
			if what == "" || isPanic(what) && (!panics || recovered(instr.Parent(), recovers)) {
				return "", token.NoPos, false
			}
			return what, pos, true
		},
		Contained: func(fn *ssa.Function, what string) bool {
			return isPanic(what) && recovered(fn, recovers)
		},
	}
	for _, f := range reach.FindEffect(pass, res, effect, func() reach.Fact { return new(exitFact) }) {
		if isPanic(f.What) && onRecoveredPath(f, recovers) {
			continue
		}
		d := analysis.Diagnostic{Pos: f.Pos, Related: f.Related()}
		if isPanic(f.What) {
			d.Category = categoryPanic
			d.Message = f.What + " panics in invocation scope (" + f.Chain() + "); return an error instead"
		} else {
			d.Category = categoryExit
			d.Message = f.What + " exits the process in invocation scope (" + f.Chain() + "); return an error instead"
		}
		pass.Report(d)
	}
	return nil, nil
}

// isPanic tells whether what, as matchInstr names it, panics rather than
// exits.
func isPanic(what string) bool { return what == "panic" || panicking[what] }

// matchInstr names the exit or panic instr performs, with its position,
// or returns "".
func matchInstr(res *handlers.Result, instr ssa.Instruction) (string, token.Pos) {
	switch instr := instr.(type) {
	case *ssa.Panic:
		if instr.Pos().IsValid() { // not a panic synthesised by the SSA builder
			return "panic", instr.Pos()
		}
	case ssa.CallInstruction:
		obj := res.Object(handlers.Canonical(instr.Common().StaticCallee()))
		if obj == nil {
			return "", token.NoPos
		}
		if name := obj.FullName(); exits[name] || panicking[name] {
			return callName(obj), instr.Common().Pos()
		}
	}
	return "", token.NoPos
}

// callName names fn the way code calls it: "log.Fatalf",
// "Logger.Fatalf", "logrus.Fatal".
func callName(fn *types.Func) string {
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return n.Obj().Name() + "." + fn.Name()
		}
	}
	return fn.Pkg().Name() + "." + fn.Name()
}

// recovered tells whether fn defers a function that calls recover, so that
// a panic in fn, or in what it calls, does not reach the runtime. memo
// keeps the answers.
func recovered(fn *ssa.Function, memo map[*ssa.Function]bool) bool {
	if fn == nil {
		return false
	}
	if r, ok := memo[fn]; ok {
		return r
	}
	r := false
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if d, ok := instr.(*ssa.Defer); ok && callsRecover(d.Call.StaticCallee()) {
				r = true
			}
		}
	}
	memo[fn] = r
	return r
}

// callsRecover tells whether fn calls the recover builtin itself, which is
// the only way a deferred function stops a panic.
func callsRecover(fn *ssa.Function) bool {
	if fn == nil {
		return false
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(ssa.CallInstruction); ok {
				if b, ok := call.Common().Value.(*ssa.Builtin); ok && b.Name() == "recover" {
					return true
				}
			}
		}
	}
	return false
}

// onRecoveredPath tells whether a function on the path from the handler to
// the site of f recovers panics.
func onRecoveredPath(f reach.Finding, memo map[*ssa.Function]bool) bool {
	if recovered(f.Fn, memo) {
		return true
	}
	for _, step := range f.Path {
		if recovered(step.Fn, memo) {
			return true
		}
	}
	return false
}
