package validateinput

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/typesx"
	"github.com/fnlint/fnlint/passes/handlers"
)

// sinkArgs maps the functions that use their arguments in a way unvalidated
// input should not reach to the index of the first argument that does
// (the receiver of a method is argument 0); every argument from there on
// is a sink, unless listed in sinkOnly.
var sinkArgs = map[string]int{
	// database/sql: the arguments after the query.
	"(*database/sql.DB).Query": 2, "(*database/sql.DB).QueryRow": 2, "(*database/sql.DB).Exec": 2,
	"(*database/sql.DB).QueryContext": 3, "(*database/sql.DB).QueryRowContext": 3, "(*database/sql.DB).ExecContext": 3,
	"(*database/sql.Tx).Query": 2, "(*database/sql.Tx).QueryRow": 2, "(*database/sql.Tx).Exec": 2,
	"(*database/sql.Tx).QueryContext": 3, "(*database/sql.Tx).QueryRowContext": 3, "(*database/sql.Tx).ExecContext": 3,
	"(*database/sql.Conn).QueryContext": 3, "(*database/sql.Conn).QueryRowContext": 3, "(*database/sql.Conn).ExecContext": 3,
	"(*database/sql.Stmt).Query": 1, "(*database/sql.Stmt).QueryRow": 1, "(*database/sql.Stmt).Exec": 1,
	"(*database/sql.Stmt).QueryContext": 2, "(*database/sql.Stmt).QueryRowContext": 2, "(*database/sql.Stmt).ExecContext": 2,
	// pgx: the arguments after the query.
	"(*github.com/jackc/pgx/v5.Conn).Query": 3, "(*github.com/jackc/pgx/v5.Conn).QueryRow": 3, "(*github.com/jackc/pgx/v5.Conn).Exec": 3,
	"(github.com/jackc/pgx/v5.Tx).Query": 3, "(github.com/jackc/pgx/v5.Tx).QueryRow": 3, "(github.com/jackc/pgx/v5.Tx).Exec": 3,
	"(*github.com/jackc/pgx/v5/pgxpool.Pool).Query": 3, "(*github.com/jackc/pgx/v5/pgxpool.Pool).QueryRow": 3, "(*github.com/jackc/pgx/v5/pgxpool.Pool).Exec": 3,
	"(*github.com/jackc/pgx/v5/pgxpool.Conn).Query": 3, "(*github.com/jackc/pgx/v5/pgxpool.Conn).QueryRow": 3, "(*github.com/jackc/pgx/v5/pgxpool.Conn).Exec": 3,
	"(*github.com/jackc/pgx/v5/pgxpool.Tx).Query": 3, "(*github.com/jackc/pgx/v5/pgxpool.Tx).QueryRow": 3, "(*github.com/jackc/pgx/v5/pgxpool.Tx).Exec": 3,
	"(*github.com/jackc/pgx/v5.Batch).Queue": 2,
	// sqlx: the arguments after the query.
	"(*github.com/jmoiron/sqlx.DB).Get": 3, "(*github.com/jmoiron/sqlx.DB).Select": 3,
	"(*github.com/jmoiron/sqlx.DB).GetContext": 4, "(*github.com/jmoiron/sqlx.DB).SelectContext": 4,
	"(*github.com/jmoiron/sqlx.DB).Queryx": 2, "(*github.com/jmoiron/sqlx.DB).QueryRowx": 2,
	"(*github.com/jmoiron/sqlx.DB).QueryxContext": 3, "(*github.com/jmoiron/sqlx.DB).QueryRowxContext": 3,
	"(*github.com/jmoiron/sqlx.DB).NamedExec": 2, "(*github.com/jmoiron/sqlx.DB).NamedQuery": 2, "(*github.com/jmoiron/sqlx.DB).NamedExecContext": 3,
	"(*github.com/jmoiron/sqlx.DB).MustExec": 2, "(*github.com/jmoiron/sqlx.DB).MustExecContext": 3,
	"(*github.com/jmoiron/sqlx.Tx).Get": 3, "(*github.com/jmoiron/sqlx.Tx).Select": 3,
	"(*github.com/jmoiron/sqlx.Tx).GetContext": 4, "(*github.com/jmoiron/sqlx.Tx).SelectContext": 4,
	"(*github.com/jmoiron/sqlx.Tx).NamedExec": 2, "(*github.com/jmoiron/sqlx.Tx).NamedExecContext": 3,
	// Outgoing requests: the URL (a request built by http.NewRequest
	// carries its URL's input to Do).
	"(*net/http.Client).Do": 1,
	"net/http.Get":          0, "net/http.Head": 0, "net/http.Post": 0, "net/http.PostForm": 0,
	"(*net/http.Client).Get": 1, "(*net/http.Client).Head": 1, "(*net/http.Client).Post": 1, "(*net/http.Client).PostForm": 1,
	// File paths.
	"os.Open": 0, "os.OpenFile": 0, "os.ReadFile": 0, "os.WriteFile": 0, "os.Create": 0,
	"os.Remove": 0, "os.RemoveAll": 0, "os.Mkdir": 0, "os.MkdirAll": 0, "os.Rename": 0, "os.ReadDir": 0,
	"io/ioutil.ReadFile": 0, "io/ioutil.WriteFile": 0, "net/http.ServeFile": 2,
	// Commands.
	"os/exec.Command": 0, "os/exec.CommandContext": 1,
	// Redirects.
	"net/http.Redirect": 2,
}

// sinkOnly lists, for sinks whose later arguments are not sinks, how many
// arguments from the first are: the URL of a request but not its body, the
// path of a file but not its content or mode.
var sinkOnly = map[string]int{
	"net/http.Post": 1, "net/http.PostForm": 1, "(*net/http.Client).Post": 1, "(*net/http.Client).PostForm": 1,
	"os.OpenFile": 1, "os.WriteFile": 1, "os.Mkdir": 1, "os.MkdirAll": 1, "io/ioutil.WriteFile": 1,
	"net/http.Redirect": 1, "net/http.ServeFile": 1,
}

// sinkKinds names the kind of each sink package for messages.
func sinkKind(name string) string {
	switch {
	case strings.Contains(name, "database/sql") || strings.Contains(name, "pgx") || strings.Contains(name, "sqlx"):
		return "SQL arguments of "
	case strings.HasPrefix(name, "os/exec."):
		return "the command of "
	case strings.HasPrefix(name, "os.") || strings.HasPrefix(name, "io/ioutil.") || name == "net/http.ServeFile":
		return "the file path of "
	case name == "net/http.Redirect":
		return "the redirect URL of "
	case strings.HasPrefix(name, "net/http.") || strings.HasPrefix(name, "(*net/http.Client)"):
		return "the URL of "
	}
	return "the input of "
}

// sinkOf returns the arguments of a call that are sinks, and names the
// sink for messages.
func (c *checker) sinkOf(common *ssa.CallCommon) (what string, args []ssa.Value) {
	name := calleeName(common)
	all := common.Args
	if common.IsInvoke() {
		all = append([]ssa.Value{common.Value}, all...)
	}
	if first, ok := sinkArgs[name]; ok && first < len(all) {
		last := len(all)
		if n, ok := sinkOnly[name]; ok {
			last = min(first+n, last)
		}
		return sinkKind(name) + c.shortCallee(common), all[first:last]
	}
	if isSDKCall(common) && len(all) > 2 {
		return c.shortCallee(common), all[2:3]
	}
	return "", nil
}

// isSDKCall reports whether common calls a method of the *Client of an
// aws-sdk-go-v2 service package: its params struct is the sink.
func isSDKCall(common *ssa.CallCommon) bool {
	fn := common.StaticCallee()
	if fn == nil || fn.Signature.Recv() == nil {
		return false
	}
	recv := fn.Signature.Recv().Type()
	p, ok := types.Unalias(recv).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && n.Obj().Name() == "Client" && n.Obj().Pkg() != nil &&
		strings.HasPrefix(n.Obj().Pkg().Path(), sdkService) && fn.Signature.Params().Len() >= 2
}

// calleeName is the FullName of the function a call calls, or "" for a
// dynamic call.
func calleeName(common *ssa.CallCommon) string {
	if common.IsInvoke() {
		return common.Method.FullName()
	}
	fn := common.StaticCallee()
	if fn == nil {
		return ""
	}
	if obj, ok := fn.Object().(*types.Func); ok {
		return obj.Origin().FullName()
	}
	if fn.Origin() != nil {
		if obj, ok := fn.Origin().Object().(*types.Func); ok {
			return obj.FullName()
		}
	}
	return fn.String()
}

// shortCallee names the function a call calls for messages:
// "sql.(*DB).ExecContext", "os.Open", "saveOrder".
func (c *checker) shortCallee(common *ssa.CallCommon) string {
	if common.IsInvoke() {
		return handlers.QualifiedName(common.Method)
	}
	fn := handlers.Canonical(common.StaticCallee())
	if fn == nil {
		return "a function value"
	}
	if obj := c.res.Object(fn); obj != nil && obj.Pkg() != nil && obj.Pkg() != c.pass.Pkg {
		return handlers.QualifiedName(obj)
	}
	return handlers.FuncName(fn)
}

// calleeShort is shortCallee for the state's checker.
func calleeShort(c *checker, common *ssa.CallCommon) string { return c.shortCallee(common) }

// shortName turns a FullName into a name for messages: "json.Unmarshal",
// "(*json.Decoder).Decode".
func shortName(full string) string {
	ptr := strings.HasPrefix(full, "(*")
	recv := strings.HasPrefix(full, "(")
	s := strings.TrimPrefix(strings.TrimPrefix(full, "(*"), "(")
	if i := strings.LastIndex(s, "/"); i >= 0 {
		s = s[i+1:]
	}
	switch {
	case ptr:
		return "(*" + s
	case recv:
		return "(" + s
	}
	return s
}

// A sinkUse is input reaching a sink in a function.
type sinkUse struct {
	instr ssa.Instruction
	o     *origin
	what  string   // the sink
	calls []string // the functions called on the way, for a sink in a helper
}

// sinks returns every use of input in a sink of the function, validated
// or not, deduplicated by call and origin.
func (s *state) sinks() []sinkUse {
	var uses []sinkUse
	seen := make(map[[2]any]bool)
	addUse := func(u sinkUse) {
		key := [2]any{u.instr, u.o}
		if !seen[key] && !u.o.validated && !s.validatedAt(u.o, u.instr) {
			seen[key] = true
			uses = append(uses, u)
		}
	}
	for _, b := range s.fn.Blocks {
		for _, instr := range b.Instrs {
			switch x := instr.(type) {
			case ssa.CallInstruction:
				common := x.Common()
				if what, args := s.c.sinkOf(common); what != "" {
					for _, a := range args {
						for _, o := range s.taint[a] {
							addUse(sinkUse{instr: x, o: o, what: what})
						}
					}
					continue
				}
				sum := s.c.summaryOf(common)
				if sum == nil {
					continue
				}
				all := common.Args
				if common.IsInvoke() {
					continue
				}
				for _, ps := range sum.Sinks {
					if ps.Param >= len(all) {
						continue
					}
					for _, o := range s.taint[all[ps.Param]] {
						calls := append([]string{s.c.shortCallee(common)}, ps.Calls...)
						addUse(sinkUse{instr: x, o: o, what: ps.What, calls: calls})
					}
				}
			case *ssa.Convert, *ssa.ChangeType:
				v := x.(ssa.Value)
				if typesx.IsNamed(v.Type(), "html/template", "HTML") || typesx.IsNamed(v.Type(), "html/template", "JS") {
					for _, o := range s.taint[operand(v)] {
						addUse(sinkUse{instr: instr, o: o, what: "an unescaped " + types.TypeString(v.Type(), shortQualifier)})
					}
				}
			}
		}
	}
	return uses
}

// operand returns the converted value of a conversion.
func operand(v ssa.Value) ssa.Value {
	switch v := v.(type) {
	case *ssa.Convert:
		return v.X
	case *ssa.ChangeType:
		return v.X
	}
	return nil
}

func shortQualifier(p *types.Package) string { return p.Name() }
