package secret

import (
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/passes/handlers"
)

// A Call is a call seen by what it calls: the declared function or method,
// its receiver and its arguments, whether it is a static call, a call
// through a method value or a call of an interface method.
type Call struct {
	// Common is the call.
	Common *ssa.CallCommon
	// Func is the function or method called, the real object for the
	// functions of other packages; nil for a call of a function value.
	Func *types.Func
	// Recv is the receiver of a method call, nil for a function.
	Recv ssa.Value
	// Args are the arguments, without the receiver.
	Args []ssa.Value
}

// Name is the full name of the function called
// ("(*net/http.Request).SetBasicAuth"), or "".
func (c *Call) Name() string {
	if c.Func == nil {
		return ""
	}
	return c.Func.FullName()
}

// Arg returns argument i, or nil when the call has fewer.
func (c *Call) Arg(i int) ssa.Value {
	if i < len(c.Args) {
		return c.Args[i]
	}
	return nil
}

// Resolve returns the call common made, seen by what it calls: a static
// call of a function or method, a call of a bound method value
// (f := tok.SignedString; f(key)), or an interface method call.
func Resolve(res *handlers.Result, common *ssa.CallCommon) Call {
	c := Call{Common: common}
	if common.IsInvoke() {
		c.Func, c.Recv, c.Args = common.Method, common.Value, common.Args
		return c
	}
	fn := common.StaticCallee()
	if fn == nil {
		return c
	}
	if mc, ok := common.Value.(*ssa.MakeClosure); ok && fn.Object() != nil && len(mc.Bindings) == 1 &&
		fn.Signature.Recv() == nil && isMethod(fn.Object()) {
		// A bound method value: the receiver is the closure's binding.
		c.Func, c.Recv, c.Args = fn.Object().(*types.Func), mc.Bindings[0], common.Args
		return c
	}
	if fn.Signature.Recv() != nil && len(common.Args) > 0 {
		c.Func, c.Recv, c.Args = realFunc(res, fn), common.Args[0], common.Args[1:]
		return c
	}
	c.Func, c.Args = realFunc(res, fn), common.Args
	return c
}

func isMethod(obj types.Object) bool {
	f, ok := obj.(*types.Func)
	return ok && f.Signature().Recv() != nil
}

// realFunc returns the declared function behind fn: the real object of a
// stand-in, the generic function of an instantiation.
func realFunc(res *handlers.Result, fn *ssa.Function) *types.Func {
	if c := handlers.Canonical(fn); c != nil {
		fn = c
	}
	if obj := res.Object(fn); obj != nil {
		return obj.Origin()
	}
	return nil
}

// EnvRead reports whether c reads an environment variable (os.Getenv,
// os.LookupEnv) and returns its name when it is a constant.
func EnvRead(c *Call) (name string, ok bool) {
	switch c.Name() {
	case "os.Getenv", "os.LookupEnv":
		return StringConst(c.Arg(0)), true
	}
	return "", false
}

// StringConst returns the value of a string constant, or "" for anything
// else.
func StringConst(v ssa.Value) string {
	if k, ok := v.(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.String {
		return constant.StringVal(k.Value)
	}
	return ""
}
