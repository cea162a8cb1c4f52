package errresponse

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/ssax"
)

// A flow is what reaches a value: the text of an error, JSON built by
// formatting, the parameters of the function the value is in.
type flow struct {
	errText bool        // the text of an error value
	errPos  token.Pos   // where that text is made: the Error call, the Sprintf
	json    []token.Pos // formatting and concatenations that build JSON
	params  uint64      // parameters (bit i for parameter i < 64)
}

func (f *flow) merge(g flow) {
	if g.errText && !f.errText {
		f.errText, f.errPos = true, g.errPos
	}
	f.json = append(f.json, g.json...)
	f.params |= g.params
}

// maxDepth bounds how far a value is traced back.
const maxDepth = 16

// A tracer traces values back to what makes them.
type tracer struct {
	c    *checker
	seen map[ssa.Value]bool
}

// traceAnswer returns the flow that reaches the body of an answer. Error
// values among the formatted operands are error text.
func (c *checker) traceAnswer(a *answer) flow {
	t := &tracer{c: c, seen: make(map[ssa.Value]bool)}
	f := t.value(a.body, 0)
	for _, v := range a.args {
		f.merge(t.value(v, 0))
		if v != nil && isErrorValue(v) {
			f.merge(flow{errText: true, errPos: a.pos})
		}
	}
	return f
}

func (t *tracer) value(v ssa.Value, depth int) flow {
	if v == nil || t.seen[v] || depth > maxDepth {
		return flow{}
	}
	t.seen[v] = true
	depth++
	switch v := v.(type) {
	case *ssa.Parameter:
		if i := paramIndex(v); i >= 0 && i < 64 {
			return flow{params: 1 << i}
		}
	case *ssa.Call:
		return t.call(v.Common(), v.Pos(), 0, depth)
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			return t.call(call.Common(), call.Pos(), v.Index, depth)
		}
	case *ssa.BinOp:
		if v.Op == token.ADD && isString(v.Type()) {
			return t.concat(v, depth)
		}
	case *ssa.Convert:
		return t.value(v.X, depth)
	case *ssa.ChangeType:
		return t.value(v.X, depth)
	case *ssa.MakeInterface:
		return t.value(v.X, depth)
	case *ssa.ChangeInterface:
		return t.value(v.X, depth)
	case *ssa.Slice:
		return t.value(v.X, depth)
	case *ssa.Phi:
		var f flow
		for _, e := range v.Edges {
			f.merge(t.value(e, depth))
		}
		return f
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return t.value(v.X, depth)
		}
	case *ssa.Alloc, *ssa.MakeMap:
		return t.contents(v, depth)
	}
	return flow{}
}

// contents returns the flow of what is stored into a composite value: its
// fields, elements, map entries.
func (t *tracer) contents(base ssa.Value, depth int) flow {
	var f flow
	for _, ref := range *base.Referrers() {
		switch r := ref.(type) {
		case *ssa.Store:
			if r.Addr == base {
				f.merge(t.value(r.Val, depth))
			}
		case *ssa.MapUpdate:
			if r.Map == base {
				f.merge(t.value(r.Value, depth))
			}
		case *ssa.FieldAddr, *ssa.IndexAddr:
			for _, rr := range *r.(ssa.Value).Referrers() {
				if s, ok := rr.(*ssa.Store); ok && s.Addr == r.(ssa.Value) {
					f.merge(t.value(s.Val, depth))
					if isErrorValue(s.Val) {
						f.merge(flow{errText: true, errPos: s.Pos()})
					}
				}
			}
		}
	}
	return f
}

// call returns the flow of result index of a call.
func (t *tracer) call(common *ssa.CallCommon, pos token.Pos, index, depth int) flow {
	if common.IsInvoke() {
		if isErrorMethod(common.Method) {
			return flow{errText: true, errPos: pos}
		}
		return flow{}
	}
	callee := common.StaticCallee()
	if callee == nil {
		return flow{}
	}
	if obj, ok := callee.Object().(*types.Func); ok && isErrorMethod(obj) {
		return flow{errText: true, errPos: pos}
	}
	args := common.Args
	switch name := callee.RelString(nil); name {
	case "fmt.Sprintf", "fmt.Sprint", "fmt.Sprintln":
		var f flow
		operands := ssax.VarArgs(args[len(args)-1])
		for _, a := range operands {
			f.merge(t.value(a, depth))
			if isErrorValue(a) {
				f.merge(flow{errText: true, errPos: pos})
			}
		}
		if name == "fmt.Sprintf" {
			f.merge(t.value(args[0], depth))
			if buildsJSON(args[0], operands) {
				f.json = append(f.json, pos)
			}
		}
		return f
	case "encoding/json.Marshal", "encoding/json.MarshalIndent":
		if index == 0 {
			return t.value(args[0], depth)
		}
	}
	if pkg := callee.Package(); pkg != nil && pkg.Pkg.Path() == "strings" && index == 0 {
		var f flow
		for _, a := range args {
			if isString(a.Type()) {
				f.merge(t.value(a, depth))
			}
		}
		return f
	}
	if callee.Package() != t.c.res.Package() || callee.Blocks == nil {
		return flow{}
	}
	// A helper of this package: what it returns, with its parameters
	// replaced by the arguments of this call.
	var f flow
	for _, b := range callee.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && index < len(ret.Results) {
			g := t.value(ret.Results[index], depth)
			for i, a := range args {
				if i < 64 && g.params&(1<<i) != 0 {
					f.merge(t.value(a, depth))
				}
			}
			g.params = 0
			f.merge(g)
		}
	}
	return f
}

// concat returns the flow of a string concatenation, and records it as
// building JSON when its constant parts read as JSON and a part is not.
func (t *tracer) concat(v *ssa.BinOp, depth int) flow {
	var parts []ssa.Value
	var flatten func(x ssa.Value)
	flatten = func(x ssa.Value) {
		if b, ok := x.(*ssa.BinOp); ok && b.Op == token.ADD && isString(b.Type()) && (b == v || !t.seen[b]) {
			t.seen[b] = true
			flatten(b.X)
			flatten(b.Y)
			return
		}
		parts = append(parts, x)
	}
	flatten(v)
	var f flow
	var text strings.Builder
	unsafe := false
	for _, p := range parts {
		if c, ok := p.(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.String {
			text.WriteString(constant.StringVal(c.Value))
			continue
		}
		text.WriteString("0")
		if !safeString(p) {
			unsafe = true
		}
		f.merge(t.value(p, depth))
	}
	if unsafe && looksJSON(text.String()) {
		f.json = append(f.json, v.Pos())
	}
	return f
}

// safeString reports whether a string operand cannot break JSON: the
// text of a number or a boolean.
func safeString(v ssa.Value) bool {
	call, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	if callee := call.Call.StaticCallee(); callee != nil {
		switch callee.RelString(nil) {
		case "strconv.Itoa", "strconv.FormatInt", "strconv.FormatUint", "strconv.FormatBool", "strconv.FormatFloat":
			return true
		}
	}
	return false
}

// looksJSON reports whether s reads as a JSON object or array with a
// string in it.
func looksJSON(s string) bool {
	s = strings.TrimSpace(s)
	return (strings.HasPrefix(s, "{") || strings.HasPrefix(s, "[")) && strings.Contains(s, `"`)
}

// buildsJSON reports whether a format string reads as JSON and formats an
// operand that can break it: anything but a constant, an integer, a
// float or a boolean.
func buildsJSON(format ssa.Value, operands []ssa.Value) bool {
	c, ok := format.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return false
	}
	s := constant.StringVal(c.Value)
	if !looksJSON(s) {
		return false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		i++
		for i < len(s) && strings.IndexByte("+-# 0123456789.*[]", s[i]) >= 0 {
			i++
		}
		if i >= len(s) || s[i] == '%' {
			continue
		}
		if n >= len(operands) || !safeOperand(operands[n]) {
			return true
		}
		n++
	}
	return false
}

// safeOperand reports whether a formatted operand cannot break JSON.
func safeOperand(v ssa.Value) bool {
	if v == nil {
		return false
	}
	x := unwrapIface(v)
	if _, ok := x.(*ssa.Const); ok {
		return true
	}
	b, ok := x.Type().Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsInteger|types.IsFloat|types.IsBoolean) != 0
}

// isString reports whether t is a string type.
func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// errorType is the error interface.
var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// isErrorMethod reports whether m is the Error method of the error
// interface or of a type that implements it.
func isErrorMethod(m *types.Func) bool {
	sig := m.Signature()
	if m.Name() != "Error" || sig.Recv() == nil || sig.Params().Len() != 0 || sig.Results().Len() != 1 || !isString(sig.Results().At(0).Type()) {
		return false
	}
	return types.Implements(sig.Recv().Type(), errorType)
}

// isErrorValue reports whether v, possibly converted to an interface, is
// an error value (not the constant nil).
func isErrorValue(v ssa.Value) bool {
	x := unwrapIface(v)
	if _, ok := x.(*ssa.Const); ok {
		return false
	}
	return types.Implements(x.Type(), errorType)
}
