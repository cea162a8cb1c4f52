package envsecret

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/secret"
)

// sinkKind is what a credential sink takes, which decides what a value
// reaching it must not be.
type sinkKind uint8

const (
	// keySink takes a signing or verification key: a constant is a
	// hard-coded key, and an unchecked environment value may be empty,
	// which signs and verifies.
	keySink sinkKind = iota + 1
	// dsnSink takes a connection string: a constant with a password is a
	// hard-coded password.
	dsnSink
	// credSink takes a password, secret or token itself.
	credSink
	// headerSink takes the value of an outgoing request header; it is a
	// credential when the header name is one.
	headerSink
	// setenvSink is os.Setenv: a credential when the variable name is one.
	setenvSink
)

// A sink is a parameter of a function that takes a credential.
type sink struct {
	arg  int // index of the parameter, receiver excluded
	kind sinkKind
	what string // what the parameter is, for messages
}

// jwtModules are the import paths of the JWT libraries whose API the
// sinks name: golang-jwt v5, v4 and v3, and its predecessor.
var jwtModules = []string{
	"github.com/golang-jwt/jwt/v5", "github.com/golang-jwt/jwt/v4",
	"github.com/golang-jwt/jwt", "github.com/dgrijalva/jwt-go",
}

// sinks maps the full names of functions to their credential parameters.
// It is filled in init and never modified afterwards.
var sinks = map[string][]sink{
	"crypto/hmac.New":                     {{1, keySink, "HMAC key"}},
	"database/sql.Open":                   {{1, dsnSink, "sql.Open DSN"}},
	"github.com/jmoiron/sqlx.Open":        {{1, dsnSink, "sqlx.Open DSN"}},
	"github.com/jmoiron/sqlx.MustOpen":    {{1, dsnSink, "sqlx.MustOpen DSN"}},
	"github.com/jmoiron/sqlx.Connect":     {{1, dsnSink, "sqlx.Connect DSN"}},
	"github.com/jmoiron/sqlx.MustConnect": {{1, dsnSink, "sqlx.MustConnect DSN"}},
	"github.com/jmoiron/sqlx.ConnectContext": {
		{2, dsnSink, "sqlx.ConnectContext DSN"}},
	"github.com/jackc/pgx/v5.Connect":             {{1, dsnSink, "pgx.Connect DSN"}},
	"github.com/jackc/pgx/v5.ParseConfig":         {{0, dsnSink, "pgx.ParseConfig DSN"}},
	"github.com/jackc/pgx/v5/pgxpool.New":         {{1, dsnSink, "pgxpool.New DSN"}},
	"github.com/jackc/pgx/v5/pgxpool.ParseConfig": {{0, dsnSink, "pgxpool.ParseConfig DSN"}},
	"(*net/http.Request).SetBasicAuth":            {{1, credSink, "basic auth password"}},
	"(net/http.Header).Set":                       {{1, headerSink, "header"}},
	"(net/http.Header).Add":                       {{1, headerSink, "header"}},
	"os.Setenv":                                   {{1, setenvSink, "environment variable"}},
	"github.com/aws/aws-sdk-go-v2/credentials.NewStaticCredentialsProvider": {
		{1, credSink, "AWS secret access key"}, {2, credSink, "AWS session token"}},
}

// keyfuncs maps the JWT parse functions to the index of their key
// function parameter, whose first result is the verification key.
var keyfuncs = map[string]int{}

func init() {
	for _, m := range jwtModules {
		sinks["(*"+m+".Token).SignedString"] = []sink{{0, keySink, "JWT signing key"}}
		keyfuncs[m+".Parse"] = 1
		keyfuncs[m+".ParseWithClaims"] = 2
		keyfuncs["(*"+m+".Parser).Parse"] = 1
		keyfuncs["(*"+m+".Parser).ParseWithClaims"] = 2
	}
}

// fieldSinks are the struct fields that take a credential, by the full
// name of their struct type.
var fieldSinks = map[string]map[string]sink{
	"github.com/redis/go-redis/v9.Options":          {"Password": {0, credSink, "Redis password"}},
	"github.com/redis/go-redis/v9.ClusterOptions":   {"Password": {0, credSink, "Redis password"}},
	"github.com/redis/go-redis/v9.UniversalOptions": {"Password": {0, credSink, "Redis password"}},
	"github.com/redis/go-redis/v9.FailoverOptions": {
		"Password": {0, credSink, "Redis password"}, "SentinelPassword": {0, credSink, "Redis Sentinel password"}},
}

// fieldSink returns the sink a store to a field is, if any.
func fieldSink(addr *ssa.FieldAddr) (sink, bool) {
	ptr, ok := addr.X.Type().Underlying().(*types.Pointer)
	if !ok {
		return sink{}, false
	}
	named, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return sink{}, false
	}
	fields := fieldSinks[named.Obj().Pkg().Path()+"."+named.Obj().Name()]
	if fields == nil {
		return sink{}, false
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return sink{}, false
	}
	s, ok := fields[st.Field(addr.Field).Name()]
	return s, ok
}

// exitFuncs are calls that end the process or the goroutine: a branch
// that reaches one fails.
var exitFuncs = map[string]bool{
	"os.Exit": true, "log.Fatal": true, "log.Fatalf": true, "log.Fatalln": true,
	"log.Panic": true, "log.Panicf": true, "log.Panicln": true,
	"(*log.Logger).Fatal": true, "(*log.Logger).Fatalf": true, "(*log.Logger).Fatalln": true,
	"(*log.Logger).Panic": true, "(*log.Logger).Panicf": true, "(*log.Logger).Panicln": true,
	"(*go.uber.org/zap.Logger).Fatal": true, "(*go.uber.org/zap.Logger).Panic": true,
	"(*go.uber.org/zap.SugaredLogger).Fatal": true, "(*go.uber.org/zap.SugaredLogger).Fatalf": true,
	"(*go.uber.org/zap.SugaredLogger).Fatalw": true,
	"github.com/sirupsen/logrus.Fatal":        true, "github.com/sirupsen/logrus.Fatalf": true,
	"(*github.com/sirupsen/logrus.Logger).Fatal": true, "(*github.com/sirupsen/logrus.Logger).Fatalf": true,
	"(*github.com/sirupsen/logrus.Entry).Fatal": true, "(*github.com/sirupsen/logrus.Entry).Fatalf": true,
}

// stringFuncs are functions of the strings package whose string result is
// their first argument, transformed: an environment value trimmed is still
// that value.
func isStringFunc(c *secret.Call) bool {
	f := c.Func
	if f == nil || f.Pkg() == nil || f.Pkg().Path() != "strings" || f.Signature().Recv() != nil {
		return false
	}
	res := f.Signature().Results()
	return res.Len() == 1 && types.Identical(res.At(0).Type(), types.Typ[types.String]) &&
		len(c.Args) > 0 && strings.HasPrefix(f.Name(), "T") // Trim*, ToLower, ToUpper, Title
}

// isResponseHeader reports whether a Header value is the header of a
// response being written (w.Header()), not of an outgoing request.
func isResponseHeader(v ssa.Value) bool {
	call, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	if call.Call.IsInvoke() {
		m := call.Call.Method
		return m.Name() == "Header" && m.Pkg() != nil && m.Pkg().Path() == "net/http"
	}
	return false
}
