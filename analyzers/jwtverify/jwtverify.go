package jwtverify

import (
	_ "embed"
	"fmt"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/checkdoc"
	"github.com/fnlint/fnlint/passes/handlers"
)

//go:embed doc.go
var doc string

// Analyzer reports JWTs trusted without verification, verified without a
// pinned signing method, used before their validity is checked, or
// accepted without an expiry.
var Analyzer = &analysis.Analyzer{
	Name:      "jwtverify",
	Doc:       checkdoc.MustExtract(doc, "jwtverify"),
	URL:       "https://github.com/fnlint/fnlint/blob/main/docs/checks/jwtverify.md",
	Requires:  []*analysis.Analyzer{handlers.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(unverifiedFact), new(methodFact)},
}

// FlagRequireExpiry is the name of the flag that turns the expiry findings
// on and off: -jwtverify.require-expiry on the command line.
const FlagRequireExpiry = "require-expiry"

// requireExpiry is bound to FlagRequireExpiry.
var requireExpiry = true

func init() {
	Analyzer.Flags.BoolVar(&requireExpiry, FlagRequireExpiry, requireExpiry,
		"report golang-jwt v5 parsers that accept tokens without an exp claim")
}

// Categories of the findings.
const (
	categoryUnverified = "unverified"
	categoryAlgorithm  = "algorithm"
	categoryUnchecked  = "unchecked"
	categoryExpiry     = "expiry"
)

// A lib is a JWT library fnlint knows.
type lib uint8

const (
	libNone lib = iota
	libV5       // github.com/golang-jwt/jwt/v5
	libV4       // github.com/golang-jwt/jwt/v4
	libV3       // github.com/dgrijalva/jwt-go and its successor github.com/golang-jwt/jwt (v3)
	libJose     // go-jose's jwt package
)

// An op is a function or method of a JWT library the check matches.
type op uint8

const (
	opNone                   op = iota
	opParse                     // jwt.Parse(tokenString, keyFunc, options...)
	opParseWithClaims           // jwt.ParseWithClaims(tokenString, claims, keyFunc, options...)
	opParserParse               // (*jwt.Parser).Parse(tokenString, keyFunc)
	opParserParseWithClaims     // (*jwt.Parser).ParseWithClaims(tokenString, claims, keyFunc)
	opParseUnverified           // (*jwt.Parser).ParseUnverified(tokenString, claims)
	opNewParser                 // jwt.NewParser(options...)
	opWithValidMethods          // jwt.WithValidMethods(methods)
	opWithExpirationRequired    // jwt.WithExpirationRequired()
	opJoseUnsafeClaims          // (*jwt.JSONWebToken).UnsafeClaimsWithoutVerification(dest...)
	opJoseClaims                // (*jwt.JSONWebToken).Claims(key, dest...)
)

// An api is what a callee is: an op of a lib.
type api struct {
	op  op
	lib lib
}

// verifies reports whether the call verifies a signature.
func (a api) verifies() bool {
	switch a.op {
	case opParse, opParseWithClaims, opParserParse, opParserParseWithClaims, opJoseClaims:
		return true
	}
	return false
}

// args returns the indices in the call's Args (receiver first for
// methods) of the token string, the claims, the key func and the options;
// -1 for none.
func (a api) args() (claims, keyFunc, options int) {
	claims, keyFunc, options = -1, -1, -1
	switch a.op {
	case opParse:
		keyFunc, options = 1, 2
	case opParseWithClaims:
		claims, keyFunc, options = 1, 2, 3
	case opParserParse:
		keyFunc = 2
	case opParserParseWithClaims:
		claims, keyFunc = 2, 3
	case opParseUnverified:
		claims = 2
	case opNewParser:
		options = 0
	}
	if a.lib == libV3 {
		options = -1 // no parser options before v4
	}
	return claims, keyFunc, options
}

// libPaths maps the import paths of the JWT packages to their lib.
var libPaths = map[string]lib{
	"github.com/golang-jwt/jwt/v5":      libV5,
	"github.com/golang-jwt/jwt/v4":      libV4,
	"github.com/golang-jwt/jwt":         libV3,
	"github.com/dgrijalva/jwt-go":       libV3,
	"github.com/go-jose/go-jose/v4/jwt": libJose,
	"github.com/go-jose/go-jose/v3/jwt": libJose,
	"gopkg.in/go-jose/go-jose.v2/jwt":   libJose,
	"gopkg.in/square/go-jose.v2/jwt":    libJose,
}

// apis maps the full names of the matched functions and methods to what
// they are. It is never modified after init.
var apis = func() map[string]api {
	m := make(map[string]api)
	for path, l := range libPaths {
		if l == libJose {
			m["(*"+path+".JSONWebToken).UnsafeClaimsWithoutVerification"] = api{opJoseUnsafeClaims, l}
			m["(*"+path+".JSONWebToken).Claims"] = api{opJoseClaims, l}
			continue
		}
		m[path+".Parse"] = api{opParse, l}
		m[path+".ParseWithClaims"] = api{opParseWithClaims, l}
		m["(*"+path+".Parser).Parse"] = api{opParserParse, l}
		m["(*"+path+".Parser).ParseWithClaims"] = api{opParserParseWithClaims, l}
		m["(*"+path+".Parser).ParseUnverified"] = api{opParseUnverified, l}
		if l != libV3 {
			m[path+".NewParser"] = api{opNewParser, l}
			m[path+".WithValidMethods"] = api{opWithValidMethods, l}
		}
		if l == libV5 {
			m[path+".WithExpirationRequired"] = api{opWithExpirationRequired, l}
		}
	}
	return m
}()

// apiOf returns what the callee of a call is, or the zero api.
func apiOf(c *ssa.CallCommon) api {
	if fn := c.StaticCallee(); fn != nil {
		return apis[fn.RelString(nil)]
	}
	return api{}
}

// libOf returns the lib whose package declares the named type t (or what
// it points to) with the given name.
func libOf(t types.Type, name string) lib {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Name() != name {
		return libNone
	}
	return libPaths[n.Obj().Pkg().Path()]
}

// isTokenPtr reports whether t is *jwt.Token of a golang-jwt lib.
func isTokenPtr(t types.Type) bool {
	p, ok := t.(*types.Pointer)
	return ok && libOf(p.Elem(), "Token") != libNone
}

// fieldName returns the name of the field a FieldAddr selects.
func fieldName(fa *ssa.FieldAddr) string {
	st, ok := fa.X.Type().Underlying().(*types.Pointer).Elem().Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	return st.Field(fa.Field).Name()
}

// tokenField reports whether v is the address of field name of a
// *jwt.Token.
func tokenField(instr ssa.Instruction, name string) (*ssa.FieldAddr, bool) {
	fa, ok := instr.(*ssa.FieldAddr)
	if !ok || !isTokenPtr(fa.X.Type()) || fieldName(fa) != name {
		return nil, false
	}
	return fa, true
}

// strip returns v without the conversions that keep its value.
func strip(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		default:
			return v
		}
	}
}

// isNil reports whether v is the constant nil.
func isNil(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.IsNil()
}

// isString reports whether v is the string constant s.
func isString(v ssa.Value, s string) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.Value != nil && c.Value.Kind() == constant.String && constant.StringVal(c.Value) == s
}

// extract returns the Extract of result i of a tuple-valued call, or nil.
func extract(v ssa.Value, i int) *ssa.Extract {
	for _, r := range *v.Referrers() {
		if e, ok := r.(*ssa.Extract); ok && e.Index == i {
			return e
		}
	}
	return nil
}

// A checker holds what one run knows about the package.
type checker struct {
	pass     *analysis.Pass
	res      *handlers.Result
	globals  map[*ssa.Global][]ssa.Value     // values stored into the package's variables
	callers  map[*ssa.Function][]*ssa.Call   // static calls of the package's functions
	checks   map[paramKey]bool               // memo of checksMethod
	verifier map[*ssa.Function]bool          // memo of verifiesIn
	calls    map[*ssa.Function][]*ssa.Call   // calls to JWT APIs, by function
	returns  map[*ssa.Function]map[int]taint // results that carry unverified data
	reported map[*ssa.Call]bool              // sources already reported
	apiCalls []apiCall                       // every call to a JWT API, in order
}

// An apiCall is a call to a JWT API.
type apiCall struct {
	call *ssa.Call
	api  api
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	if res.Package() == nil {
		return nil, nil // the standard library or a dependency: not the user's code
	}
	if !importsJWT(pass.Pkg) {
		return nil, nil
	}
	c := &checker{
		pass:     pass,
		res:      res,
		globals:  make(map[*ssa.Global][]ssa.Value),
		callers:  make(map[*ssa.Function][]*ssa.Call),
		checks:   make(map[paramKey]bool),
		verifier: make(map[*ssa.Function]bool),
		calls:    make(map[*ssa.Function][]*ssa.Call),
		returns:  make(map[*ssa.Function]map[int]taint),
		reported: make(map[*ssa.Call]bool),
	}
	c.index()
	c.unverified()
	for _, ac := range c.apiCalls {
		switch ac.api.op {
		case opParse, opParseWithClaims, opParserParse, opParserParseWithClaims:
			c.algorithm(ac)
			c.unchecked(ac)
		}
		if requireExpiry && ac.api.lib == libV5 {
			c.expiry(ac)
		}
	}
	c.exportMethodFacts()
	return nil, nil
}

// importsJWT reports whether pkg imports a JWT library, directly or
// through a package that may pass tokens on (any import: facts about
// helpers of other packages matter only when those import one).
func importsJWT(pkg *types.Package) bool {
	seen := make(map[*types.Package]bool)
	var walk func(p *types.Package) bool
	walk = func(p *types.Package) bool {
		if seen[p] {
			return false
		}
		seen[p] = true
		if _, ok := libPaths[p.Path()]; ok {
			return true
		}
		for _, imp := range p.Imports() {
			if walk(imp) {
				return true
			}
		}
		return false
	}
	return walk(pkg)
}

// index records the calls to JWT APIs, the static calls between the
// package's functions and the values stored into package variables.
func (c *checker) index() {
	for _, fn := range c.res.Funcs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case *ssa.Call:
					if a := apiOf(instr.Common()); a.op != opNone {
						c.apiCalls = append(c.apiCalls, apiCall{instr, a})
						c.calls[fn] = append(c.calls[fn], instr)
					} else if callee := c.local(instr.Common().StaticCallee()); callee != nil {
						c.callers[callee] = append(c.callers[callee], instr)
					}
				case *ssa.Store:
					if g, ok := instr.Addr.(*ssa.Global); ok {
						c.globals[g] = append(c.globals[g], instr.Val)
					}
				}
			}
		}
	}
}

// local returns the function of this package with a body that holds the
// code of fn, or nil.
func (c *checker) local(fn *ssa.Function) *ssa.Function {
	fn = handlers.Canonical(fn)
	if fn == nil || fn.Pkg != c.res.Package() || len(fn.Blocks) == 0 {
		return nil
	}
	return fn
}

// resolve follows v through package variables this package assigns once.
func (c *checker) resolve(v ssa.Value) ssa.Value {
	for range 4 {
		v = strip(v)
		load, ok := v.(*ssa.UnOp)
		if !ok {
			return v
		}
		g, ok := load.X.(*ssa.Global)
		if !ok || len(c.globals[g]) != 1 {
			return v
		}
		v = c.globals[g][0]
	}
	return v
}

// verifiesIn reports whether the function that encloses fn (fn itself, or
// the declared function of a literal), or any literal in it, verifies a
// token.
func (c *checker) verifiesIn(fn *ssa.Function) bool {
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	if v, ok := c.verifier[fn]; ok {
		return v
	}
	var walk func(f *ssa.Function) bool
	walk = func(f *ssa.Function) bool {
		for _, call := range c.calls[f] {
			if apiOf(call.Common()).verifies() {
				return true
			}
		}
		for _, anon := range f.AnonFuncs {
			if walk(anon) {
				return true
			}
		}
		return false
	}
	v := walk(fn)
	c.verifier[fn] = v
	return v
}

// callName is the name of the callee of a call for messages: "jwt.Parse",
// "(*jwt.Parser).ParseWithClaims".
func callName(call *ssa.Call) string {
	fn := call.Common().StaticCallee()
	if fn == nil {
		return "the call"
	}
	if recv := fn.Signature.Recv(); recv != nil {
		t := recv.Type()
		ptr := ""
		if p, ok := t.(*types.Pointer); ok {
			ptr, t = "*", p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return fmt.Sprintf("(%s%s.%s).%s", ptr, n.Obj().Pkg().Name(), n.Obj().Name(), fn.Name())
		}
	}
	if obj, ok := fn.Object().(*types.Func); ok && obj.Pkg() != nil {
		return obj.Pkg().Name() + "." + fn.Name()
	}
	return fn.Name()
}

// report reports d unless it is in a _test.go file: tests parse the
// tokens they minted themselves, with whatever parser makes the assertion
// short.
func (c *checker) report(d analysis.Diagnostic) {
	if f := c.pass.Fset.File(d.Pos); f != nil && strings.HasSuffix(f.Name(), "_test.go") {
		return
	}
	c.pass.Report(d)
}
