package poolscope

import (
	_ "embed"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/checkdoc"
	"github.com/fnlint/fnlint/internal/lazyinit"
	"github.com/fnlint/fnlint/internal/reach"
	"github.com/fnlint/fnlint/passes/handlers"
)

//go:embed doc.go
var doc string

// Analyzer reports clients and pools created per invocation, and acquired
// connections and rows not released.
var Analyzer = &analysis.Analyzer{
	Name:      "poolscope",
	Doc:       checkdoc.MustExtract(doc, "poolscope"),
	URL:       "https://github.com/fnlint/fnlint/blob/main/docs/checks/poolscope.md",
	Requires:  []*analysis.Analyzer{handlers.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(clientFact), new(transportFact)},
}

// Categories of the findings.
const (
	// CategoryDatabase is a database pool or connection created per
	// invocation (database/sql, sqlx, pgx, gorm).
	CategoryDatabase = "database"
	// CategorySDK is a cloud SDK configuration or client created per
	// invocation (aws-sdk-go-v2, aws-sdk-go, Google Cloud).
	CategorySDK = "sdk"
	// CategoryClient is a Redis, MongoDB or gRPC client created per
	// invocation.
	CategoryClient = "client"
	// CategoryHTTP is an http.Transport created per invocation.
	CategoryHTTP = "http"
	// CategoryRelease is a connection or rows not released on every path.
	CategoryRelease = "release"
)

// clientFact marks a function that creates a client or pool, itself or
// through the calls it names.
type clientFact struct{ reach.Chain }

func (*clientFact) AFact() {}

func (f *clientFact) String() string { return factString("creates", &f.Chain) }

// transportFact marks a function that creates an http.Transport, itself
// or through the calls it names.
type transportFact struct{ reach.Chain }

func (*transportFact) AFact() {}

func (f *transportFact) String() string { return factString("creates", &f.Chain) }

func factString(verb string, c *reach.Chain) string {
	s := verb + " " + c.What
	if len(c.Calls) > 0 {
		s += " via " + strings.Join(c.Calls, " → ")
	}
	return s
}

// constructors are the functions that create a client or pool, by
// types.Func.FullName, with the category of what they create.
var constructors = map[string]string{
	"database/sql.Open":   CategoryDatabase,
	"database/sql.OpenDB": CategoryDatabase,

	sqlxPath + ".Open":           CategoryDatabase,
	sqlxPath + ".MustOpen":       CategoryDatabase,
	sqlxPath + ".Connect":        CategoryDatabase,
	sqlxPath + ".MustConnect":    CategoryDatabase,
	sqlxPath + ".ConnectContext": CategoryDatabase,
	"gorm.io/gorm.Open":          CategoryDatabase,

	"github.com/aws/aws-sdk-go-v2/config.LoadDefaultConfig":       CategorySDK,
	"github.com/aws/aws-sdk-go/aws/session.New":                   CategorySDK,
	"github.com/aws/aws-sdk-go/aws/session.NewSession":            CategorySDK,
	"github.com/aws/aws-sdk-go/aws/session.NewSessionWithOptions": CategorySDK,

	"google.golang.org/grpc.Dial":        CategoryClient,
	"google.golang.org/grpc.DialContext": CategoryClient,
	"google.golang.org/grpc.NewClient":   CategoryClient,

	"go.mongodb.org/mongo-driver/v2/mongo.Connect": CategoryClient,
	"go.mongodb.org/mongo-driver/mongo.Connect":    CategoryClient,
	"go.mongodb.org/mongo-driver/mongo.NewClient":  CategoryClient,
}

const sqlxPath = "github.com/jmoiron/sqlx"

// prefixed are packages whose functions with a name prefix create a client
// or pool: pgx.Connect*, pgxpool.New*, go-redis New*Client and NewRing.
var prefixed = []struct {
	pkg, prefix, category string
}{
	{"github.com/jackc/pgx/v5", "Connect", CategoryDatabase},
	{"github.com/jackc/pgx/v4", "Connect", CategoryDatabase},
	{"github.com/jackc/pgx/v5/pgxpool", "New", CategoryDatabase},
	{"github.com/jackc/pgx/v4/pgxpool", "Connect", CategoryDatabase},
	{"github.com/redis/go-redis/v9", "New", CategoryClient},
	{"github.com/go-redis/redis/v8", "New", CategoryClient},
}

// constructor reports whether fn creates a client or pool, and its
// category: a listed constructor, a listed prefix whose result is a
// client, or a constructor of an SDK client recognised by its signature
// (see sdkClient).
func constructor(fn *types.Func) (string, bool) {
	if fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return "", false
	}
	if cat, ok := constructors[fn.FullName()]; ok {
		return cat, true
	}
	for _, p := range prefixed {
		if fn.Pkg().Path() == p.pkg && strings.HasPrefix(fn.Name(), p.prefix) && returnsClient(fn) {
			return p.category, true
		}
	}
	if sdkClient(fn) {
		return CategorySDK, true
	}
	return "", false
}

// returnsClient reports whether the first result of fn is (a pointer to) a
// named type of its own package that is a pool, a connection or a client
// (*pgxpool.Pool, *pgx.Conn, *redis.Client, redis.UniversalClient,
// *redis.Ring), not a script or a command (redis.NewScript, NewStringCmd).
func returnsClient(fn *types.Func) bool {
	res := fn.Signature().Results()
	if res.Len() == 0 {
		return false
	}
	t := types.Unalias(res.At(0).Type())
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	named, ok := t.(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != fn.Pkg().Path() {
		return false
	}
	name := named.Obj().Name()
	return strings.HasSuffix(name, "Client") || name == "Ring" || name == "Pool" || name == "Conn"
}

// sdkClient reports whether fn constructs a client of a cloud SDK, by its
// package and signature:
//   - aws-sdk-go-v2: a function of a package under service/ whose first
//     parameter is aws.Config (NewFromConfig) or the package's own options
//     struct followed by ...func(*Options) (New), returning a pointer to a
//     type of the package;
//   - aws-sdk-go v1: a function of a package under service/ whose first
//     parameter is client.ConfigProvider (New);
//   - Google Cloud (cloud.google.com/go/..., google.golang.org/api/...,
//     firebase.google.com/go/...): a function whose first parameter is a
//     context.Context and whose last is ...option.ClientOption, returning a
//     pointer to a type of the package (NewClient, NewRESTClient,
//     NewService, firebase.NewApp).
func sdkClient(fn *types.Func) bool {
	sig := fn.Signature()
	params := sig.Params()
	if params.Len() == 0 || !returnsOwnPointer(fn) {
		return false
	}
	path := fn.Pkg().Path()
	first := params.At(0).Type()
	switch {
	case strings.HasPrefix(path, "github.com/aws/aws-sdk-go-v2/service/"):
		if isNamed(first, "github.com/aws/aws-sdk-go-v2/aws", "Config") {
			return true
		}
		return isNamed(first, path, "") && sig.Variadic() && params.Len() == 2
	case strings.HasPrefix(path, "github.com/aws/aws-sdk-go/service/"):
		return isNamed(first, "github.com/aws/aws-sdk-go/aws/client", "ConfigProvider")
	case strings.HasPrefix(path, "cloud.google.com/go/"), strings.HasPrefix(path, "google.golang.org/api/"),
		strings.HasPrefix(path, "firebase.google.com/go"):
		if !sig.Variadic() || !isNamed(first, "context", "Context") {
			return false
		}
		last, ok := params.At(params.Len() - 1).Type().(*types.Slice)
		return ok && isNamed(last.Elem(), "google.golang.org/api/option", "ClientOption")
	}
	return false
}

// returnsOwnPointer reports whether the first result of fn is a pointer to
// a named type of fn's package.
func returnsOwnPointer(fn *types.Func) bool {
	res := fn.Signature().Results()
	if res.Len() == 0 {
		return false
	}
	p, ok := types.Unalias(res.At(0).Type()).(*types.Pointer)
	return ok && isNamed(p.Elem(), fn.Pkg().Path(), "")
}

// isNamed reports whether t is the named type pkg.name (any name of pkg
// when name is empty).
func isNamed(t types.Type, pkg, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != pkg {
		return false
	}
	return name == "" || n.Obj().Name() == name
}

// opensDB reports whether fn, a function of a dependency named Open...,
// returns a new *sql.DB: the instrumented wrappers of sql.Open
// (otelsql.Open, the dd-trace sqltrace.Open, pgx's stdlib.OpenDB; a
// getter of a shared *sql.DB is not named so), whose bodies are not
// analysed (module-cache dependencies are skipped) and so export no fact.
// Functions of the module being checked are known by their facts instead:
// a getter there returning a shared *sql.DB is not a creation.
func opensDB(pass *analysis.Pass, fn *types.Func) bool {
	sig := fn.Signature()
	if sig.Recv() != nil || sig.Results().Len() == 0 || fn.Pkg() == nil || fn.Pkg().Path() == "database/sql" ||
		!strings.HasPrefix(fn.Name(), "Open") {
		return false
	}
	p, ok := types.Unalias(sig.Results().At(0).Type()).(*types.Pointer)
	if !ok || !isNamed(p.Elem(), "database/sql", "DB") {
		return false
	}
	m := pass.Module
	path := fn.Pkg().Path()
	return m != nil && m.Path != "" && path != m.Path && !strings.HasPrefix(path, m.Path+"/")
}

// funcName is the name of fn for messages: "sql.Open", "s3.NewFromConfig".
func funcName(fn *types.Func) string {
	return fn.Pkg().Name() + "." + fn.Name()
}

// categoryOf returns the category of the creation named what, as facts
// name it.
func categoryOf(what string) string {
	if what == transportWhat {
		return CategoryHTTP
	}
	for name, cat := range constructors {
		if shortFullName(name) == what {
			return cat
		}
	}
	pkg, name, _ := strings.Cut(what, ".")
	if strings.HasPrefix(name, "Open") {
		return CategoryDatabase // a wrapper of sql.Open (see opensDB)
	}
	switch pkg {
	case "pgx", "pgxpool":
		return CategoryDatabase
	case "redis":
		return CategoryClient
	}
	return CategorySDK
}

// shortFullName is "sql.Open" for "database/sql.Open".
func shortFullName(full string) string {
	if i := strings.LastIndex(full, "/"); i >= 0 {
		return full[i+1:]
	}
	return full
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	if res.Package() == nil {
		return nil, nil // the standard library or a dependency: not the user's code
	}
	lazy := lazyinit.Calls(res.Funcs())
	match := func(call *ssa.CallCommon) (string, bool) {
		if lazy[call.Pos()] || call.IsInvoke() {
			return "", false
		}
		fn, ok := call.Value.(*ssa.Function)
		if !ok {
			return "", false
		}
		obj, ok := fn.Object().(*types.Func)
		if !ok {
			return "", false
		}
		if _, ok := constructor(obj); ok || opensDB(pass, obj) {
			return funcName(obj), true
		}
		return "", false
	}
	findings := reach.Find(pass, res, match, func() reach.Fact { return new(clientFact) })
	findings = append(findings, findTransports(pass, res)...)
	for _, f := range findings {
		if lazyPath(lazy, f.Path) {
			continue
		}
		pass.Report(analysis.Diagnostic{
			Pos:      f.Pos,
			Category: categoryOf(f.What),
			Message:  f.What + " runs on every invocation (" + f.Chain() + "); " + remedy(f.What),
			Related:  f.Related(),
		})
	}
	checkReleases(pass, res)
	return nil, nil
}

// remedy is what to do about a creation named what.
func remedy(what string) string {
	switch categoryOf(what) {
	case CategoryDatabase:
		return "open the pool once at init and share it"
	case CategoryHTTP:
		return "create one transport at init and reuse it across invocations"
	}
	return "create the client once at init and reuse it"
}

// lazyPath reports whether a call on the path from the handler is a lazy
// initialisation: what it leads to runs once per instance.
func lazyPath(lazy map[token.Pos]bool, path []handlers.Step) bool {
	for _, s := range path {
		if lazy[s.Call] {
			return true
		}
	}
	return false
}
