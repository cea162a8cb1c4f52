package schedule

import (
	_ "embed"
	"errors"
	"go/ast"
	"go/constant"
	"go/token"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	fnschedule "github.com/fnlint/fnlint/fn/schedule"
	"github.com/fnlint/fnlint/internal/checkdoc"
)

//go:embed doc.go
var doc string

// Analyzer reports invalid EventBridge schedule expressions.
var Analyzer = &analysis.Analyzer{
	Name: "schedule",
	Doc:  checkdoc.MustExtract(doc, "schedule"),
	URL:  "https://github.com/fnlint/fnlint/blob/main/docs/checks/schedule.md",
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) {
	for _, file := range pass.Files {
		if strings.HasSuffix(pass.Fset.File(file.Pos()).Name(), "_test.go") {
			continue
		}
		checked := make(map[ast.Expr]bool)
		ast.PreorderStack(file, nil, func(n ast.Node, stack []ast.Node) bool {
			// A schedule expression has parentheses: start from the
			// string literals that hold one, and check the whole
			// constant each is part of (a sum, a conversion). A named
			// constant is checked where it is declared.
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING || !strings.ContainsAny(lit.Value, "()") {
				return true
			}
			var e ast.Expr = lit
			s, ok := constStringOf(pass, lit)
			if !ok {
				return true
			}
		up:
			for i := len(stack) - 1; i >= 0; i-- {
				switch parent := stack[i].(type) {
				case *ast.BinaryExpr, *ast.ParenExpr, *ast.CallExpr:
					ps, ok := constStringOf(pass, parent.(ast.Expr))
					if !ok {
						break up
					}
					e, s = parent.(ast.Expr), ps
				default:
					break up
				}
			}
			if !checked[e] {
				checked[e] = true
				check(pass, e, s)
			}
			return true
		})
	}
	return nil, nil
}

// constStringOf returns the value of e when it is a constant string.
func constStringOf(pass *analysis.Pass, e ast.Expr) (string, bool) {
	tv, ok := pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
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
