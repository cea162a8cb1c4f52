package validateinput

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/typesx"
)

// Import paths of the packages whose types the check matches.
const (
	eventsPath  = "github.com/aws/aws-lambda-go/events"
	runtimePath = "github.com/fnlint/fnlint/fn"
	httpPath    = "net/http"
	urlPath     = "net/url"
	sdkService  = "github.com/aws/aws-sdk-go-v2/service/"
	validatorV  = "github.com/go-playground/validator/v10"
)

// eventFields lists, for the request and message types of aws-lambda-go,
// the fields that carry what the caller sent, with the name messages give
// them. Headers and query strings are maps: a lookup with a constant key
// names the key.
var eventFields = map[string]map[string]string{
	"APIGatewayProxyRequest":          proxyFields,
	"APIGatewayWebsocketProxyRequest": proxyFields,
	"ALBTargetGroupRequest":           proxyFields,
	"APIGatewayV2HTTPRequest":         v2Fields,
	"LambdaFunctionURLRequest":        v2Fields,
	"SQSMessage":                      {"Body": "message body"},
	"SNSEntity":                       {"Message": "message body", "Subject": "message subject"},
	"KinesisRecord":                   {"Data": "record data"},
	"CloudWatchEvent":                 {"Detail": "event detail"},
}

var proxyFields = map[string]string{
	"Body":                            "request body",
	"Path":                            "request path",
	"Headers":                         "header",
	"MultiValueHeaders":               "header",
	"QueryStringParameters":           "query parameter",
	"MultiValueQueryStringParameters": "query parameter",
	"PathParameters":                  "path parameter",
}

var v2Fields = map[string]string{
	"Body":                  "request body",
	"RawPath":               "request path",
	"RawQueryString":        "query string",
	"Cookies":               "cookie",
	"Headers":               "header",
	"QueryStringParameters": "query parameter",
	"PathParameters":        "path parameter",
}

// runtimeFields lists the input fields of fn.Event and fn.Task.
var runtimeFields = map[string]map[string]string{
	"Event": {"Body": "request body", "Path": "request path", "Header": "header", "Query": "query parameter", "PathParams": "path parameter"},
	"Task":  {"Payload": "task payload", "Attributes": "task attribute"},
}

// requestFields lists the input fields of *http.Request.
var requestFields = map[string]string{
	"Body": "request body", "Header": "header", "Form": "form value", "PostForm": "form value",
}

// sourceField returns the name of the input a field read yields, or "" when
// field f of struct type t carries no request input.
func sourceField(t types.Type, f int) string {
	n := namedStruct(t)
	if n == nil {
		return ""
	}
	st := n.Underlying().(*types.Struct)
	name := st.Field(f).Name()
	switch pkgPath(n) {
	case eventsPath:
		return eventFields[n.Obj().Name()][name]
	case runtimePath:
		return runtimeFields[n.Obj().Name()][name]
	case httpPath:
		if n.Obj().Name() == "Request" {
			return requestFields[name]
		}
	case urlPath:
		// Fields of the URL of an incoming request: the caller picks them.
		if n.Obj().Name() == "URL" && (name == "Path" || name == "RawPath" || name == "RawQuery") {
			return "request path"
		}
	}
	return ""
}

// isRequestURL reports whether v is the URL field of an *http.Request.
func isRequestURL(v ssa.Value) bool {
	if l, ok := v.(*ssa.UnOp); ok {
		v = l.X
	}
	switch v := v.(type) {
	case *ssa.FieldAddr:
		return isNamedPtr(v.X.Type(), httpPath, "Request") && fieldName(v.X.Type(), v.Field) == "URL"
	case *ssa.Field:
		return typesx.IsNamed(v.X.Type(), httpPath, "Request") && fieldName(v.X.Type(), v.Field) == "URL"
	}
	return false
}

// sourceCall returns the name of the input a call returns, and whether its
// first argument after the receiver names a key: r.FormValue("id") is the
// form value "id".
func sourceCall(callee string) (name string, keyed bool) {
	switch callee {
	case "(*net/http.Request).FormValue", "(*net/http.Request).PostFormValue":
		return "form value", true
	case "(*net/http.Request).PathValue":
		return "path parameter", true
	case "(*net/http.Request).Cookie":
		return "cookie", true
	case "(*net/http.Request).Cookies", "(*net/http.Request).CookiesNamed":
		return "cookie", false
	case "(*net/http.Request).FormFile":
		return "uploaded file", true
	case "(*net/http.Request).MultipartReader":
		return "request body", false
	case "(*github.com/fnlint/fnlint/fn.Event).PathParam":
		return "path parameter", true
	}
	return "", false
}

// keyedGetters are the map accessors whose key names the input they return:
// q.Get("id") on the query of a request is the query parameter "id".
var keyedGetters = map[string]bool{
	"(net/url.Values).Get":       true,
	"(net/http.Header).Get":      true,
	"(net/http.Header).Values":   true,
	"(net/url.Values).Has":       false,
	"(net/http.Header).Clone":    false,
	"(net/url.Values).Encode":    false,
	"(*net/url.URL).Query":       false,
	"(*net/url.URL).EscapedPath": false,
}

// propagators are the functions whose results carry the content of their
// arguments: string functions, path joins, readers and encoders. Parsing
// into numbers, booleans or UUIDs is not among them: a value that parsed is
// checked.
var propagators = map[string]bool{
	"strings.ToLower": true, "strings.ToUpper": true, "strings.TrimSpace": true,
	"strings.Trim": true, "strings.TrimPrefix": true, "strings.TrimSuffix": true,
	"strings.TrimLeft": true, "strings.TrimRight": true, "strings.Title": true,
	"strings.Replace": true, "strings.ReplaceAll": true, "strings.Split": true,
	"strings.SplitN": true, "strings.Fields": true, "strings.Join": true,
	"strings.Clone": true, "strings.Cut": true, "strings.ToTitle": true,
	"bytes.TrimSpace": true, "bytes.ToLower": true, "bytes.NewReader": true,
	"bytes.NewBuffer": true, "bytes.NewBufferString": true, "strings.NewReader": true,
	"fmt.Sprintf": true, "fmt.Sprint": true, "fmt.Sprintln": true,
	"path.Join": true, "path.Clean": true, "path/filepath.Join": true,
	"path/filepath.Clean": true, "path/filepath.Abs": true, "path/filepath.FromSlash": true,
	"net/url.QueryUnescape": true, "net/url.PathUnescape": true, "net/url.ParseQuery": true,
	"net/url.Parse": true, "(*net/url.URL).String": true, "(*net/url.URL).JoinPath": true,
	"net/url.JoinPath": true,
	"io.ReadAll":       true, "io/ioutil.ReadAll": true, "io.NopCloser": true,
	"net/http.MaxBytesReader": true, "io.LimitReader": true, "bufio.NewReader": true,
	"(*encoding/base64.Encoding).DecodeString":                                true,
	"encoding/json.Marshal":                                                   true,
	"(*net/http.Request).Context":                                             false,
	"github.com/aws/aws-sdk-go-v2/aws.String":                                 true,
	"github.com/aws/aws-sdk-go-v2/aws.ToString":                               true,
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue.MarshalMap": true,
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue.Marshal":    true,
}

// decoder describes a call that decodes request input into a value.
type decoder struct {
	data      int  // the argument holding the input; -1 for the receiver's
	into      int  // the argument the value is decoded into
	validates bool // the call validates the value too (fn.Bind)
}

// decoders are the decoding functions, by FullName.
var decoders = map[string]decoder{
	"encoding/json.Unmarshal":                    {data: 0, into: 1},
	"encoding/xml.Unmarshal":                     {data: 0, into: 1},
	"(*encoding/json.Decoder).Decode":            {data: -1, into: 1},
	"(*encoding/xml.Decoder).Decode":             {data: -1, into: 1},
	"github.com/fnlint/fnlint/fn.DecodeJSON":     {data: 0, into: 1},
	"github.com/fnlint/fnlint/fn.Bind":           {data: 0, into: 1, validates: true},
	"(*github.com/fnlint/fnlint/fn.Task).Decode": {data: 0, into: 1},
}

// readerWrappers return a reader or decoder over their first argument.
var readerWrappers = map[string]bool{
	"encoding/json.NewDecoder": true,
	"encoding/xml.NewDecoder":  true,
}

// wholeSources are calls whose argument is the whole request event: the
// input is read from it (fn.DecodeJSON(ev, &v) reads ev.Body).
func wholeSource(callee string) bool {
	return callee == "github.com/fnlint/fnlint/fn.DecodeJSON" || callee == "github.com/fnlint/fnlint/fn.Bind"
}

// namedStruct returns the named struct type t is or points to, or nil.
func namedStruct(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return nil
	}
	if _, ok := n.Underlying().(*types.Struct); !ok {
		return nil
	}
	return n
}

// fieldName returns the name of field f of the struct t is or points to.
func fieldName(t types.Type, f int) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || f >= st.NumFields() {
		return ""
	}
	return st.Field(f).Name()
}

func pkgPath(n *types.Named) string { return n.Obj().Pkg().Path() }

// isNamedPtr reports whether t is a pointer to path.name.
func isNamedPtr(t types.Type, path, name string) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	return ok && typesx.IsNamed(p.Elem(), path, name)
}

// isSourceParam reports whether a parameter of type t is a request or
// event the function reads input from, so that the values read from it
// are input wherever the function runs.
func isSourceParam(t types.Type) bool {
	n := namedStruct(t)
	if n == nil {
		return false
	}
	switch pkgPath(n) {
	case eventsPath:
		return !strings.HasSuffix(n.Obj().Name(), "Response")
	case runtimePath:
		return n.Obj().Name() == "Event" || n.Obj().Name() == "Task"
	case httpPath:
		return n.Obj().Name() == "Request"
	}
	return false
}
