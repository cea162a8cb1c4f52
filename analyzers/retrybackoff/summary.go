package retrybackoff

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/typesx"
	"github.com/fnlint/fnlint/passes/handlers"
)

// waitCalls are the functions outside the user's code that wait, and
// whether they end when their context is done.
var waitCalls = map[string]bool{
	"time.Sleep":                              false,
	"(*golang.org/x/time/rate.Limiter).Wait":  true,
	"(*golang.org/x/time/rate.Limiter).WaitN": true,
	"github.com/fnlint/fnlint/fn.Sleep":       true,
}

// summarizeWaits returns the declared functions of the package that wait,
// directly or through calls to functions of this package or of packages
// whose facts say they wait.
func summarizeWaits(pass *analysis.Pass, res *handlers.Result) map[*types.Func]waitFact {
	type state struct {
		waits, noCtx bool
		callees      []*ssa.Function
	}
	states := make(map[*ssa.Function]*state)
	for _, fn := range res.Funcs() {
		s := &state{}
		states[fn] = s
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case *ssa.Select:
					if instr.Blocking && len(instr.States) > 0 {
						s.waits = true
						s.noCtx = s.noCtx || !selectsDone(instr)
					}
				case *ssa.UnOp:
					if instr.Op == token.ARROW && isTimeChan(instr.X.Type()) {
						s.waits, s.noCtx = true, true
					}
				case ssa.CallInstruction:
					callee := instr.Common().StaticCallee()
					if callee == nil {
						continue
					}
					if ctx, ok := waitCalls[callee.String()]; ok {
						s.waits = true
						s.noCtx = s.noCtx || !ctx
					} else if obj := res.Object(callee); obj != nil && obj.Pkg() != pass.Pkg {
						var f waitFact
						if pass.ImportObjectFact(obj, &f) {
							s.waits = true
							s.noCtx = s.noCtx || !f.Ctx
						}
					} else {
						s.callees = append(s.callees, callee)
					}
				}
			}
		}
	}
	for changed := true; changed; { // propagate through calls within the package
		changed = false
		for _, s := range states {
			for _, callee := range s.callees {
				cs := states[callee]
				if cs == nil || !cs.waits {
					continue
				}
				if !s.waits || (cs.noCtx && !s.noCtx) {
					s.waits, s.noCtx, changed = true, s.noCtx || cs.noCtx, true
				}
			}
		}
	}
	out := make(map[*types.Func]waitFact)
	for fn, s := range states {
		if obj, ok := fn.Object().(*types.Func); ok && s.waits && fn.Parent() == nil {
			out[obj] = waitFact{Ctx: !s.noCtx}
		}
	}
	return out
}

// isTimeChan reports whether t is a channel of time.Time: a timer's or a
// ticker's.
func isTimeChan(t types.Type) bool {
	ch, ok := types.Unalias(t).Underlying().(*types.Chan)
	return ok && typesx.IsNamed(ch.Elem(), "time", "Time")
}

// selectsDone reports whether sel has a case receiving from a context's
// Done channel.
func selectsDone(sel *ssa.Select) bool {
	for _, st := range sel.States {
		if st.Dir != types.RecvOnly {
			continue
		}
		if call, ok := st.Chan.(*ssa.Call); ok && isDoneCall(&call.Call) {
			return true
		}
	}
	return false
}

// isDoneCall reports whether call is ctx.Done() on a context.Context.
func isDoneCall(call *ssa.CallCommon) bool {
	if call.IsInvoke() {
		return call.Method.Name() == "Done" && typesx.IsNamed(call.Value.Type(), "context", "Context")
	}
	return false
}
