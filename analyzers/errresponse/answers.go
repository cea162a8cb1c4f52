package errresponse

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/ssax"
)

// Import paths the check matches types and functions in.
const (
	eventsPath  = "github.com/aws/aws-lambda-go/events"
	runtimePath = "github.com/fnlint/fnlint/fn"
	ginPath     = "github.com/gin-gonic/gin"
	echoPath    = "github.com/labstack/echo/v4"
)

// An answer is a place where a function answers an HTTP request: it sets a
// status, writes a body, or both.
type answer struct {
	pos   token.Pos
	block *ssa.BasicBlock // where the answer is made
	// body is the value written, nil when the answer writes none. For
	// fmt.Fprintf and gin's String, body is the format and args the
	// values formatted.
	body ssa.Value
	args []ssa.Value
	// status is the status code, nil when the answer sets none (the
	// status of an earlier WriteHeader, or 200).
	status ssa.Value
	// encoded is set when the body is encoded by encoding/json or a
	// framework's JSON method: building it by formatting is not in
	// question.
	encoded bool
	// formatted is set when body is a format string and args its operands.
	formatted bool
	// fixed is the status of an answer made by a helper with a constant
	// status, set instead of status.
	fixed status
}

// statusInfo evaluates the status of the answer.
func (a *answer) statusInfo() status {
	if a.fixed.set {
		return a.fixed
	}
	return statusOf(a.status)
}

// responseFields maps the response types the check knows to the names of
// their status and body fields.
var responseFields = map[string][2]string{
	eventsPath + ".APIGatewayProxyResponse":   {"StatusCode", "Body"},
	eventsPath + ".APIGatewayV2HTTPResponse":  {"StatusCode", "Body"},
	eventsPath + ".ALBTargetGroupResponse":    {"StatusCode", "Body"},
	eventsPath + ".LambdaFunctionURLResponse": {"StatusCode", "Body"},
	runtimePath + ".Response":                 {"Status", "Body"},
}

// typeName returns "path.Name" for a named type or a pointer to one.
func typeName(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name()
}

// isResponseWriter reports whether t is http.ResponseWriter or a type
// that implements it.
func isResponseWriter(t types.Type) bool {
	if typeName(t) == "net/http.ResponseWriter" {
		return true
	}
	if _, isIface := t.Underlying().(*types.Interface); isIface {
		return false
	}
	rw := responseWriterIface(t)
	return rw != nil && types.Implements(t, rw)
}

// responseWriterIface finds the http.ResponseWriter interface among the
// methods' packages of t; nil when net/http is not in sight.
func responseWriterIface(t types.Type) *types.Interface {
	ms := types.NewMethodSet(t)
	for i := range ms.Len() {
		if pkg := ms.At(i).Obj().Pkg(); pkg != nil {
			for _, imp := range append([]*types.Package{pkg}, pkg.Imports()...) {
				if imp.Path() == "net/http" {
					if obj, ok := imp.Scope().Lookup("ResponseWriter").(*types.TypeName); ok {
						return obj.Type().Underlying().(*types.Interface)
					}
				}
			}
		}
	}
	return nil
}

// writerArg reports whether v, a call argument, is a response writer.
func writerArg(v ssa.Value) bool {
	return isResponseWriter(unwrapIface(v).Type())
}

// answers returns the answers of fn, helpers' answers included through
// their summaries.
func (c *checker) answers(fn *ssa.Function) []answer {
	if got, ok := c.answersOf[fn]; ok {
		return got
	}
	var out []answer
	bases := make(map[ssa.Value]bool)
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch instr := instr.(type) {
			case ssa.CallInstruction:
				for _, a := range c.callAnswers(instr) {
					a.block = b
					out = append(out, a)
				}
			case *ssa.FieldAddr:
				if _, ok := responseFields[typeName(instr.X.Type())]; ok && !bases[instr.X] {
					bases[instr.X] = true
					if a, ok := literalAnswer(instr.X); ok {
						out = append(out, a)
					}
				}
			}
		}
	}
	c.answersOf[fn] = out
	return out
}

// literalAnswer returns the answer made by the stores into the fields of
// a response struct at base.
func literalAnswer(base ssa.Value) (answer, bool) {
	names := responseFields[typeName(base.Type())]
	st := base.Type().Underlying().(*types.Pointer).Elem().Underlying().(*types.Struct)
	a := answer{pos: base.Pos()}
	if instr, ok := base.(ssa.Instruction); ok {
		a.block = instr.Block()
	}
	for _, ref := range *base.Referrers() {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok {
			continue
		}
		name := st.Field(fa.Field).Name()
		if name != names[0] && name != names[1] {
			continue
		}
		for _, r := range *fa.Referrers() {
			if s, ok := r.(*ssa.Store); ok && s.Addr == fa {
				if name == names[0] {
					a.status = s.Val
				} else {
					a.body = s.Val
				}
				if !a.pos.IsValid() {
					a.pos = s.Pos()
				}
				if a.block == nil {
					a.block = s.Block()
				}
			}
		}
	}
	return a, a.body != nil || a.status != nil
}

// callAnswers returns the answers a call makes.
func (c *checker) callAnswers(call ssa.CallInstruction) []answer {
	common := call.Common()
	pos := call.Pos()
	if common.IsInvoke() {
		recv := common.Value.Type()
		switch name := typeName(recv) + "." + common.Method.Name(); name {
		case "net/http.ResponseWriter.Write":
			return []answer{{pos: pos, body: common.Args[0], status: writeHeaderBefore(call, common.Value)}}
		case "net/http.ResponseWriter.WriteHeader":
			return []answer{{pos: pos, status: common.Args[0]}}
		case echoPath + ".Context.JSON", echoPath + ".Context.JSONPretty":
			return []answer{{pos: pos, body: common.Args[1], status: common.Args[0], encoded: true}}
		case echoPath + ".Context.String", echoPath + ".Context.JSONBlob":
			return []answer{{pos: pos, body: common.Args[1], status: common.Args[0]}}
		case echoPath + ".Context.NoContent":
			return []answer{{pos: pos, status: common.Args[0]}}
		}
		return nil
	}
	callee := common.StaticCallee()
	if callee == nil {
		return nil
	}
	args := common.Args
	switch callee.RelString(nil) {
	case "net/http.Error":
		return []answer{{pos: pos, body: args[1], status: args[2]}}
	case "fmt.Fprintf":
		if writerArg(args[0]) {
			return []answer{{pos: pos, body: args[1], args: ssax.VarArgs(args[2]), formatted: true, status: writeHeaderBefore(call, unwrapIface(args[0]))}}
		}
	case "fmt.Fprint", "fmt.Fprintln":
		if writerArg(args[0]) {
			return []answer{{pos: pos, args: ssax.VarArgs(args[1]), status: writeHeaderBefore(call, unwrapIface(args[0]))}}
		}
	case "io.WriteString":
		if writerArg(args[0]) {
			return []answer{{pos: pos, body: args[1], status: writeHeaderBefore(call, unwrapIface(args[0]))}}
		}
	case "(*encoding/json.Encoder).Encode":
		if w := encoderWriter(args[0]); w != nil {
			return []answer{{pos: pos, body: args[1], encoded: true, status: writeHeaderBefore(call, w)}}
		}
	case "(*" + ginPath + ".Context).JSON", "(*" + ginPath + ".Context).AbortWithStatusJSON":
		return []answer{{pos: pos, body: args[2], status: args[1], encoded: true}}
	case "(*" + ginPath + ".Context).String":
		return []answer{{pos: pos, body: args[2], args: ssax.VarArgs(args[3]), formatted: true, status: args[1]}}
	case "(*" + ginPath + ".Context).AbortWithStatus", "(*" + ginPath + ".Context).Status":
		return []answer{{pos: pos, status: args[1]}}
	}
	return c.helperAnswers(call, callee)
}

// unwrapIface returns the value converted to an interface by v, or v.
func unwrapIface(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		default:
			return v
		}
	}
}

// encoderWriter returns the response writer a json.Encoder writes to when
// it comes from json.NewEncoder(w), else nil.
func encoderWriter(enc ssa.Value) ssa.Value {
	call, ok := enc.(*ssa.Call)
	if !ok {
		return nil
	}
	if callee := call.Call.StaticCallee(); callee == nil || callee.RelString(nil) != "encoding/json.NewEncoder" {
		return nil
	}
	if w := unwrapIface(call.Call.Args[0]); isResponseWriter(w.Type()) {
		return w
	}
	return nil
}

// writeHeaderBefore returns the status of the last WriteHeader call on w
// that runs before instr on every path: earlier in its block, or in a
// block that dominates it. It returns nil when there is none.
func writeHeaderBefore(instr ssa.Instruction, w ssa.Value) ssa.Value {
	b := instr.Block()
	limit := instr
	for b != nil {
		var found ssa.Value
		for _, in := range b.Instrs {
			if in == limit {
				break
			}
			if call, ok := in.(*ssa.Call); ok && call.Call.IsInvoke() && call.Call.Method.Name() == "WriteHeader" &&
				typeName(call.Call.Value.Type()) == "net/http.ResponseWriter" && sameWriter(call.Call.Value, w) {
				found = call.Call.Args[0]
			}
		}
		if found != nil {
			return found
		}
		b, limit = b.Idom(), nil
	}
	return nil
}

// sameWriter reports whether two values are the same response writer.
func sameWriter(a, b ssa.Value) bool {
	return unwrapIface(a) == unwrapIface(b)
}

// A status is what the check knows of a status code.
type status struct {
	code  int // the constant code; 0 when unknown or absent
	param int // the parameter it comes from, or -1
	set   bool
}

// statusOf evaluates a status code value. A Phi of constants is the
// largest of them, so that a 5xx among them counts.
func statusOf(v ssa.Value) status {
	switch v := v.(type) {
	case nil:
		return status{param: -1}
	case *ssa.Const:
		if v.Value != nil && v.Value.Kind() == constant.Int {
			n, _ := constant.Int64Val(v.Value)
			return status{code: int(n), param: -1, set: true}
		}
	case *ssa.Parameter:
		return status{param: paramIndex(v), set: true}
	case *ssa.Phi:
		best := status{param: -1, set: true}
		for _, e := range v.Edges {
			s := statusOf(e)
			if s.code == 0 {
				return status{param: -1, set: true}
			}
			best.code = max(best.code, s.code)
		}
		return best
	case *ssa.Convert:
		return statusOf(v.X)
	}
	return status{param: -1, set: true}
}

// paramIndex returns the index of p among its function's parameters.
func paramIndex(p *ssa.Parameter) int {
	for i, q := range p.Parent().Params {
		if q == p {
			return i
		}
	}
	return -1
}

// clientError reports whether the status is a constant below 500: an
// answer the client is meant to read.
func (s status) clientError() bool { return s.code > 0 && s.code < 500 }

// serverError reports whether the status is a constant 5xx.
func (s status) serverError() bool { return s.code >= 500 && s.code < 600 }
