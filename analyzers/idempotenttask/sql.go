package idempotenttask

import (
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/sqlscan"
	"github.com/fnlint/fnlint/internal/sqlscan/sqlssa"
	"github.com/fnlint/fnlint/internal/ssax"
)

// sqlNondet are SQL functions whose value differs on every run.
var sqlNondet = []string{"gen_random_uuid", "uuid_generate_v4", "uuid_generate_v1", "uuid", "newid", "random", "rand", "now", "current_timestamp", "clock_timestamp"}

// matchSQL reports the first statement of a SQL call that is not safe to
// run twice: an INSERT with no conflict handling, an increment, or a
// conflict key that is new on every run.
func matchSQL(call *ssa.CallCommon) (string, bool) {
	c, ok := sqlssa.Match(call)
	if !ok {
		return "", false
	}
	for _, st := range sqlssa.Statements(c) {
		if ins := st.Insert(); ins != nil {
			if ins.Conflict == sqlscan.NoConflict && !ins.Unsure {
				return what(CategoryInsert, "INSERT INTO "+table(ins.Table)+" has no conflict handling and runs again on redelivery"), true
			}
			if col, src := randomKey(c, st, ins); src != "" {
				return what(CategoryRandomKey, ins.Conflict.String()+" never matches: "+col+" comes from "+src+", new on every run"), true
			}
		}
		for _, a := range st.Increments() {
			if !st.Guards(a.Column) {
				return what(CategoryIncrement, "SET "+a.Column+" = "+a.Column+" + … adds again on every delivery"), true
			}
		}
	}
	return "", false
}

func table(name string) string {
	if name == "" {
		return "a table"
	}
	return name
}

// randomKey returns the conflict column of an INSERT with conflict
// handling whose value is new on every run, and where it comes from. The
// conflict columns are those of ON CONFLICT (...), or, with no target
// (ON DUPLICATE KEY, INSERT IGNORE, ON CONFLICT DO NOTHING), the columns
// named as keys (id, *_id, pk, key).
func randomKey(c sqlssa.Call, st sqlscan.Statement, ins *sqlscan.InsertInfo) (string, string) {
	if ins.Conflict == sqlscan.NotExists || len(ins.Rows) == 0 {
		return "", ""
	}
	for i, col := range ins.Columns {
		if i >= len(ins.Rows[0]) {
			break
		}
		if len(ins.Target) > 0 && !contains(ins.Target, col) || len(ins.Target) == 0 && !isKeyName(col) {
			continue
		}
		for _, t := range ins.Rows[0][i] {
			if t.Kind == sqlscan.Word && contains(sqlNondet, strings.ToLower(t.Text)) {
				return col, t.Text + "()"
			}
			if t.Kind == sqlscan.Param {
				if src := source(paramArg(c, st, t)); src != "" {
					return col, src
				}
			}
		}
	}
	return "", ""
}

func contains(s []string, x string) bool {
	for _, e := range s {
		if e == x {
			return true
		}
	}
	return false
}

// paramArg returns the argument a placeholder of the statement binds: $n
// is argument n, the k-th ? is argument k.
func paramArg(c sqlssa.Call, st sqlscan.Statement, p sqlscan.Token) ssa.Value {
	n := 0
	switch {
	case strings.HasPrefix(p.Text, "$"):
		n, _ = strconv.Atoi(p.Text[1:])
	case p.Text == "?":
		for _, t := range st.Tokens {
			if t.Kind == sqlscan.Param && t.Text == "?" {
				n++
			}
			if t.Pos == p.Pos {
				break
			}
		}
	default:
		return nil
	}
	args := c.Common.Args
	if len(args) == 0 || n < 1 {
		return nil
	}
	return ssax.VarArg(args[len(args)-1], n-1)
}
