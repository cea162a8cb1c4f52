package idempotenttask

import (
	_ "embed"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/checkdoc"
	"github.com/fnlint/fnlint/internal/reach"
	"github.com/fnlint/fnlint/passes/handlers"
)

//go:embed doc.go
var doc string

// Categories of findings.
const (
	// CategoryInsert is an INSERT with no conflict handling.
	CategoryInsert = "insert"
	// CategoryIncrement is a counter incremented with no condition, in
	// SQL or DynamoDB.
	CategoryIncrement = "increment"
	// CategoryRandomKey is the identity of a write made from time.Now,
	// uuid.New or rand, new on every run.
	CategoryRandomKey = "random-key"
	// CategoryFIFO is a send to a FIFO queue or topic with no
	// deduplication id.
	CategoryFIFO = "fifo-dedup"
)

// FlagGuards names the flag listing extra idempotency checks.
const FlagGuards = "guards"

// Analyzer reports writes in task handlers that are not safe to run twice.
var Analyzer = &analysis.Analyzer{
	Name:      "idempotenttask",
	Doc:       checkdoc.MustExtract(doc, "idempotenttask"),
	URL:       "https://github.com/fnlint/fnlint/blob/main/docs/checks/idempotenttask.md",
	Requires:  []*analysis.Analyzer{handlers.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(writeFact)},
}

// guardFuncs holds the -guards flag: full names of functions whose result,
// tested by an if, guards the writes of the branch it leads to.
var guardFuncs listFlag

func init() {
	Analyzer.Flags.Var(&guardFuncs, FlagGuards,
		"comma-separated full names of idempotency checks, e.g. (*example.com/store.Keys).Seen, whose result guards a write")
}

// listFlag is a comma-separated list of names.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	*l = nil
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			*l = append(*l, f)
		}
	}
	return nil
}

// writeFact marks a function that performs a write that is not safe to run
// twice, directly or through calls.
type writeFact struct{ reach.Chain }

func (*writeFact) AFact() {}

func (f *writeFact) String() string {
	category, _ := splitWhat(f.What)
	return "write(" + category + ")"
}

// A write is a finding before it is placed: its category and message
// head, joined in reach.Chain.What as "category\x1fmessage".
func what(category, msg string) string { return category + "\x1f" + msg }

func splitWhat(w string) (category, msg string) {
	category, msg, _ = strings.Cut(w, "\x1f")
	return category, msg
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	if res.Package() == nil {
		return nil, nil
	}
	g := newGuards(res, guardFuncs)
	effect := reach.Effect{
		Match: func(instr ssa.Instruction) (string, token.Pos, bool) {
			call, ok := instr.(ssa.CallInstruction)
			if !ok || g.guarded(instr) {
				return "", token.NoPos, false
			}
			w, ok := match(call.Common())
			return w, call.Common().Pos(), ok
		},
		Contained: func(fn *ssa.Function, _ string) bool { return g.roots[fn] },
	}
	for _, f := range reach.FindEffect(pass, res, effect, func() reach.Fact { return new(writeFact) }) {
		if f.Handler == nil || f.Handler.Kind != handlers.Task || g.onPath(f.Path) {
			continue
		}
		category, msg := splitWhat(f.What)
		pass.Report(analysis.Diagnostic{
			Pos:      f.Pos,
			Category: category,
			Message:  msg + " (" + f.Chain() + "); " + remedy[category],
			Related:  f.Related(),
		})
	}
	return nil, nil
}

// remedy is the advice that ends the message of each category.
var remedy = map[string]string{
	CategoryInsert:    "add ON CONFLICT DO NOTHING or check an idempotency key",
	CategoryIncrement: "guard it with an idempotency key or a condition on the event",
	CategoryRandomKey: "derive it from the event (message or event id)",
	CategoryFIFO:      "set a deduplication id from the event",
}

// match reports whether a call performs a write that is not safe to run
// twice, and describes it.
func match(call *ssa.CallCommon) (string, bool) {
	if w, ok := matchSQL(call); ok {
		return w, true
	}
	return matchSDK(call)
}
