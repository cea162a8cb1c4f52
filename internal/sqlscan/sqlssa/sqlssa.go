// Package sqlssa finds, in SSA form, the calls that run SQL (database/sql,
// pgx, sqlx, gorm raw SQL) and reads their query text with sqlscan: the
// constant parts of queries built with +, fmt.Sprintf and conditionals,
// with holes where the text is unknown.
package sqlssa

import (
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/sqlscan"
)

// A Call is a call that runs SQL.
type Call struct {
	// Common is the call.
	Common *ssa.CallCommon
	// Func is the method or function called.
	Func *types.Func
	// Query is the query text argument: for a prepared statement's Exec,
	// the query of the Prepare call that made the statement; nil when it
	// cannot be found.
	Query ssa.Value
	// Prepared reports whether the call runs a prepared statement.
	Prepared bool
	// Queued reports whether the call queues the query in a pgx.Batch
	// rather than running it.
	Queued bool
}

// runners lists, by package path, the receiver types and the methods that
// run a query given as their first string parameter.
var runners = map[string]struct{ types, methods []string }{
	"database/sql": {
		[]string{"DB", "Tx", "Conn", "Stmt"},
		[]string{"Exec", "ExecContext", "Query", "QueryContext", "QueryRow", "QueryRowContext"},
	},
	"github.com/jackc/pgx/v5": {
		[]string{"Conn", "Tx", "Batch"},
		[]string{"Exec", "Query", "QueryRow", "Queue"},
	},
	"github.com/jackc/pgx/v5/pgxpool": {
		[]string{"Pool", "Conn", "Tx"},
		[]string{"Exec", "Query", "QueryRow"},
	},
	"github.com/jmoiron/sqlx": {
		[]string{"DB", "Tx", "Conn", "Stmt", "NamedStmt"},
		[]string{"Exec", "ExecContext", "Query", "QueryContext", "QueryRow", "QueryRowContext",
			"MustExec", "MustExecContext", "NamedExec", "NamedExecContext", "Queryx", "QueryxContext",
			"QueryRowx", "QueryRowxContext", "NamedQuery", "NamedQueryContext", "Get", "GetContext",
			"Select", "SelectContext"},
	},
	"gorm.io/gorm": {
		[]string{"DB"},
		[]string{"Exec", "Raw"},
	},
}

// preparers are the methods whose query makes a prepared statement.
var preparers = map[string]bool{
	"Prepare": true, "PrepareContext": true, "Preparex": true, "PreparexContext": true,
	"PrepareNamed": true, "PrepareNamedContext": true,
}

// Callee returns the function or method a call calls, nil for a call of a
// function value.
func Callee(call *ssa.CallCommon) *types.Func {
	if call.IsInvoke() {
		return call.Method
	}
	fn := call.StaticCallee()
	if fn == nil {
		return nil
	}
	if obj, ok := fn.Object().(*types.Func); ok {
		return obj
	}
	if fn.Origin() != nil {
		if obj, ok := fn.Origin().Object().(*types.Func); ok {
			return obj
		}
	}
	return nil
}

// Recv returns the package path and name of the receiver type of a
// method, pointers removed.
func Recv(fn *types.Func) (pkg, name string) {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return "", ""
	}
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		return n.Obj().Pkg().Path(), n.Obj().Name()
	}
	return "", ""
}

// isRunner reports whether fn is a method that runs or queues SQL.
func isRunner(fn *types.Func) bool {
	pkg, recv := Recv(fn)
	r, ok := runners[pkg]
	return ok && contains(r.types, recv) && contains(r.methods, fn.Name())
}

func contains(s []string, x string) bool {
	for _, e := range s {
		if e == x {
			return true
		}
	}
	return false
}

// Match reports whether call runs SQL, and describes it.
func Match(call *ssa.CallCommon) (Call, bool) {
	fn := Callee(call)
	if fn == nil || !isRunner(fn) {
		return Call{}, false
	}
	_, recv := Recv(fn)
	c := Call{Common: call, Func: fn, Queued: fn.Name() == "Queue"}
	if recv == "Stmt" || recv == "NamedStmt" {
		c.Prepared = true
		c.Query = preparedQuery(call)
		return c, true
	}
	c.Query = stringArg(call, fn)
	return c, true
}

// stringArg returns the argument for the first string parameter of fn.
func stringArg(call *ssa.CallCommon, fn *types.Func) ssa.Value {
	sig := fn.Type().(*types.Signature)
	args := call.Args
	if !call.IsInvoke() && sig.Recv() != nil {
		args = args[1:] // the receiver
	}
	for i := 0; i < sig.Params().Len() && i < len(args); i++ {
		if b, ok := sig.Params().At(i).Type().Underlying().(*types.Basic); ok && b.Kind() == types.String {
			return args[i]
		}
	}
	return nil
}

// preparedQuery returns the query of the Prepare call that made the
// receiver of a prepared statement's method, or nil.
func preparedQuery(call *ssa.CallCommon) ssa.Value {
	var recv ssa.Value
	if call.IsInvoke() {
		recv = call.Value
	} else if len(call.Args) > 0 {
		recv = call.Args[0]
	}
	for range 4 { // through the (stmt, err) tuple and phis of one value
		switch v := recv.(type) {
		case *ssa.Extract:
			recv = v.Tuple
			continue
		case *ssa.Call:
			fn := Callee(&v.Call)
			if fn == nil || !preparers[fn.Name()] {
				return nil
			}
			if pkg, _ := Recv(fn); runners[pkg].types == nil {
				return nil
			}
			return stringArg(&v.Call, fn)
		}
		return nil
	}
	return nil
}

// Fragments returns the text of a string value as constant fragments and
// holes: constants, + of strings, fmt.Sprintf with a constant format, and
// conditionals whose branches agree are read; anything else is a hole.
func Fragments(v ssa.Value) []sqlscan.Fragment {
	return fragments(v, 0)
}

func fragments(v ssa.Value, depth int) []sqlscan.Fragment {
	hole := []sqlscan.Fragment{sqlscan.Unknown()}
	if depth > 16 {
		return hole
	}
	switch v := v.(type) {
	case *ssa.Const:
		if v.Value != nil && v.Value.Kind() == constant.String {
			return []sqlscan.Fragment{sqlscan.Const(constant.StringVal(v.Value))}
		}
	case *ssa.BinOp:
		if isString(v.Type()) {
			return append(fragments(v.X, depth+1), fragments(v.Y, depth+1)...)
		}
	case *ssa.ChangeType:
		return fragments(v.X, depth+1)
	case *ssa.Phi:
		var first []sqlscan.Fragment
		for i, e := range v.Edges {
			f := fragments(e, depth+1)
			if i > 0 && !equal(f, first) {
				return hole
			}
			first = f
		}
		return first
	case *ssa.Call:
		if fn, ok := v.Call.Value.(*ssa.Function); ok && fn.String() == "fmt.Sprintf" && len(v.Call.Args) > 0 {
			if c, ok := v.Call.Args[0].(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.String {
				return format(constant.StringVal(c.Value))
			}
		}
	}
	return hole
}

// format splits a fmt format into constant text and a hole per verb.
func format(f string) []sqlscan.Fragment {
	var out []sqlscan.Fragment
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			b.WriteByte(f[i])
			continue
		}
		if i+1 < len(f) && f[i+1] == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		out = append(out, sqlscan.Const(b.String()), sqlscan.Unknown())
		b.Reset()
		for i++; i < len(f) && strings.IndexByte("+-# 0123456789.*[]", f[i]) >= 0; i++ {
		}
	}
	return append(out, sqlscan.Const(b.String()))
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func equal(a, b []sqlscan.Fragment) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Statements returns the statements of the query of c, nil when its text
// is wholly unknown.
func Statements(c Call) []sqlscan.Statement {
	if c.Query == nil {
		return nil
	}
	frags := Fragments(c.Query)
	known := false
	for _, f := range frags {
		known = known || !f.Hole && strings.TrimSpace(f.Text) != ""
	}
	if !known {
		return nil
	}
	return sqlscan.Parse(sqlscan.Postgres, frags...)
}
