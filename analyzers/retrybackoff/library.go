package retrybackoff

import (
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/typesx"
)

// backoffPath is the import path of github.com/cenkalti/backoff/v4.
const backoffPath = "github.com/cenkalti/backoff/v4"

// backoffRetries are the functions of backoff/v4 that retry an operation
// with the BackOff policy they take as second argument.
var backoffRetries = map[string]bool{
	"Retry":                       true,
	"RetryNotify":                 true,
	"RetryWithData":               true,
	"RetryNotifyWithData":         true,
	"RetryNotifyWithTimer":        true,
	"RetryNotifyWithTimerAndData": true,
}

// checkLibraries reports the calls of fn to backoff/v4's Retry functions
// whose policy never stops.
func (c *checker) checkLibraries(fn *ssa.Function) {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			callee := call.Common().StaticCallee()
			if callee == nil {
				continue
			}
			if o := callee.Origin(); o != nil {
				callee = o
			}
			name, ok := strings.CutPrefix(callee.String(), backoffPath+".")
			if !ok || !backoffRetries[name] || len(call.Common().Args) < 2 {
				continue
			}
			if why := c.forever(call.Common().Args[1], 0); why != "" {
				c.pass.Report(analysis.Diagnostic{
					Pos: call.Pos(), Category: CategoryLibrary,
					Message: "backoff." + name + " retries for ever: " + why +
						"; bound it with backoff.WithMaxRetries or backoff.WithContext",
				})
			}
		}
	}
}

// forever returns why the BackOff policy v never stops, or "" when it
// stops or the check cannot tell.
func (c *checker) forever(v ssa.Value, depth int) string {
	if depth > 4 {
		return ""
	}
	switch v := v.(type) {
	case *ssa.MakeInterface:
		return c.forever(v.X, depth+1)
	case *ssa.ChangeType:
		return c.forever(v.X, depth+1)
	case *ssa.Call:
		callee := v.Call.StaticCallee()
		if callee == nil {
			return ""
		}
		switch callee.String() {
		case backoffPath + ".NewExponentialBackOff":
			if optionZero(v) || storesZero(v, true) {
				return "its MaxElapsedTime is 0"
			}
		case backoffPath + ".NewConstantBackOff":
			return "a ConstantBackOff never stops"
		}
	case *ssa.Alloc:
		p, ok := v.Type().Underlying().(*types.Pointer)
		if !ok {
			return ""
		}
		elem := p.Elem()
		switch {
		case typesx.IsNamed(elem, backoffPath, "ExponentialBackOff"):
			if storesZero(v, false) {
				return "its MaxElapsedTime is 0"
			}
		case typesx.IsNamed(elem, backoffPath, "ConstantBackOff"):
			return "a ConstantBackOff never stops"
		case typesx.IsNamed(elem, backoffPath, "ZeroBackOff"):
			return "a ZeroBackOff retries at once and never stops"
		}
	}
	return ""
}

// storesZero reports whether the MaxElapsedTime of the ExponentialBackOff
// v points to is 0: a constant 0 is stored to it, or, for a composite
// literal (fromCall false), nothing is.
func storesZero(v ssa.Value, fromCall bool) bool {
	stored := false
	for _, ref := range *v.Referrers() {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok || fieldName(fa) != "MaxElapsedTime" {
			continue
		}
		for _, r := range *fa.Referrers() {
			st, ok := r.(*ssa.Store)
			if !ok || st.Addr != fa {
				continue
			}
			stored = true
			if isZeroConst(st.Val) {
				return true
			}
		}
	}
	return !fromCall && !stored
}

// optionZero reports whether the call of NewExponentialBackOff passes
// WithMaxElapsedTime(0).
func optionZero(call *ssa.Call) bool {
	args := call.Call.Args
	if len(args) == 0 {
		return false
	}
	sl, ok := args[len(args)-1].(*ssa.Slice)
	if !ok {
		return false
	}
	arr, ok := sl.X.(*ssa.Alloc)
	if !ok {
		return false
	}
	for _, ref := range *arr.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		for _, r := range *ia.Referrers() {
			st, ok := r.(*ssa.Store)
			if !ok {
				continue
			}
			opt, ok := st.Val.(*ssa.Call)
			if !ok {
				continue
			}
			if f := opt.Call.StaticCallee(); f != nil && f.String() == backoffPath+".WithMaxElapsedTime" &&
				len(opt.Call.Args) == 1 && isZeroConst(opt.Call.Args[0]) {
				return true
			}
		}
	}
	return false
}

// fieldName returns the name of the field fa addresses.
func fieldName(fa *ssa.FieldAddr) string {
	p, ok := fa.X.Type().Underlying().(*types.Pointer)
	if !ok {
		return ""
	}
	st, ok := p.Elem().Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	return st.Field(fa.Field).Name()
}

// isZeroConst reports whether v is the constant 0.
func isZeroConst(v ssa.Value) bool {
	k, ok := v.(*ssa.Const)
	return ok && k.Value != nil && k.Value.Kind() == constant.Int && constant.Sign(k.Value) == 0
}
