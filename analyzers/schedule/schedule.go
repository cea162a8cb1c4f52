package schedule

import (
	_ "embed"
	"errors"
	"go/ast"
	"go/constant"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	fnschedule "github.com/fnlint/fnlint/fn/schedule"
	"github.com/fnlint/fnlint/internal/checkdoc"
)

//go:embed doc.go
var doc string

// Analyzer reports invalid EventBridge schedule expressions.
var Analyzer = &analysis.Analyzer{
	Name:     "schedule",
	Doc:      checkdoc.MustExtract(doc, "schedule"),
	URL:      "https://github.com/fnlint/fnlint/blob/main/docs/checks/schedule.md",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for cur := range ins.Root().Preorder((*ast.File)(nil)) {
		file := cur.Node().(*ast.File)
		if strings.HasSuffix(pass.Fset.File(file.Pos()).Name(), "_test.go") {
			continue
		}
		ast.Inspect(file, func(n ast.Node) bool {
			e, ok := n.(ast.Expr)
			if !ok {
				return true
			}
			switch e.(type) {
			case *ast.Ident, *ast.SelectorExpr:
				return false // a named constant is checked where it is declared
			}
			tv, ok := pass.TypesInfo.Types[e]
			if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
				return true
			}
			check(pass, e, constant.StringVal(tv.Value))
			return false // the whole constant, not its parts
		})
	}
	return nil, nil
}

// check reports s, the value of the constant expression e, when it is an
// invalid schedule expression.
func check(pass *analysis.Pass, e ast.Expr, s string) {
	kind, body, ok := looksLikeSchedule(s)
	if !ok {
		return
	}
	_, err := fnschedule.Parse(s)
	var perr *fnschedule.ParseError
	if err == nil || !errors.As(err, &perr) {
		return
	}
	d := analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Category: kind, Message: perr.Error()}
	if lit, ok := ast.Unparen(e).(*ast.BasicLit); ok {
		if fixed, ok := fix(kind, body); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   "write " + fixed,
				TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(quoteLike(lit.Value, fixed))}},
			}}
		}
	}
	pass.Report(d)
}

// looksLikeSchedule tells whether s is meant as a schedule expression,
// and splits it.
func looksLikeSchedule(s string) (kind, body string, ok bool) {
	if strings.Contains(s, "%") || strings.Contains(s, "{{") || strings.Contains(s, "${") {
		return "", "", false
	}
	for _, k := range []string{"cron", "rate", "at"} {
		rest, found := strings.CutPrefix(s, k+"(")
		if !found {
			continue
		}
		body, found = strings.CutSuffix(rest, ")")
		if !found || strings.ContainsAny(body, "()\n") {
			return "", "", false
		}
		switch k {
		case "cron":
			ok = strings.ContainsAny(body, " *")
		case "rate":
			ok = startsWithDigit(body) || strings.Contains(body, "minute") || strings.Contains(body, "hour") || strings.Contains(body, "day")
		case "at":
			ok = startsWithDigit(body)
		}
		return k, body, ok
	}
	return "", "", false
}

func startsWithDigit(s string) bool { return s != "" && '0' <= s[0] && s[0] <= '9' }

// fix returns the corrected expression when the fault is mechanical.
func fix(kind, body string) (string, bool) {
	switch kind {
	case "rate":
		value, unit, ok := strings.Cut(body, " ")
		n, err := strconv.Atoi(value)
		if !ok || err != nil || n <= 0 {
			return "", false
		}
		switch {
		case n == 1 && strings.HasSuffix(unit, "s"):
			unit = strings.TrimSuffix(unit, "s")
		case n > 1 && !strings.HasSuffix(unit, "s"):
			unit += "s"
		default:
			return "", false
		}
		fixed := "rate(" + value + " " + unit + ")"
		if _, err := fnschedule.Parse(fixed); err != nil {
			return "", false
		}
		return fixed, true
	case "cron":
		fs := strings.Fields(body)
		if len(fs) != 6 || fs[2] == "?" || fs[4] == "?" {
			return "", false
		}
		switch {
		case fs[4] == "*":
			fs[4] = "?"
		case fs[2] == "*":
			fs[2] = "?"
		default:
			return "", false
		}
		fixed := "cron(" + strings.Join(fs, " ") + ")"
		if _, err := fnschedule.Parse(fixed); err != nil {
			return "", false
		}
		return fixed, true
	}
	return "", false
}

// quoteLike quotes s the way the literal lit is quoted.
func quoteLike(lit, s string) string {
	if strings.HasPrefix(lit, "`") {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}
