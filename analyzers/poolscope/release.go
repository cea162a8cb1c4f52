package poolscope

import (
	"fmt"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/typesx"
	"github.com/fnlint/fnlint/passes/handlers"
)

// A resource is a type of value that must be released: its releasing
// methods, and whether Next returning false releases it.
type resource struct {
	noun     string   // "rows", "connection"
	release  []string // methods that release it
	nextDone bool     // Next returning false releases it (rows)
}

var (
	rowsResource = &resource{"rows", []string{"Close"}, true}
	connResource = &resource{"connection", []string{"Close"}, false}
	poolConn     = &resource{"connection", []string{"Release", "Hijack"}, false}
)

// resources are the types to release, by package path and type name.
var resources = map[[2]string]*resource{
	{"database/sql", "Rows"}:                    rowsResource,
	{sqlxPath, "Rows"}:                          rowsResource,
	{"github.com/jackc/pgx/v5", "Rows"}:         rowsResource,
	{"github.com/jackc/pgx/v4", "Rows"}:         rowsResource,
	{"database/sql", "Conn"}:                    connResource,
	{sqlxPath, "Conn"}:                          connResource,
	{"github.com/jackc/pgx/v5/pgxpool", "Conn"}: poolConn,
	{"github.com/jackc/pgx/v4/pgxpool", "Conn"}: poolConn,
}

// acquirers are the packages whose functions and methods hand out
// resources the caller owns.
var acquirers = map[string]bool{
	"database/sql": true, sqlxPath: true,
	"github.com/jackc/pgx/v5": true, "github.com/jackc/pgx/v5/pgxpool": true,
	"github.com/jackc/pgx/v4": true, "github.com/jackc/pgx/v4/pgxpool": true,
}

// checkReleases reports, in every function of the package, the resources
// acquired and not released on some path to a return.
func checkReleases(pass *analysis.Pass, res *handlers.Result) {
	for _, fn := range res.Funcs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				v, errV, r, name := acquired(call)
				if r == nil {
					continue
				}
				vs, ok := aliases(v)
				if !ok || escapes(vs, r) {
					continue
				}
				if ret := leak(call, vs, errV, r); ret != nil {
					report(pass, call, r, name, ret)
				}
			}
		}
	}
}

// acquired returns the resource a call to a library function hands out:
// the value, the error returned with it (or nil), its kind, and the name of
// the callee for messages; a nil resource when the call acquires nothing.
func acquired(call *ssa.Call) (v, errV ssa.Value, r *resource, name string) {
	common := call.Common()
	var callee *types.Func
	if common.IsInvoke() {
		callee = common.Method
	} else if fn := common.StaticCallee(); fn != nil {
		callee, _ = fn.Object().(*types.Func)
	}
	if callee == nil || callee.Pkg() == nil || !acquirers[callee.Pkg().Path()] {
		return nil, nil, nil, ""
	}
	results := callee.Signature().Results()
	if results.Len() == 0 || (results.Len() == 2 && !typesx.IsError(results.At(1).Type())) || results.Len() > 2 {
		return nil, nil, nil, ""
	}
	r = resourceOf(results.At(0).Type())
	if r == nil {
		return nil, nil, nil, ""
	}
	if results.Len() == 1 {
		v = call
	}
	for _, ref := range *call.Referrers() {
		if ex, ok := ref.(*ssa.Extract); ok {
			switch ex.Index {
			case 0:
				v = ex
			case 1:
				errV = ex
			}
		}
	}
	if v == nil {
		return nil, nil, nil, "" // the resource is dropped: _ , err := db.Query(...)
	}
	return v, errV, r, methodName(callee)
}

// resourceOf returns the resource of type t, or nil.
func resourceOf(t types.Type) *resource {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return nil
	}
	return resources[[2]string{n.Obj().Pkg().Path(), n.Obj().Name()}]
}

// methodName is "sql.DB.QueryContext", "pgxpool.Pool.Acquire", "sqlx.NamedQuery".
func methodName(fn *types.Func) string {
	name := fn.Pkg().Name() + "."
	if recv := fn.Signature().Recv(); recv != nil {
		t := types.Unalias(recv.Type())
		if p, ok := t.(*types.Pointer); ok {
			t = types.Unalias(p.Elem())
		}
		if n, ok := t.(*types.Named); ok {
			name += n.Obj().Name() + "."
		}
	}
	return name + fn.Name()
}

// A use classifies an instruction using the resource.
type use uint8

const (
	other   use = iota // a method that neither releases nor iterates
	release            // a releasing method, called or deferred
	next               // Next, whose false result releases rows
	escape             // the value leaves the function's control
)

// aliases returns v and the values that are v seen through an embedded
// field (sqlx.Rows embeds *sql.Rows: rows.Next() loads the field), and
// false when an embedded field's address is used otherwise.
func aliases(v ssa.Value) (map[ssa.Value]bool, bool) {
	vs := map[ssa.Value]bool{v: true}
	for _, ref := range *v.Referrers() {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok || fa.X != v || !embedded(fa) {
			continue
		}
		for _, use := range *fa.Referrers() {
			load, ok := use.(*ssa.UnOp)
			if !ok || load.Op != token.MUL {
				return nil, false
			}
			vs[load] = true
		}
	}
	return vs, true
}

// embedded reports whether fa addresses an embedded field.
func embedded(fa *ssa.FieldAddr) bool {
	st, ok := fa.X.Type().Underlying().(*types.Pointer).Elem().Underlying().(*types.Struct)
	return ok && st.Field(fa.Field).Embedded()
}

// useOf classifies instr, a referrer of a value of vs.
func useOf(instr ssa.Instruction, vs map[ssa.Value]bool, r *resource) use {
	switch instr := instr.(type) {
	case *ssa.DebugRef:
		return other
	case *ssa.FieldAddr:
		if vs[instr.X] && embedded(instr) {
			return other // seen through by aliases
		}
	case *ssa.UnOp:
		if fa, ok := instr.X.(*ssa.FieldAddr); ok && instr.Op == token.MUL && vs[fa.X] {
			return other
		}
	case *ssa.BinOp:
		if instr.Op == token.EQL || instr.Op == token.NEQ {
			return other // a nil check
		}
	case ssa.CallInstruction:
		if _, isGo := instr.(*ssa.Go); isGo {
			return escape
		}
		common := instr.Common()
		var method string
		switch {
		case common.IsInvoke() && vs[common.Value]:
			method = common.Method.Name()
		case !common.IsInvoke() && len(common.Args) > 0 && vs[common.Args[0]] && receiverCall(common):
			method = common.StaticCallee().Name()
			for _, a := range common.Args[1:] {
				if vs[a] {
					return escape
				}
			}
		default:
			return escape // passed to a function: it may release it (pgx.CollectRows)
		}
		for _, m := range r.release {
			if method == m {
				return release
			}
		}
		if method == "Next" && r.nextDone {
			return next
		}
		return other
	}
	return escape
}

// receiverCall reports whether a static call is a method call (its first
// argument the receiver), including promoted methods of embedded fields.
func receiverCall(common *ssa.CallCommon) bool {
	fn := common.StaticCallee()
	return fn != nil && fn.Signature.Recv() != nil
}

// escapes reports whether a value of vs leaves the function's control:
// returned, stored, captured, passed to a function, converted.
func escapes(vs map[ssa.Value]bool, r *resource) bool {
	for v := range vs {
		for _, ref := range *v.Referrers() {
			if useOf(ref, vs, r) == escape {
				return true
			}
		}
	}
	return false
}

// leak returns a return instruction reached from the acquisition with the
// resource neither released nor exhausted, or nil: the paths where the
// acquisition failed (err != nil, or the value is nil) do not count.
func leak(call *ssa.Call, vs map[ssa.Value]bool, errV ssa.Value, r *resource) *ssa.Return {
	seen := make(map[*ssa.BasicBlock]bool)
	var walk func(b *ssa.BasicBlock, from int) *ssa.Return
	walk = func(b *ssa.BasicBlock, from int) *ssa.Return {
		for _, instr := range b.Instrs[from:] {
			switch instr := instr.(type) {
			case *ssa.Return:
				return instr
			case *ssa.Panic:
				return nil
			case *ssa.If:
				for i, succ := range b.Succs {
					if dead(instr.Cond, i == 0, vs, errV) || seen[succ] {
						continue
					}
					seen[succ] = true
					if ret := walk(succ, 0); ret != nil {
						return ret
					}
				}
				return nil
			default:
				if isRef(instr, vs) && useOf(instr, vs, r) == release {
					return nil
				}
			}
		}
		for _, succ := range b.Succs {
			if !seen[succ] {
				seen[succ] = true
				if ret := walk(succ, 0); ret != nil {
					return ret
				}
			}
		}
		return nil
	}
	b := call.Block()
	for i, instr := range b.Instrs {
		if instr == call {
			return walk(b, i+1)
		}
	}
	return nil
}

// isRef reports whether instr refers to a value of vs.
func isRef(instr ssa.Instruction, vs map[ssa.Value]bool) bool {
	for _, op := range instr.Operands(nil) {
		if vs[*op] {
			return true
		}
	}
	return false
}

// dead reports whether the branch of an If on cond taken when cond is
// taken (true or false) holds no live resource: the acquisition failed,
// the value is nil, or Next returned false.
func dead(cond ssa.Value, taken bool, vs map[ssa.Value]bool, errV ssa.Value) bool {
	if u, ok := cond.(*ssa.UnOp); ok && u.Op == token.NOT {
		return dead(u.X, !taken, vs, errV)
	}
	if c, ok := cond.(*ssa.Call); ok {
		common := c.Common()
		isNext := (common.IsInvoke() && vs[common.Value] && common.Method.Name() == "Next") ||
			(!common.IsInvoke() && len(common.Args) > 0 && vs[common.Args[0]] && receiverCall(common) &&
				common.StaticCallee().Name() == "Next")
		return isNext && !taken
	}
	cmp, ok := cond.(*ssa.BinOp)
	if !ok || (cmp.Op != token.EQL && cmp.Op != token.NEQ) {
		return false
	}
	x, y := cmp.X, cmp.Y
	if isNilConst(x) {
		x, y = y, x
	}
	if !isNilConst(y) {
		return false
	}
	isNil := taken == (cmp.Op == token.EQL) // the branch where x == nil
	switch {
	case vs[x] || sameLoad(x, vs):
		return isNil
	case errV != nil && (x == errV || sameLoad(x, map[ssa.Value]bool{errV: true})):
		return !isNil
	}
	return false
}

func isNilConst(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.IsNil()
}

// sameLoad reports whether x loads a local variable that a value of vs was
// stored in (a variable captured by a closure lives in memory).
func sameLoad(x ssa.Value, vs map[ssa.Value]bool) bool {
	load, ok := x.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	if _, ok := load.X.(*ssa.Alloc); !ok {
		return false
	}
	for _, ref := range *load.X.Referrers() {
		if st, ok := ref.(*ssa.Store); ok && st.Addr == load.X && vs[st.Val] {
			return true
		}
	}
	return false
}

// report reports the resource acquired by call and not released before
// ret.
func report(pass *analysis.Pass, call *ssa.Call, r *resource, name string, ret *ssa.Return) {
	verb, method := "closed", "Close"
	if r == poolConn {
		verb, method = "released", "Release"
	}
	short := "rows"
	if r != rowsResource {
		short = "conn"
	}
	d := analysis.Diagnostic{
		Pos:      call.Pos(),
		Category: CategoryRelease,
		Message: fmt.Sprintf("%s of %s are not %s on every path; defer %s.%s() after checking the error",
			r.noun, name, verb, short, method),
	}
	if r != rowsResource {
		d.Message = strings.Replace(d.Message, " are not ", " is not ", 1)
	}
	if ret.Pos().IsValid() {
		d.Related = []analysis.RelatedInformation{{Pos: ret.Pos(), Message: "returns here with the " + r.noun + " open"}}
	}
	pass.Report(d)
}
