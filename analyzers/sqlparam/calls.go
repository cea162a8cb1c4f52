package sqlparam

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/passes/handlers"
)

// A resultRule says what the result of a library function is built from.
type resultRule struct {
	safe bool  // constant-safe whatever the arguments: digits, quoted identifiers
	args []int // the arguments it is built from; nil: all of them
	kind ruleKind
}

type ruleKind uint8

const (
	fromArgs ruleKind = iota
	sprintf           // fmt.Sprintf: the format and the formatted operands
	builder           // strings.Builder, bytes.Buffer: what was written
)

// resultRules lists the library functions whose results sqlparam follows,
// by full name. It is never modified.
var resultRules = map[string]resultRule{
	"fmt.Sprintf":                          {kind: sprintf},
	"fmt.Sprint":                           {kind: sprintf},
	"fmt.Sprintln":                         {kind: sprintf},
	"(*strings.Builder).String":            {kind: builder},
	"(*bytes.Buffer).String":               {kind: builder},
	"(*bytes.Buffer).Bytes":                {kind: builder},
	"strings.Join":                         {},
	"strings.Repeat":                       {},
	"strings.ToUpper":                      {},
	"strings.ToLower":                      {},
	"strings.Title":                        {},
	"strings.ToTitle":                      {},
	"strings.TrimSpace":                    {},
	"strings.Trim":                         {},
	"strings.TrimLeft":                     {},
	"strings.TrimRight":                    {},
	"strings.TrimPrefix":                   {},
	"strings.TrimSuffix":                   {},
	"strings.Replace":                      {},
	"strings.ReplaceAll":                   {},
	"strings.Split":                        {},
	"strings.SplitN":                       {},
	"strings.Fields":                       {},
	"strconv.Quote":                        {},
	"(time.Time).Format":                   {args: []int{1}},
	"strconv.Itoa":                         {safe: true},
	"strconv.FormatInt":                    {safe: true},
	"strconv.FormatUint":                   {safe: true},
	"strconv.FormatFloat":                  {safe: true},
	"strconv.FormatBool":                   {safe: true},
	"(time.Time).String":                   {safe: true},
	"(time.Duration).String":               {safe: true},
	"(github.com/google/uuid.UUID).String": {safe: true},
	"github.com/google/uuid.NewString":     {safe: true},
	"(github.com/jackc/pgx/v5.Identifier).Sanitize": {safe: true},
	"github.com/lib/pq.QuoteIdentifier":             {safe: true},
	"github.com/lib/pq.QuoteLiteral":                {safe: true},
	"github.com/jmoiron/sqlx.In":                    {args: []int{0}},
	"github.com/jmoiron/sqlx.Named":                 {args: []int{0}},
	"github.com/jmoiron/sqlx.Rebind":                {args: []int{1}},
	"github.com/jmoiron/sqlx.BindNamed":             {args: []int{1}},
	"(*github.com/jmoiron/sqlx.DB).Rebind":          {args: []int{1}},
	"(*github.com/jmoiron/sqlx.Tx).Rebind":          {args: []int{1}},
	"(*github.com/jmoiron/sqlx.DB).BindNamed":       {args: []int{1}},
	"(*github.com/jmoiron/sqlx.Tx).BindNamed":       {args: []int{1}},
}

// call is the taint of result idx of a call.
func (e *eval) call(common *ssa.CallCommon, v ssa.Value, idx int) taint {
	if b, ok := common.Value.(*ssa.Builtin); ok {
		if b.Name() == "append" {
			var t taint
			for _, a := range common.Args {
				t = t.join(e.value(a))
			}
			return t
		}
		return e.bad(v)
	}
	if common.IsInvoke() {
		return e.bad(v)
	}
	callee := common.StaticCallee()
	if callee == nil {
		return e.bad(v)
	}
	name := callee.String()
	if obj := e.c.res.Object(callee); obj != nil {
		name = obj.FullName()
	}
	if rule, ok := resultRules[name]; ok {
		return e.rule(rule, common, v)
	}
	if s, ok := e.c.summaryOf(callee); ok && idx < len(s.rets) {
		return e.apply(calleeName(e.c.res, callee), s.rets[idx], common.Args)
	}
	return e.bad(v)
}

// rule applies a resultRule to a call.
func (e *eval) rule(rule resultRule, common *ssa.CallCommon, v ssa.Value) taint {
	switch {
	case rule.safe:
		return taint{}
	case rule.kind == sprintf:
		return e.sprintf(common)
	case rule.kind == builder:
		return e.builder(common.Args[0], v)
	case rule.args != nil:
		var t taint
		for _, i := range rule.args {
			if i < len(common.Args) {
				t = t.join(e.value(common.Args[i]))
			}
		}
		return t
	}
	var t taint
	for _, a := range common.Args {
		t = t.join(e.value(a))
	}
	return t
}

// sprintf is the taint of fmt.Sprintf, Sprint or Sprintln: the format and
// each operand as its verb formats it.
func (e *eval) sprintf(common *ssa.CallCommon) taint {
	args := common.Args
	var t taint
	var verbs []rune
	if len(args) == 2 { // Sprintf(format, a...)
		t = e.value(args[0])
		if format, ok := constString(args[0]); ok {
			verbs = formatVerbs(format)
		}
	}
	ops, ok := varargs(args[len(args)-1])
	if !ok {
		return t.join(e.value(args[len(args)-1]))
	}
	for i, op := range ops {
		verb := 'v'
		if i < len(verbs) {
			verb = verbs[i]
		}
		if mi, ok := op.(*ssa.MakeInterface); ok {
			t = t.join(e.operand(mi.X, verb))
		} else {
			t = t.join(e.value(op))
		}
	}
	return t
}

// builder is the taint of what was written to a strings.Builder or
// bytes.Buffer: the arguments of its Write methods and of the fmt.Fprint
// calls it is passed to. A builder passed to any other function, or that
// is not a local variable, is non-constant.
func (e *eval) builder(recv ssa.Value, v ssa.Value) taint {
	a, ok := recv.(*ssa.Alloc)
	if !ok {
		return e.bad(v)
	}
	var t taint
	for _, r := range *a.Referrers() {
		switch r := r.(type) {
		case *ssa.Call:
			t = t.join(e.write(r.Common(), a, v))
		case *ssa.MakeInterface: // io.Writer
			for _, rr := range *r.Referrers() {
				call, ok := rr.(*ssa.Call)
				if !ok {
					return e.bad(v)
				}
				fn := call.Common().StaticCallee()
				if fn == nil || len(call.Common().Args) == 0 || call.Common().Args[0] != r {
					return e.bad(v)
				}
				rule, ok := fprintRules[fn.String()]
				if obj := e.c.res.Object(fn); obj != nil {
					rule, ok = fprintRules[obj.FullName()]
				}
				if !ok {
					return e.bad(v)
				}
				common := *call.Common()
				common.Args = common.Args[1:]
				t = t.join(e.rule(rule, &common, v))
			}
		case *ssa.Defer, *ssa.Go, *ssa.Store:
			return e.bad(v)
		}
	}
	return t
}

// fprintRules are the fmt functions that write to a builder.
var fprintRules = map[string]resultRule{
	"fmt.Fprintf":  {kind: sprintf},
	"fmt.Fprint":   {kind: sprintf},
	"fmt.Fprintln": {kind: sprintf},
}

// write is the taint of what a call writes to the builder a.
func (e *eval) write(common *ssa.CallCommon, a *ssa.Alloc, v ssa.Value) taint {
	fn := common.StaticCallee()
	if fn == nil || fn.Signature.Recv() == nil || len(common.Args) == 0 || common.Args[0] != a {
		return e.bad(v) // the builder passed to a function
	}
	switch fn.Name() {
	case "String", "Bytes", "Len", "Cap", "Grow", "Reset", "Truncate":
		return taint{}
	case "WriteString", "Write":
		return e.value(common.Args[1])
	case "WriteByte", "WriteRune": // one character: constant or not safe
		if _, ok := common.Args[1].(*ssa.Const); ok {
			return taint{}
		}
		return e.bad(common.Args[1])
	}
	return e.bad(v)
}

// formatVerbs returns the verb of each operand of a format, or nil when
// the format uses explicit argument indexes or * widths.
func formatVerbs(format string) []rune {
	var verbs []rune
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		for i < len(format) && strings.IndexByte("+-# 0123456789.", format[i]) >= 0 {
			i++
		}
		if i >= len(format) {
			break
		}
		switch format[i] {
		case '%':
			continue
		case '[', '*':
			return nil
		}
		verbs = append(verbs, rune(format[i]))
	}
	return verbs
}

// calleeName names a function for messages and facts, qualified by its
// package name: "store.ByID", "store.(*Store).Run", "app.handle.func1".
// Messages drop the qualifier of the package they are reported in.
func calleeName(res *handlers.Result, fn *ssa.Function) string {
	if obj := res.Object(fn); obj != nil && obj.Pkg() != nil {
		return handlers.QualifiedName(obj)
	}
	if fn.Pkg != nil {
		return fn.Pkg.Pkg.Name() + "." + handlers.FuncName(fn)
	}
	return handlers.FuncName(fn)
}

// isScalar reports whether t is a numeric or boolean type.
func isScalar(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsNumeric|types.IsBoolean) != 0
}

// isInteger reports whether t is an integer type.
func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// isSafeType reports whether a value of type t prints as digits and
// punctuation only: time.Time, time.Duration, uuid.UUID.
func isSafeType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	switch n.Obj().Pkg().Path() + "." + n.Obj().Name() {
	case "time.Time", "time.Duration", "time.Month", "time.Weekday", "github.com/google/uuid.UUID":
		return true
	}
	return false
}

// method returns the method name of t or *t, or nil.
func method(t types.Type, name string) *types.Func {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
	fn, _ := obj.(*types.Func)
	return fn
}

// hasMethod reports whether t or *t has a method name.
func hasMethod(t types.Type, name string) bool {
	if types.IsInterface(t) {
		return false
	}
	return method(t, name) != nil
}

// derefElem returns the element type of a pointer type, or nil.
func derefElem(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return nil
}
