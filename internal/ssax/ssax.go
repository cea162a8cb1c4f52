// Package ssax answers questions about SSA code that several checks ask.
package ssax

import "golang.org/x/tools/go/ssa"

// VarArgs returns the values passed to a variadic parameter, in order,
// when v is the slice the call builds for them (f(a, b, c)); nil when the
// slice comes from elsewhere (f(xs...)). An element whose index is not a
// constant, or that no store writes, is nil.
func VarArgs(v ssa.Value) []ssa.Value {
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return nil
	}
	arr, ok := sl.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	var out []ssa.Value
	for _, ref := range *arr.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		idx, ok := ia.Index.(*ssa.Const)
		if !ok {
			continue
		}
		i := idx.Int64()
		for _, r := range *ia.Referrers() {
			if s, ok := r.(*ssa.Store); ok && s.Addr == ia {
				for int64(len(out)) <= i {
					out = append(out, nil)
				}
				out[i] = s.Val
			}
		}
	}
	return out
}

// VarArg returns element i of VarArgs(v), or nil.
func VarArg(v ssa.Value, i int) ssa.Value {
	if args := VarArgs(v); i < len(args) {
		return args[i]
	}
	return nil
}
