package bench

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"strings"
)

// LambdaPath is the module path of aws-lambda-go, which the generated module
// requires.
const LambdaPath = "github.com/aws/aws-lambda-go"

// DefaultPackages is the number of packages Generate writes unless told
// otherwise.
const DefaultPackages = 200

// GenModulePath is the module path of the generated module.
const GenModulePath = "example.com/fnbench"

// A Requirement is a module the generated module requires, with the go.sum
// lines that let the go command verify it offline.
type Requirement struct {
	Path    string
	Version string
	// Sum holds the go.sum lines of Path at Version, without newlines.
	Sum []string
}

// Options tells Generate what to write.
type Options struct {
	// Packages is the number of packages of the module, at least 1: the
	// shared store package, then the packages of one service after
	// another (domain, httpapi, cmd/api, cmd/worker, cmd/server).
	Packages int
	// GoVersion is the go directive of the generated go.mod.
	GoVersion string
	// Lambda is the requirement on aws-lambda-go.
	Lambda Requirement
}

// OptionsFrom returns the options to generate n packages with the go
// version and the aws-lambda-go requirement of the module rooted at modDir
// (its go.mod and go.sum), so that the generated module uses exactly the
// dependencies fnlint is tested with and loads from the module cache.
func OptionsFrom(modDir string, n int) (Options, error) {
	gomod, err := os.ReadFile(filepath.Join(modDir, "go.mod"))
	if err != nil {
		return Options{}, fmt.Errorf("read go.mod: %w", err)
	}
	gosum, err := os.ReadFile(filepath.Join(modDir, "go.sum"))
	if err != nil {
		return Options{}, fmt.Errorf("read go.sum: %w", err)
	}
	goVersion, version, err := parseGoMod(gomod, LambdaPath)
	if err != nil {
		return Options{}, fmt.Errorf("read go.mod: %w", err)
	}
	sum := sumLines(gosum, LambdaPath, version)
	if len(sum) == 0 {
		return Options{}, fmt.Errorf("read go.sum: no lines for %s %s", LambdaPath, version)
	}
	return Options{
		Packages:  n,
		GoVersion: goVersion,
		Lambda:    Requirement{Path: LambdaPath, Version: version, Sum: sum},
	}, nil
}

// parseGoMod returns the go directive of a go.mod file and the version it
// requires of module path.
func parseGoMod(data []byte, path string) (goVersion, version string, err error) {
	inRequire := false
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "//")
		f := strings.Fields(line)
		switch {
		case len(f) == 0:
		case inRequire && f[0] == ")":
			inRequire = false
		case f[0] == "go" && len(f) == 2:
			goVersion = f[1]
		case f[0] == "require" && len(f) == 2 && f[1] == "(":
			inRequire = true
		case f[0] == "require" && len(f) == 3 && f[1] == path:
			version = f[2]
		case inRequire && len(f) == 2 && f[0] == path:
			version = f[1]
		}
	}
	if err := sc.Err(); err != nil {
		return "", "", err
	}
	if goVersion == "" {
		return "", "", errors.New("no go directive")
	}
	if version == "" {
		return "", "", fmt.Errorf("no requirement on %s", path)
	}
	return goVersion, version, nil
}

// sumLines returns the go.sum lines of path at version: the hash of the
// module and the hash of its go.mod.
func sumLines(data []byte, path, version string) []string {
	var out []string
	for line := range strings.Lines(string(data)) {
		f := strings.Fields(line)
		if len(f) == 3 && f[0] == path && (f[1] == version || f[1] == version+"/go.mod") {
			out = append(out, strings.Join(f, " "))
		}
	}
	return out
}

// kinds are the packages of a service, in the order they are generated:
// their directory under the service's, their file and their template.
var kinds = [...]struct{ dir, file, tmpl string }{
	{"domain", "domain.go", "domain"},
	{"httpapi", "httpapi.go", "httpapi"},
	{"cmd/api", "main.go", "api"},
	{"cmd/worker", "main.go", "worker"},
	{"cmd/server", "main.go", "httpmain"},
}

// kindsPerService is the number of packages of a complete service.
const kindsPerService = len(kinds)

// Generate writes into dir, which must exist, a module of opts.Packages
// packages of function code: a store package on database/sql shared by
// every service, and services of five packages each (a domain package of
// validation and state transitions, a net/http API package, an API Gateway
// v2 Lambda function, an SQS Lambda function whose handler also calls the
// previous service's domain package, a net/http server). The output depends
// only on opts.
func Generate(dir string, opts Options) error {
	if opts.Packages < 1 {
		return fmt.Errorf("generate: %d packages, want at least 1", opts.Packages)
	}
	if err := writeGoMod(dir, opts); err != nil {
		return err
	}
	if err := writeFile(filepath.Join(dir, "store", "store.go"), "store", GenModulePath); err != nil {
		return err
	}
	for i := 1; i < opts.Packages; i++ {
		s := newService((i - 1) / kindsPerService)
		k := kinds[(i-1)%kindsPerService]
		path := filepath.Join(dir, s.Dir, filepath.FromSlash(k.dir), k.file)
		if err := writeFile(path, k.tmpl, s); err != nil {
			return err
		}
	}
	return nil
}

// writeGoMod writes go.mod and go.sum.
func writeGoMod(dir string, opts Options) error {
	gomod := fmt.Sprintf("module %s\n\ngo %s\n\nrequire %s %s\n",
		GenModulePath, opts.GoVersion, opts.Lambda.Path, opts.Lambda.Version)
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644); err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	gosum := strings.Join(opts.Lambda.Sum, "\n") + "\n"
	if err := os.WriteFile(filepath.Join(dir, "go.sum"), []byte(gosum), 0o644); err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	return nil
}

// writeFile executes the template name with data and writes the formatted
// result to path.
func writeFile(path, name string, data any) error {
	var buf bytes.Buffer
	if err := templates.ExecuteTemplate(&buf, name, data); err != nil {
		return fmt.Errorf("generate %s: %w", path, err)
	}
	src, err := format.Source(buf.Bytes())
	if err != nil {
		return fmt.Errorf("generate %s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	if err := os.WriteFile(path, src, 0o644); err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	return nil
}

// An entity is what a service manages.
type entity struct {
	Type   string // Go type name
	Plural string // table and route name
	// Statuses is the chain of statuses a record advances through.
	Statuses []string
	// Terminal is the status a record is cancelled to.
	Terminal string
}

var entities = []entity{
	{"Order", "orders", []string{"pending", "paid", "shipped", "delivered"}, "cancelled"},
	{"Invoice", "invoices", []string{"draft", "issued", "paid"}, "void"},
	{"Shipment", "shipments", []string{"created", "picked_up", "in_transit", "delivered"}, "returned"},
	{"Ticket", "tickets", []string{"open", "assigned", "resolved", "closed"}, "rejected"},
	{"Booking", "bookings", []string{"requested", "confirmed", "checked_in", "checked_out"}, "cancelled"},
	{"Subscription", "subscriptions", []string{"trial", "active", "past_due", "ended"}, "cancelled"},
	{"Payment", "payments", []string{"initiated", "authorized", "captured", "settled"}, "refunded"},
	{"Device", "devices", []string{"provisioned", "active", "suspended", "retired"}, "lost"},
	{"Review", "reviews", []string{"submitted", "approved", "published"}, "rejected"},
	{"Claim", "claims", []string{"filed", "reviewing", "approved", "paid"}, "denied"},
	{"Listing", "listings", []string{"draft", "published", "sold"}, "expired"},
}

// A transition is one step of an entity's status chain.
type transition struct{ From, To string }

// A service is the data of the templates of one service's packages.
type service struct {
	entity
	Module string
	Dir    string // "svc007"
	Var    string // the entity in messages: "order"
	// Prev is the previous service, whose domain package the worker
	// calls; nil for the first service.
	Prev        *service
	Transitions []transition
	Last        string // last status of the chain
	MaxItems    int
	NoteLimit   int
	// StartStyle is how the API handler is registered: 0 a method value,
	// 1 a func literal, 2 the result of a constructor.
	StartStyle int
	// PerInvocationDB opens the pool in the API handler, per request.
	PerInvocationDB bool
	// SprintfQuery builds the API's list query with fmt.Sprintf.
	SprintfQuery bool
	// AuditInsert writes an audit row with a plain INSERT from the worker.
	AuditInsert bool
	// InlineWorker does the worker's work in its handler, with a retry
	// loop, instead of in a helper per message.
	InlineWorker bool
}

// newService returns service i, with its predecessor.
func newService(i int) *service {
	s := baseService(i)
	if i > 0 {
		s.Prev = baseService(i - 1)
	}
	return s
}

// baseService returns service i without its predecessor.
func baseService(i int) *service {
	e := entities[i%len(entities)]
	s := &service{
		entity:          e,
		Module:          GenModulePath,
		Dir:             fmt.Sprintf("svc%03d", i),
		Var:             strings.ToLower(e.Type),
		Last:            e.Statuses[len(e.Statuses)-1],
		MaxItems:        10 + i%40,
		NoteLimit:       200 + 50*(i%7),
		StartStyle:      i % 3,
		PerInvocationDB: i%7 == 3,
		SprintfQuery:    i%5 == 2,
		AuditInsert:     i%6 == 4,
		InlineWorker:    i%4 == 1,
	}
	for j := 1; j < len(e.Statuses); j++ {
		s.Transitions = append(s.Transitions, transition{e.Statuses[j-1], e.Statuses[j]})
	}
	return s
}
