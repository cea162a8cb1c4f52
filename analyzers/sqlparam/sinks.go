package sqlparam

import (
	"fmt"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A sink is a function or method that runs the SQL text of one of its
// parameters.
type sink struct {
	name     string // short name for messages: "sql.(*DB).QueryContext"
	param    int    // index of the query parameter, receiver not counted
	clause   bool   // a gorm clause method: only string arguments are SQL
	style    style  // placeholder style of the library, or unknownStyle
	fromFlag bool   // declared with the sinks flag
}

// style is a placeholder style for the suggested fix.
type style uint8

const (
	unknownStyle style = iota
	question           // ?
	dollar             // $1, $2, ...
	atP                // @p1, @p2, ... (SQL Server)
)

// sinkSpec declares the methods of one type (or the functions of a package
// when typ is empty) that run SQL.
type sinkSpec struct {
	pkg, typ string
	methods  []string
	clause   bool
	style    style
}

var (
	sqlMethods  = []string{"Query", "QueryContext", "QueryRow", "QueryRowContext", "Exec", "ExecContext", "Prepare", "PrepareContext"}
	sqlxMethods = []string{
		"Get", "GetContext", "Select", "SelectContext", "NamedExec", "NamedExecContext",
		"NamedQuery", "NamedQueryContext", "MustExec", "MustExecContext", "Queryx", "QueryxContext",
		"QueryRowx", "QueryRowxContext", "Preparex", "PreparexContext", "PrepareNamed", "PrepareNamedContext",
	}
	pgxMethods = []string{"Query", "QueryRow", "Exec", "Prepare"}
)

// sinkSpecs lists the built-in sinks. It is never modified.
var sinkSpecs = []sinkSpec{
	{pkg: "database/sql", typ: "DB", methods: sqlMethods},
	{pkg: "database/sql", typ: "Tx", methods: sqlMethods},
	{pkg: "database/sql", typ: "Conn", methods: sqlMethods},
	{pkg: "github.com/jmoiron/sqlx", typ: "DB", methods: sqlxMethods},
	{pkg: "github.com/jmoiron/sqlx", typ: "Tx", methods: sqlxMethods},
	{pkg: "github.com/jmoiron/sqlx", typ: "Conn", methods: sqlxMethods},
	{pkg: "github.com/jmoiron/sqlx", methods: sqlxMethods},
	{pkg: "github.com/jackc/pgx/v5", typ: "Conn", methods: pgxMethods, style: dollar},
	{pkg: "github.com/jackc/pgx/v5", typ: "Tx", methods: pgxMethods, style: dollar},
	{pkg: "github.com/jackc/pgx/v5", typ: "Batch", methods: []string{"Queue"}, style: dollar},
	{pkg: "github.com/jackc/pgx/v5/pgxpool", typ: "Pool", methods: pgxMethods, style: dollar},
	{pkg: "github.com/jackc/pgx/v5/pgxpool", typ: "Conn", methods: pgxMethods, style: dollar},
	{pkg: "github.com/jackc/pgx/v5/pgxpool", typ: "Tx", methods: pgxMethods, style: dollar},
	{pkg: "gorm.io/gorm", typ: "DB", methods: []string{"Raw", "Exec"}, style: question},
	{pkg: "gorm.io/gorm", typ: "DB", methods: []string{"Where", "Or", "Not", "Having", "Order", "Group", "Joins"}, clause: true, style: question},
}

// sinkOf returns the sink a call runs, if any: a call of a sink function
// or method, or a call through an interface method whose signature is that
// of a sink method of the same name (a Querier interface that *sql.DB
// implements). extra holds the sinks of the flag, by full name.
func (c *checker) sinkOf(common *ssa.CallCommon) (sink, bool) {
	if common.IsInvoke() {
		return c.interfaceSink(common.Method)
	}
	callee := common.StaticCallee()
	if callee == nil {
		return sink{}, false
	}
	obj := c.res.Object(callee)
	if obj == nil {
		return sink{}, false
	}
	return c.funcSink(obj)
}

// funcSink returns the sink of a declared function or method.
func (c *checker) funcSink(obj *types.Func) (sink, bool) {
	if s, ok := c.extra[obj.FullName()]; ok {
		s.name = shortName(obj)
		return flagSinkParam(s, obj.Signature())
	}
	pkg := obj.Pkg()
	if pkg == nil {
		return sink{}, false
	}
	typ := ""
	if recv := obj.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := types.Unalias(t).(*types.Named)
		if !ok {
			return sink{}, false
		}
		typ = n.Obj().Name()
	}
	for _, spec := range sinkSpecs {
		if spec.pkg != pkg.Path() || spec.typ != typ || !slices.Contains(spec.methods, obj.Name()) {
			continue
		}
		idx, ok := queryParam(obj.Signature(), spec.clause)
		if !ok {
			return sink{}, false
		}
		return sink{name: shortName(obj), param: idx, clause: spec.clause, style: spec.style}, true
	}
	return sink{}, false
}

// queryParam returns the index of the query parameter of a sink: the one
// its package declares as query or sql (value for gorm's Order and Group).
func queryParam(sig *types.Signature, clause bool) (int, bool) {
	for i := range sig.Params().Len() {
		p := sig.Params().At(i)
		switch p.Name() {
		case "query", "sql", "value", "name":
			if p.Name() == "name" && !clause { // pgx Prepare(ctx, name, sql)
				continue
			}
			if isString(p.Type()) || (clause && types.IsInterface(p.Type())) {
				return i, true
			}
		}
	}
	return 0, false
}

// interfaceSink matches a call through an interface method against the
// sink methods of the same name of the types the package can see.
func (c *checker) interfaceSink(m *types.Func) (sink, bool) {
	if s, ok := c.funcSink(m); ok {
		return s, true // pgx.Tx and other sink interfaces
	}
	for _, cand := range c.sinkMethods()[m.Name()] {
		if types.Identical(m.Type(), cand.Type()) {
			s, _ := c.funcSink(cand)
			s.name = shortName(m)
			return s, true
		}
	}
	return sink{}, false
}

// sinkMethods returns, by name, the sink methods of the concrete sink
// types among the packages this package imports directly or indirectly.
func (c *checker) sinkMethods() map[string][]*types.Func {
	if c.byName != nil {
		return c.byName
	}
	c.byName = make(map[string][]*types.Func)
	seen := make(map[*types.Package]bool)
	var visit func(p *types.Package)
	visit = func(p *types.Package) {
		if seen[p] {
			return
		}
		seen[p] = true
		for _, spec := range sinkSpecs {
			if spec.pkg != p.Path() || spec.typ == "" || spec.clause {
				continue
			}
			tn, ok := p.Scope().Lookup(spec.typ).(*types.TypeName)
			if !ok || types.IsInterface(tn.Type()) {
				continue
			}
			mset := types.NewMethodSet(types.NewPointer(tn.Type()))
			for _, name := range spec.methods {
				if sel := mset.Lookup(p, name); sel != nil {
					fn := sel.Obj().(*types.Func)
					c.byName[name] = append(c.byName[name], fn)
				}
			}
		}
		for _, imp := range p.Imports() {
			visit(imp)
		}
	}
	visit(c.pass.Pkg)
	return c.byName
}

// parseSinks parses the value of the sinks flag: comma-separated full
// names of functions or methods, each optionally followed by #N, the index
// of the query parameter (receiver not counted; by default the first
// string parameter).
func parseSinks(s string) (map[string]sink, error) {
	sinks := make(map[string]sink)
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		name, idx, found := strings.Cut(f, "#")
		sk := sink{param: -1, fromFlag: true}
		if found {
			n, err := strconv.Atoi(idx)
			if err != nil || n < 0 {
				return nil, fmt.Errorf("parse sink %q: bad parameter index %q", f, idx)
			}
			sk.param = n
		}
		sinks[name] = sk
	}
	return sinks, nil
}

// flagSinkParam resolves the default query parameter of a sink of the
// flag: the first string parameter.
func flagSinkParam(s sink, sig *types.Signature) (sink, bool) {
	if s.param >= 0 {
		return s, s.param < sig.Params().Len()
	}
	for i := range sig.Params().Len() {
		if isString(sig.Params().At(i).Type()) {
			s.param = i
			return s, true
		}
	}
	return s, false
}

// shortName names a function for messages: "sql.(*DB).QueryContext".
func shortName(fn *types.Func) string {
	if fn.Pkg() == nil {
		return fn.Name()
	}
	sig := fn.Signature()
	if recv := sig.Recv(); recv != nil {
		t := recv.Type()
		ptr := ""
		if p, ok := t.(*types.Pointer); ok {
			ptr, t = "*", p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return n.Obj().Pkg().Name() + ".(" + ptr + n.Obj().Name() + ")." + fn.Name()
		}
	}
	return fn.Pkg().Name() + "." + fn.Name()
}

// isString reports whether t is a string type.
func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
