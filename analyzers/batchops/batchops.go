package batchops

import (
	_ "embed"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/checkdoc"
	"github.com/fnlint/fnlint/internal/reach"
	"github.com/fnlint/fnlint/internal/sqlscan/sqlssa"
	"github.com/fnlint/fnlint/passes/handlers"
)

//go:embed doc.go
var doc string

// Categories of findings.
const (
	// CategorySQL is an INSERT run once per item.
	CategorySQL = "sql"
	// CategorySDK is an AWS SDK call made once per item where a batch
	// call exists.
	CategorySDK = "sdk"
)

// Analyzer reports one call per item in a loop where a batch API exists.
var Analyzer = &analysis.Analyzer{
	Name:      "batchops",
	Doc:       checkdoc.MustExtract(doc, "batchops"),
	URL:       "https://github.com/fnlint/fnlint/blob/main/docs/checks/batchops.md",
	Requires:  []*analysis.Analyzer{handlers.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(opFact)},
}

// opFact marks a function that makes a per-item call with a batch
// counterpart, directly or through calls.
type opFact struct{ reach.Chain }

func (*opFact) AFact() {}

func (f *opFact) String() string { return "op(" + f.What + ")" }

// batchOf maps the SDK input types of per-item calls to their batch
// counterparts.
var batchOf = map[string]string{
	"dynamodb.PutItemInput":    "BatchWriteItem",
	"dynamodb.DeleteItemInput": "BatchWriteItem",
	"dynamodb.GetItemInput":    "BatchGetItem",
	"sqs.SendMessageInput":     "SendMessageBatch",
	"sqs.DeleteMessageInput":   "DeleteMessageBatch",
	"sns.PublishInput":         "PublishBatch",
	"kinesis.PutRecordInput":   "PutRecords",
	"s3.DeleteObjectInput":     "DeleteObjects",
}

const sdk = "github.com/aws/aws-sdk-go-v2/service/"

// match names a per-item call that has a batch counterpart: "PutItem",
// or "INSERT INTO orders" for a SQL call running one INSERT.
func match(call *ssa.CallCommon) (string, bool) {
	if c, ok := sqlssa.Match(call); ok {
		if c.Queued || c.Prepared {
			return "", false // a pgx.Batch, or a prepared statement (database/sql's way)
		}
		stmts := sqlssa.Statements(c)
		if len(stmts) != 1 {
			return "", false
		}
		ins := stmts[0].Insert()
		if ins == nil {
			return "", false
		}
		pkg, _ := sqlssa.Recv(c.Func)
		name := "INSERT"
		if ins.Table != "" {
			name += " INTO " + ins.Table
		}
		if strings.HasPrefix(pkg, "github.com/jackc/pgx/") {
			return name + "\x1fpgx", true
		}
		return name + "\x1fsql", true
	}
	for _, a := range call.Args {
		p, ok := a.Type().(*types.Pointer)
		if !ok {
			continue
		}
		n, ok := types.Unalias(p.Elem()).(*types.Named)
		if !ok || n.Obj().Pkg() == nil || !strings.HasPrefix(n.Obj().Pkg().Path(), sdk) {
			continue
		}
		key := strings.TrimPrefix(n.Obj().Pkg().Path(), sdk) + "." + n.Obj().Name()
		if batch, ok := batchOf[key]; ok {
			return strings.TrimSuffix(n.Obj().Name(), "Input") + "\x1f" + batch, true
		}
	}
	return "", false
}

// remedy returns the category and advice for a match.
func remedy(what string) (name, category, advice string) {
	name, batch, _ := strings.Cut(what, "\x1f")
	switch batch {
	case "pgx":
		return name, CategorySQL, "queue the rows in a pgx.Batch or use CopyFrom"
	case "sql":
		return name, CategorySQL, "insert the rows with one multi-row INSERT, or a prepared statement in a transaction"
	}
	return name, CategorySDK, "use " + batch
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	if res.Package() == nil {
		return nil, nil
	}
	loops := newLoops(res)
	for _, f := range reach.Find(pass, res, match, func() reach.Fact { return new(opFact) }) {
		at, ok := loops.site(f)
		if !ok {
			continue
		}
		name, category, advice := remedy(f.What)
		pass.Report(analysis.Diagnostic{
			Pos:      at,
			Category: category,
			Message:  name + " runs once per item of a loop (" + f.Chain() + "); " + advice,
			Related:  f.Related(),
		})
	}
	return nil, nil
}

// site returns the position of the call, on the path from the handler to
// the finding, that runs in a range loop: the finding itself or a call
// leading to it.
func (l *loops) site(f reach.Finding) (token.Pos, bool) {
	if l.inLoop(f.Pos) {
		return f.Pos, true
	}
	for i := len(f.Path) - 1; i > 0; i-- {
		if l.inLoop(f.Path[i].Call) {
			return f.Path[i].Call, true
		}
	}
	return token.NoPos, false
}
