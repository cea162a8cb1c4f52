package poolscope

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/lazyinit"
	"github.com/fnlint/fnlint/internal/reach"
	"github.com/fnlint/fnlint/passes/handlers"
)

// transportWhat names the creation of an http.Transport in messages.
const transportWhat = "http.Transport"

// findTransports returns the http.Transport values created in invocation
// scope, directly or through calls, and exports transportFact on the
// functions that create one: composite literals, new(http.Transport) and
// Transport.Clone, outside lazy initialisations.
//
// An http.Client is not reported for itself: a client without a Transport
// uses http.DefaultTransport, whose connections are pooled across
// invocations, and a client is a few words of memory. A client given a
// new transport is reported at the transport.
func findTransports(pass *analysis.Pass, res *handlers.Result) []reach.Finding {
	effect := reach.Effect{
		Match: func(instr ssa.Instruction) (string, token.Pos, bool) {
			switch instr := instr.(type) {
			case *ssa.Alloc:
				if isTransport(instr.Type().(*types.Pointer).Elem()) && instr.Pos().IsValid() {
					return transportWhat, instr.Pos(), true
				}
			case ssa.CallInstruction:
				callee := handlers.Canonical(instr.Common().StaticCallee())
				if callee == nil {
					break
				}
				if obj, ok := callee.Object().(*types.Func); ok && obj.FullName() == "(*net/http.Transport).Clone" {
					return transportWhat, instr.Common().Pos(), true
				}
			}
			return "", token.NoPos, false
		},
		Skip: func(instr ssa.Instruction) bool { return lazyinit.Block(instr.Block()) },
	}
	return reach.FindEffect(pass, res, effect, func() reach.Fact { return new(transportFact) })
}

// isTransport reports whether t is net/http.Transport.
func isTransport(t types.Type) bool {
	return isNamed(t, "net/http", "Transport")
}
