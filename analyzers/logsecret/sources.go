package logsecret

import (
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/secret"
	"github.com/fnlint/fnlint/internal/typesx"
	"github.com/fnlint/fnlint/passes/handlers"
)

const (
	eventsPkg = "github.com/aws/aws-lambda-go/events"
	ssmPkg    = "github.com/aws/aws-sdk-go-v2/service/ssm"
	ssmTypes  = ssmPkg + "/types"
	maxDepth  = 3
)

// A source is what a logged value carries.
type source struct {
	what  string // "the Authorization header", "the whole request with its headers"
	whole bool   // a whole request, event or dump, rather than one credential
	// param is 1 + the index of the parameter of fn the value is, for
	// summaries of logging helpers; 0 otherwise.
	param int
	fn    *ssa.Function
	// byName is the parameter of fn the value is, when its name alone
	// says it holds a secret.
	byName *ssa.Parameter
}

// classifier finds what logged values carry.
type classifier struct {
	res  *handlers.Result
	pass *analysis.Pass
	seen map[ssa.Value]bool
}

// sources returns what v carries.
func (c *classifier) sources(v ssa.Value) []source {
	c.seen = make(map[ssa.Value]bool)
	var out []source
	c.visit(v, 0, &out)
	return out
}

func (c *classifier) visit(v ssa.Value, depth int, out *[]source) {
	if v == nil || c.seen[v] {
		return
	}
	c.seen[v] = true
	if what, ok := wholeType(v.Type()); ok {
		*out = append(*out, source{what: what, whole: true})
		return
	}
	switch v := v.(type) {
	case *ssa.Call:
		// zap.String, slog.Any: a field is logged with its value.
		k := secret.Resolve(c.res, &v.Call)
		if i, ok := fieldFuncs[k.Name()]; ok {
			c.visit(k.Arg(i), depth, out)
			return
		}
	case *ssa.MakeMap:
		// logrus.Fields{"token": tok}
		for _, r := range *v.Referrers() {
			if u, ok := r.(*ssa.MapUpdate); ok && u.Map == v {
				c.visit(u.Value, depth, out)
			}
		}
		return
	}
	if isJWTToken(v.Type()) {
		*out = append(*out, source{what: "a JWT with its raw token"})
		return
	}
	if isEventHeaders(v) {
		*out = append(*out, source{what: "all request headers", whole: true})
		return
	}
	if !textual(v.Type()) {
		return // a bool (presence), a number (a length), a time: not a secret
	}
	switch v := v.(type) {
	case *ssa.Convert:
		c.visit(v.X, depth, out)
	case *ssa.ChangeType:
		c.visit(v.X, depth, out)
	case *ssa.MakeInterface:
		c.visit(v.X, depth, out)
	case *ssa.Phi:
		for _, e := range v.Edges {
			c.visit(e, depth, out)
		}
	case *ssa.BinOp:
		if v.Op == token.ADD {
			c.visit(v.X, depth, out)
			c.visit(v.Y, depth, out)
		}
	case *ssa.Slice:
		c.visit(v.X, depth, out)
	case *ssa.Parameter:
		if depth == 0 {
			for i, p := range v.Parent().Params {
				if p == v {
					*out = append(*out, source{param: i + 1, fn: v.Parent()})
				}
			}
		}
		if secret.IsSecretName(v.Name()) {
			*out = append(*out, source{what: "the parameter " + v.Name(), fn: v.Parent(), byName: v})
		}
	case *ssa.Lookup:
		c.lookup(v, out)
	case *ssa.UnOp:
		if v.Op == token.MUL {
			c.load(v.X, depth, out)
		}
	case *ssa.Field:
		c.field(v.X.Type(), v.Field, out)
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			c.call(call, v.Index, depth, out)
		}
	case *ssa.Call:
		c.call(v, 0, depth, out)
	}
}

// textual reports whether values of type t can hold a secret as text:
// strings, byte slices, string slices, pointers to strings, interfaces
// (what they hold is traced).
func textual(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		return textual(u.Elem()) || isByte(u.Elem())
	case *types.Pointer:
		return textual(u.Elem())
	case *types.Interface:
		return true
	}
	return false
}

func isByte(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

// wholeType reports whether t is a whole request or event with its
// headers: *http.Request, http.Header, an aws-lambda-go event with a
// Headers field.
func wholeType(t types.Type) (string, bool) {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return "", false
	}
	switch path, name := n.Obj().Pkg().Path(), n.Obj().Name(); {
	case path == "net/http" && name == "Request":
		return "the whole request with its headers", true
	case path == "net/http" && name == "Header":
		return "all request headers", true
	case path == "net/http" && name == "Cookie":
		return "a cookie", true
	case path == eventsPkg && hasHeaders(n):
		if st, ok := n.Underlying().(*types.Struct); ok && (fieldNamed(st, "Headers") == nil || !isHeaderMap(fieldNamed(st, "Headers").Type())) {
			return "the whole " + name + " with its token", true
		}
		return "the whole " + name + " with its headers", true
	}
	return "", false
}

// hasHeaders reports whether a struct type is an HTTP request event: it
// has Headers or MultiValueHeaders maps of strings (the headers of a Kafka
// record or an SES mail are not HTTP headers), or a credential field (the
// AuthorizationToken of a token authorizer event).
func hasHeaders(n *types.Named) bool {
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for f := range st.Fields() {
		switch {
		case f.Name() == "Headers" || f.Name() == "MultiValueHeaders":
			if isHeaderMap(f.Type()) {
				return true
			}
		case secret.IsSecretName(f.Name()) && textual(f.Type()):
			return true
		}
	}
	return false
}

// isHeaderMap reports whether t is map[string]string or
// map[string][]string.
func isHeaderMap(t types.Type) bool {
	m, ok := t.Underlying().(*types.Map)
	if !ok || !types.Identical(m.Key(), types.Typ[types.String]) {
		return false
	}
	if types.Identical(m.Elem(), types.Typ[types.String]) {
		return true
	}
	sl, ok := m.Elem().Underlying().(*types.Slice)
	return ok && types.Identical(sl.Elem(), types.Typ[types.String])
}

// lookup classifies an index into a header map: http.Header or the
// Headers of an event, with a credential header as key.
func (c *classifier) lookup(l *ssa.Lookup, out *[]source) {
	key := secret.StringConst(l.Index)
	if key == "" || !secret.IsSecretHeader(key) {
		return
	}
	if isNamed(l.X.Type(), "net/http", "Header") || isEventHeaders(l.X) {
		*out = append(*out, source{what: "the " + strconv.Quote(key) + " header"})
	}
}

// isEventHeaders reports whether m is the Headers or MultiValueHeaders
// field of an aws-lambda-go event.
func isEventHeaders(m ssa.Value) bool {
	var st types.Type
	var idx int
	switch m := m.(type) {
	case *ssa.Field:
		st, idx = m.X.Type(), m.Field
	case *ssa.UnOp:
		fa, ok := m.X.(*ssa.FieldAddr)
		if !ok {
			return false
		}
		st, idx = fa.X.Type().Underlying().(*types.Pointer).Elem(), fa.Field
	default:
		return false
	}
	n, ok := types.Unalias(st).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != eventsPkg {
		return false
	}
	f := n.Underlying().(*types.Struct).Field(idx)
	return (f.Name() == "Headers" || f.Name() == "MultiValueHeaders") && isHeaderMap(f.Type())
}

// isNamed reports whether t is the named type path.name or a pointer to it.
func isNamed(t types.Type, path, name string) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	return typesx.IsNamed(t, path, name)
}

// load classifies a value loaded from memory: a field.
func (c *classifier) load(addr ssa.Value, depth int, out *[]source) {
	switch a := addr.(type) {
	case *ssa.FieldAddr:
		st := a.X.Type().Underlying().(*types.Pointer).Elem()
		if isNamed(st, ssmTypes, "Parameter") && fieldName(st, a.Field) == "Value" {
			if decrypted(a.X) {
				*out = append(*out, source{what: "a decrypted SSM parameter"})
			}
			return
		}
		c.field(st, a.Field, out)
	case *ssa.IndexAddr:
		c.visit(a.X, depth, out)
	default:
		c.visit(a, depth, out) // *p of a *string
	}
}

// field classifies field idx of struct type st: a cookie's value, a raw
// JWT, a secret from Secrets Manager, a field named as a secret.
func (c *classifier) field(st types.Type, idx int, out *[]source) {
	s, ok := st.Underlying().(*types.Struct)
	if !ok || idx >= s.NumFields() {
		return
	}
	f := s.Field(idx)
	switch {
	case isNamed(st, "net/http", "Cookie") && f.Name() == "Value":
		*out = append(*out, source{what: "a cookie value"})
	case isJWTToken(st) && f.Name() == "Raw":
		*out = append(*out, source{what: "a raw JWT"})
	case isNamed(st, "github.com/aws/aws-sdk-go-v2/service/secretsmanager", "GetSecretValueOutput") &&
		(f.Name() == "SecretString" || f.Name() == "SecretBinary"):
		*out = append(*out, source{what: "a secret from Secrets Manager"})
	case secret.IsSecretName(f.Name()) && textual(f.Type()):
		*out = append(*out, source{what: "the " + f.Name() + " field"})
	case f.Name() == "IdentitySource" && handlers.IsAuthorizer(st):
		// The values of the identity sources of an HTTP API
		// authorizer: the Authorization header, mostly.
		*out = append(*out, source{what: "the IdentitySource field (the authorizer's token)"})
	}
}

func isJWTToken(t types.Type) bool {
	for _, m := range []string{"github.com/golang-jwt/jwt/v5", "github.com/golang-jwt/jwt/v4", "github.com/golang-jwt/jwt", "github.com/dgrijalva/jwt-go"} {
		if isNamed(t, m, "Token") {
			return true
		}
	}
	return false
}

// call classifies result idx of a call.
func (c *classifier) call(call *ssa.Call, idx, depth int, out *[]source) {
	k := secret.Resolve(c.res, &call.Call)
	name := k.Name()
	switch {
	case name == "(net/http.Header).Get" || name == "(net/http.Header).Values":
		if h := secret.StringConst(k.Arg(0)); h != "" && secret.IsSecretHeader(h) {
			*out = append(*out, source{what: "the " + strconv.Quote(h) + " header"})
		}
		return
	case name == "(*net/http.Request).BasicAuth":
		if idx == 1 {
			*out = append(*out, source{what: "the basic auth password"})
		}
		return
	case name == "net/http/httputil.DumpRequest" || name == "net/http/httputil.DumpRequestOut":
		if idx == 0 {
			*out = append(*out, source{what: "a dump of the request with its headers", whole: true})
		}
		return
	case name == "os.Getenv" || name == "os.LookupEnv":
		if env := secret.StringConst(k.Arg(0)); idx == 0 && secret.IsSecretName(env) {
			*out = append(*out, source{what: "the secret environment variable " + env})
		}
		return
	case isJWTSignedString(name):
		if idx == 0 {
			*out = append(*out, source{what: "a signed JWT"})
		}
		return
	}
	if passesText(&k) {
		for i, a := range k.Args {
			if k.Func.Signature().Variadic() && i == len(k.Args)-1 {
				for _, e := range elements(a) {
					c.visit(e, depth, out)
				}
				continue
			}
			c.visit(a, depth, out)
		}
		return
	}
	if k.Func != nil && k.Func.Pkg() != nil && k.Func.Pkg() != c.pass.Pkg && idx == 0 {
		var f secretResultFact
		if c.pass.ImportObjectFact(k.Func, &f) {
			*out = append(*out, source{what: f.What, whole: f.Whole})
			return
		}
	}
	callee := handlers.Canonical(call.Call.StaticCallee())
	if callee == nil || callee.Pkg != c.res.Package() || len(callee.Blocks) == 0 || depth >= maxDepth {
		return
	}
	for _, b := range callee.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && idx < len(ret.Results) {
			c.visit(ret.Results[idx], depth+1, out)
		}
	}
}

func isJWTSignedString(name string) bool {
	for _, m := range []string{"github.com/golang-jwt/jwt/v5", "github.com/golang-jwt/jwt/v4", "github.com/golang-jwt/jwt", "github.com/dgrijalva/jwt-go"} {
		if name == "(*"+m+".Token).SignedString" {
			return true
		}
	}
	return false
}

// passesText reports whether a call returns text made of its arguments:
// the functions of strings, fmt.Sprint*, json.Marshal and MarshalIndent
// (an event marshalled to be logged); strings.Builder is not followed.
func passesText(k *secret.Call) bool {
	f := k.Func
	if f == nil || f.Pkg() == nil || f.Signature().Recv() != nil {
		return false
	}
	switch f.Pkg().Path() {
	case "strings", "bytes":
		return true
	case "github.com/aws/aws-sdk-go-v2/aws":
		return f.Name() == "ToString" || f.Name() == "ToStringSlice"
	case "strconv":
		return f.Name() == "Quote" || f.Name() == "Unquote"

	case "fmt":
		return f.Name() == "Sprintf" || f.Name() == "Sprint" || f.Name() == "Sprintln"
	case "encoding/json":
		return f.Name() == "Marshal" || f.Name() == "MarshalIndent"
	}
	return false
}

// fieldNamed returns the field of st with the given name, or nil.
func fieldNamed(st *types.Struct, name string) *types.Var {
	for f := range st.Fields() {
		if f.Name() == name {
			return f
		}
	}
	return nil
}

// fieldName returns the name of field idx of struct type st.
func fieldName(st types.Type, idx int) string {
	if s, ok := st.Underlying().(*types.Struct); ok && idx < s.NumFields() {
		return s.Field(idx).Name()
	}
	return ""
}

// decrypted reports whether an SSM parameter was read by GetParameter
// with WithDecryption set: out.Parameter of a call whose input stores a
// non-nil WithDecryption. A parameter read without decryption is plain
// configuration, or still encrypted.
func decrypted(param ssa.Value) bool {
	load, ok := param.(*ssa.UnOp)
	if !ok {
		return false
	}
	fa, ok := load.X.(*ssa.FieldAddr)
	if !ok {
		return false
	}
	ext, ok := fa.X.(*ssa.Extract)
	if !ok || ext.Index != 0 {
		return false
	}
	call, ok := ext.Tuple.(*ssa.Call)
	if !ok || len(call.Call.Args) < 3 {
		return false
	}
	fn := call.Call.StaticCallee()
	if fn == nil || fn.Name() != "GetParameter" || fn.Signature.Recv() == nil || !isNamed(fn.Signature.Recv().Type(), ssmPkg, "Client") {
		return false
	}
	input, ok := call.Call.Args[2].(*ssa.Alloc)
	if !ok {
		return false
	}
	for _, r := range *input.Referrers() {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok || fieldName(input.Type().Underlying().(*types.Pointer).Elem(), fa.Field) != "WithDecryption" {
			continue
		}
		for _, rr := range *fa.Referrers() {
			if st, ok := rr.(*ssa.Store); ok {
				if k, ok := st.Val.(*ssa.Const); !ok || !k.IsNil() {
					return true
				}
			}
		}
	}
	return false
}
