package jwtverify

import (
	"fmt"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/ssax"
)

// methodFact records what a function of a user package does with tokens'
// signing methods, for the packages that use it as or to build a key func.
type methodFact struct {
	// Checks lists the parameters (receiver first) of type *jwt.Token
	// whose Method or alg header the function checks.
	Checks []int
	// KeyFunc is true for a function shaped as a key func: a missing
	// check in Checks is then known, not unknown.
	KeyFunc bool
	// Returns tells, for a function returning a key func, whether the key
	// funcs it returns check the method: 1 they do, 2 they do not.
	Returns uint8
}

func (*methodFact) AFact() {}

func (f *methodFact) String() string {
	return fmt.Sprintf("method(checks=%v keyfunc=%t returns=%d)", f.Checks, f.KeyFunc, f.Returns)
}

// paramKey is a parameter of a function.
type paramKey struct {
	fn *ssa.Function
	i  int
}

// A verdict is what the check knows about a pin of the signing method.
type verdict uint8

const (
	unknown  verdict = iota // the code is out of sight: say nothing
	pinned                  // the method is pinned
	unpinned                // the method is known not to be pinned
)

// algorithm reports a verifying call that pins the signing method neither
// by a parser option nor in its key func.
func (c *checker) algorithm(ac apiCall) {
	args := ac.call.Common().Args
	_, kf, opts := ac.api.args()
	var v verdict
	switch ac.api.op {
	case opParse, opParseWithClaims:
		v = unpinned
		if opts >= 0 && opts < len(args) {
			v = c.optionsPin(args[opts])
		}
	default:
		v = c.parserPins(args[0])
	}
	if v != unpinned {
		return
	}
	kv, decl := c.keyFuncPins(args[kf], 0)
	if kv != unpinned {
		return
	}
	pkg := "jwt"
	if obj, ok := ac.call.Common().StaticCallee().Object().(*types.Func); ok && obj.Pkg() != nil {
		pkg = obj.Pkg().Name()
	}
	remedy := "pass " + pkg + ".WithValidMethods"
	if ac.api.lib == libV3 {
		remedy = "set Parser.ValidMethods"
	}
	d := analysis.Diagnostic{
		Pos:      ac.call.Pos(),
		Category: categoryAlgorithm,
		Message: fmt.Sprintf("%s accepts whatever signing method the token names; %s or check token.Method in the key func",
			callName(ac.call), remedy),
	}
	if decl.IsValid() {
		d.Related = []analysis.RelatedInformation{{Pos: decl, Message: "key func"}}
	}
	c.report(d)
}

// optionsPin tells whether the parser options passed as a variadic
// argument include WithValidMethods.
func (c *checker) optionsPin(v ssa.Value) verdict {
	has, ok := c.hasOption(v, opWithValidMethods)
	switch {
	case !ok:
		return unknown
	case has:
		return pinned
	}
	return unpinned
}

// hasOption reports whether the options passed as a variadic argument
// include a call to want; ok is false when some option is out of sight.
func (c *checker) hasOption(v ssa.Value, want op) (has, ok bool) {
	if isNil(v) {
		return false, true // no options
	}
	elems, ok := variadicElems(v)
	if !ok {
		return false, false // opts...
	}
	for _, e := range elems {
		call, isCall := c.resolve(e).(*ssa.Call)
		if !isCall {
			return false, false
		}
		a := apiOf(call.Common())
		if a.op == want {
			return true, true
		}
		callee := call.Common().StaticCallee()
		if a.op == opNone && (callee == nil || callee.Pkg == nil || libPaths[callee.Pkg.Pkg.Path()] == libNone) {
			ok = false // an option built by a helper
		}
	}
	return false, ok
}

// variadicElems is variadic, with false when the slice is not built at
// the call.
func variadicElems(v ssa.Value) ([]ssa.Value, bool) {
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return nil, false
	}
	if _, ok := sl.X.(*ssa.Alloc); !ok {
		return nil, false
	}
	return ssax.VarArgs(v), true
}

// parserPins tells whether the parser a method is called on was made with
// WithValidMethods or ValidMethods set.
func (c *checker) parserPins(recv ssa.Value) verdict {
	switch p := c.resolve(recv).(type) {
	case *ssa.Call:
		if a := apiOf(p.Common()); a.op == opNewParser {
			return c.optionsPin(p.Common().Args[0])
		}
	case *ssa.Alloc: // &jwt.Parser{...}, new(jwt.Parser), var p jwt.Parser
		if setsField(p, "ValidMethods", 0) {
			return pinned
		}
		return unpinned
	}
	return unknown
}

// setsField reports whether a field of the struct a variable holds is
// set, directly or by storing a composite literal into it.
func setsField(alloc *ssa.Alloc, name string, depth int) bool {
	if depth > 2 {
		return false
	}
	for _, r := range *alloc.Referrers() {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			if fieldName(r) == name {
				return true
			}
		case *ssa.Store:
			if load, ok := r.Val.(*ssa.UnOp); ok && r.Addr == alloc {
				if src, ok := load.X.(*ssa.Alloc); ok && setsField(src, name, depth+1) {
					return true
				}
			}
		}
	}
	return false
}

// keyFuncPins tells whether a key func checks the signing method, and
// where it is declared.
func (c *checker) keyFuncPins(v ssa.Value, depth int) (verdict, token.Pos) {
	switch k := c.resolve(v).(type) {
	case *ssa.Const:
		return unknown, token.NoPos // nil: nothing is verified, Parse fails
	case *ssa.Function:
		return c.funcPins(k), k.Pos()
	case *ssa.MakeClosure:
		fn := k.Fn.(*ssa.Function)
		return c.funcPins(fn), fn.Pos()
	case *ssa.Call:
		if depth > 2 {
			return unknown, token.NoPos
		}
		callee := k.Common().StaticCallee()
		if local := c.local(callee); local != nil {
			return c.returnedKeyFuncs(local, depth)
		}
		if obj := c.res.Object(callee); obj != nil {
			var fact methodFact
			if c.pass.ImportObjectFact(obj, &fact) && fact.Returns != 0 {
				return verdict(fact.Returns), obj.Pos()
			}
		}
	}
	return unknown, token.NoPos
}

// returnedKeyFuncs tells whether the key funcs a function of the package
// returns check the signing method.
func (c *checker) returnedKeyFuncs(fn *ssa.Function, depth int) (verdict, token.Pos) {
	v, pos := unknown, token.NoPos
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for _, r := range ret.Results {
			if !isKeyFuncType(r.Type()) {
				continue
			}
			rv, rp := c.keyFuncPins(r, depth+1)
			switch {
			case rv == unknown:
				return unknown, token.NoPos
			case rv == unpinned || v == unknown:
				v, pos = rv, rp
			}
		}
	}
	return v, pos
}

// funcPins tells whether a function used as a key func checks the signing
// method of its token.
func (c *checker) funcPins(fn *ssa.Function) verdict {
	if local := c.local(fn); local != nil {
		for i, p := range local.Params {
			if isTokenPtr(p.Type()) && c.checksMethod(local, i) {
				return pinned
			}
		}
		if returnsNoHMACKey(local) {
			return pinned // as good as pinned: an HMAC method rejects the key
		}
		return unpinned
	}
	if obj := c.res.Object(fn); obj != nil {
		var fact methodFact
		if c.pass.ImportObjectFact(obj, &fact) {
			if len(fact.Checks) > 0 {
				return pinned
			}
			if fact.KeyFunc {
				return unpinned
			}
		}
	}
	return unknown
}

// checksMethod reports whether fn checks the signing method of its
// *jwt.Token parameter i: a type assertion on token.Method whose result is
// used, a comparison of token.Method, of token.Method.Alg() or of the alg
// header, or one of those passed to a predicate.
func (c *checker) checksMethod(fn *ssa.Function, i int) bool {
	key := paramKey{fn, i}
	if v, ok := c.checks[key]; ok {
		return v
	}
	c.checks[key] = false // recursion guard
	v := c.tokenChecked(fn.Params[i], 0)
	c.checks[key] = v
	return v
}

// tokenChecked reports whether the method of a token value is checked.
func (c *checker) tokenChecked(tok ssa.Value, depth int) bool {
	if depth > 3 {
		return false
	}
	for _, r := range *tok.Referrers() {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			switch fieldName(r) {
			case "Method":
				for _, load := range loads(r) {
					if methodChecked(load, 0) {
						return true
					}
				}
			case "Header":
				for _, load := range loads(r) {
					for _, lr := range *load.Referrers() {
						if lk, ok := lr.(*ssa.Lookup); ok && lk.X == load && isString(lk.Index, "alg") && valueChecked(lk, 0) {
							return true
						}
					}
				}
			}
		case *ssa.Phi:
			if c.tokenChecked(r, depth+1) {
				return true
			}
		case *ssa.Call:
			if c.passedToChecker(r, tok) {
				return true
			}
		}
	}
	return false
}

// passedToChecker reports whether a call passes tok to a function that
// checks its method.
func (c *checker) passedToChecker(call *ssa.Call, tok ssa.Value) bool {
	common := call.Common()
	callee := common.StaticCallee()
	for j, a := range common.Args {
		if a != tok {
			continue
		}
		if local := c.local(callee); local != nil {
			if j < len(local.Params) && c.checksMethod(local, j) {
				return true
			}
			continue
		}
		if obj := c.res.Object(callee); obj != nil {
			var fact methodFact
			if c.pass.ImportObjectFact(obj, &fact) && slices.Contains(fact.Checks, j) {
				return true
			}
		}
	}
	return false
}

// loads returns the loads of an address.
func loads(addr ssa.Value) []ssa.Value {
	var out []ssa.Value
	for _, r := range *addr.Referrers() {
		if u, ok := r.(*ssa.UnOp); ok && u.X == addr && u.Op == token.MUL {
			out = append(out, u)
		}
	}
	return out
}

// methodChecked reports whether a token.Method value is checked.
func methodChecked(m ssa.Value, depth int) bool {
	if depth > 3 {
		return false
	}
	for _, r := range *m.Referrers() {
		switch r := r.(type) {
		case *ssa.TypeAssert:
			if !r.CommaOk {
				return true // a mismatch panics
			}
			if ok := extract(r, 1); ok != nil && len(*ok.Referrers()) > 0 {
				return true
			}
		case *ssa.BinOp:
			if r.Op == token.EQL || r.Op == token.NEQ {
				return true
			}
		case *ssa.Call:
			common := r.Common()
			if common.IsInvoke() && common.Value == m && common.Method.Name() == "Alg" {
				if valueChecked(r, 0) {
					return true
				}
			} else if isPredicate(common) && slices.Contains(common.Args, m) {
				return true
			}
		case *ssa.Phi, *ssa.ChangeInterface, *ssa.MakeInterface:
			if methodChecked(r.(ssa.Value), depth+1) {
				return true
			}
		}
	}
	return false
}

// valueChecked reports whether an algorithm name (a string, or the alg
// header as an interface) is compared, looked up or passed to a predicate.
func valueChecked(v ssa.Value, depth int) bool {
	if depth > 4 {
		return false
	}
	for _, r := range *v.Referrers() {
		switch r := r.(type) {
		case *ssa.BinOp:
			if r.Op == token.EQL || r.Op == token.NEQ {
				return true
			}
		case *ssa.Lookup:
			if r.Index == v {
				return true
			}
		case *ssa.Call:
			if isPredicate(r.Common()) && slices.Contains(r.Common().Args, v) {
				return true
			}
		case *ssa.Extract:
			if r.Index == 0 && valueChecked(r, depth+1) {
				return true
			}
		case *ssa.TypeAssert, *ssa.Phi, *ssa.ChangeType, *ssa.MakeInterface, *ssa.Convert:
			if valueChecked(r.(ssa.Value), depth+1) {
				return true
			}
		}
	}
	return false
}

// isPredicate reports whether a call returns a single bool:
// slices.Contains, strings.EqualFold, a helper such as allowedAlg.
func isPredicate(common *ssa.CallCommon) bool {
	res := common.Signature().Results()
	if res.Len() != 1 {
		return false
	}
	b, ok := res.At(0).Type().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

// isKeyFuncType reports whether t is jwt.Keyfunc or a function of the
// same shape.
func isKeyFuncType(t types.Type) bool {
	if n, ok := types.Unalias(t).(*types.Named); ok && libOf(n, "Keyfunc") != libNone {
		return true
	}
	sig, ok := t.Underlying().(*types.Signature)
	return ok && sig.Params().Len() == 1 && isTokenPtr(sig.Params().At(0).Type()) && sig.Results().Len() == 2
}

// exportMethodFacts exports what the declared functions of the package do
// with signing methods, for the packages that use them as key funcs.
func (c *checker) exportMethodFacts() {
	if c.pass.Pkg.Name() == "main" {
		return // nothing imports it
	}
	for _, fn := range c.res.Funcs() {
		obj := c.res.Object(fn)
		if obj == nil || fn.Parent() != nil {
			continue
		}
		fact := new(methodFact)
		for i, p := range fn.Params {
			if isTokenPtr(p.Type()) && c.checksMethod(fn, i) {
				fact.Checks = append(fact.Checks, i)
			}
		}
		sig := fn.Signature
		fact.KeyFunc = sig.Params().Len() == 1 && isTokenPtr(sig.Params().At(0).Type()) && sig.Results().Len() == 2
		for i := range sig.Results().Len() {
			if isKeyFuncType(sig.Results().At(i).Type()) {
				v, _ := c.returnedKeyFuncs(fn, 0)
				fact.Returns = uint8(v)
				break
			}
		}
		if len(fact.Checks) > 0 || fact.KeyFunc || fact.Returns != 0 {
			c.pass.ExportObjectFact(obj, fact)
		}
	}
}

// returnsNoHMACKey reports whether every key fn returns has a static type
// other than []byte: an *rsa.PublicKey, an *ecdsa.PublicKey, a KMS
// configuration. The HMAC methods of golang-jwt and jwt-go take only a
// []byte key and reject any other with ErrInvalidKeyType, so a token
// forged with HS256 and the public key as secret fails whatever its alg
// says: the confusion the pinning prevents cannot happen. A key of an
// interface type could hold a []byte, and counts as one.
func returnsNoHMACKey(fn *ssa.Function) bool {
	keys := 0
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(ret.Results) == 0 {
			continue
		}
		switch k := ret.Results[0].(type) {
		case *ssa.Const:
			continue // nil, with an error
		case *ssa.MakeInterface:
			if types.Identical(k.X.Type(), types.NewSlice(types.Typ[types.Byte])) {
				return false
			}
			keys++
		default:
			return false
		}
	}
	return keys > 0
}
