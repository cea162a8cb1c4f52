package validateinput

import (
	"go/constant"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/typesx"
)

// An origin is where a value of the function comes from: request input
// (a query parameter, the request body decoded into a variable) or, for
// summaries, a parameter of the function.
type origin struct {
	name      string    // for messages: `query parameter "id"`, "request body decoded into req"
	param     int       // the parameter the value comes from, or -1 for request input
	pos       token.Pos // where the input is read or decoded
	keyable   bool      // a map of inputs: a lookup with a constant key names one
	validated bool      // decoded by a call that validates too (fn.Bind)
	typ       types.Type
}

// isInput reports whether o is request input rather than a parameter.
func (o *origin) isInput() bool { return o.param < 0 }

// origins is a small set of origins.
type origins []*origin

func (s origins) has(o *origin) bool {
	for _, x := range s {
		if x == o {
			return true
		}
	}
	return false
}

// state is the analysis of one function: which of its values carry input,
// and from where.
type state struct {
	c       *checker
	fn      *ssa.Function
	taint   map[ssa.Value]origins
	tuple   map[ssa.Value]map[int]origins // results of calls with per-result origins
	byKey   map[any]*origin
	decodes []*decodeSite
	changed bool
	checks  map[*ssa.If]origins // memo of what each branch checks
}

// A decodeSite is a call that decodes request input into a value.
type decodeSite struct {
	call  ssa.CallInstruction
	what  string // "json.Unmarshal", or the helper called
	input bool   // the data decoded is request input
	into  ssa.Value
}

// analyze computes which values of fn carry input. seeds give the free
// variables of a closure the input they capture.
func (c *checker) analyze(fn *ssa.Function, seeds map[*ssa.FreeVar]origins) *state {
	s := &state{
		c: c, fn: fn,
		taint: make(map[ssa.Value]origins),
		tuple: make(map[ssa.Value]map[int]origins),
		byKey: make(map[any]*origin),
	}
	for i, p := range fn.Params {
		if isSourceParam(p.Type()) || isIrrelevant(p.Type()) {
			continue
		}
		s.add(p, s.origin(p, func() *origin { return &origin{name: p.Name(), param: i, pos: p.Pos()} }))
	}
	for fv, o := range seeds {
		s.add(fv, o...)
	}
	for range 20 { // a fixpoint is reached in a few rounds; the bound guards odd code
		s.changed = false
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				s.transfer(instr)
			}
		}
		if !s.changed {
			break
		}
	}
	return s
}

// isIrrelevant reports whether values of type t carry no input worth
// tracking: contexts, response writers, booleans, functions.
func isIrrelevant(t types.Type) bool {
	if typesx.IsNamed(t, "context", "Context") || typesx.IsNamed(t, httpPath, "ResponseWriter") {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsBoolean != 0
	case *types.Signature, *types.Chan:
		return true
	}
	return false
}

// origin returns the origin of key, creating it with mk the first time.
func (s *state) origin(key any, mk func() *origin) *origin {
	if o, ok := s.byKey[key]; ok {
		return o
	}
	o := mk()
	s.byKey[key] = o
	return o
}

// add records that v carries os.
func (s *state) add(v ssa.Value, os ...*origin) {
	if v == nil || len(os) == 0 || typesx.IsError(v.Type()) {
		return // errors carry no input
	}
	cur := s.taint[v]
	for _, o := range os {
		if !cur.has(o) {
			cur = append(cur, o)
			s.changed = true
		}
	}
	s.taint[v] = cur
}

// addBase records that v carries os, and so does every value v is an
// address into: storing input into a field taints the struct.
func (s *state) addBase(v ssa.Value, os origins) {
	for range 16 {
		s.add(v, os...)
		switch x := v.(type) {
		case *ssa.FieldAddr:
			if isSourceParam(x.X.Type()) {
				// A field of a request or event is input by its
				// own name: storing into one (r.Body =
				// http.MaxBytesReader(w, r.Body, n)) does not make
				// the whole request that input.
				return
			}
			v = x.X
		case *ssa.IndexAddr:
			v = x.X
		case *ssa.Slice:
			v = x.X
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return
			}
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		default:
			return
		}
	}
}

// transfer propagates input through one instruction.
func (s *state) transfer(instr ssa.Instruction) {
	switch x := instr.(type) {
	case *ssa.Field:
		s.add(x, s.taint[x.X]...)
		s.fieldSource(x, x.X.Type(), x.Field)
	case *ssa.FieldAddr:
		s.add(x, s.taint[x.X]...)
		s.fieldSource(x, x.X.Type(), x.Field)
	case *ssa.UnOp:
		s.add(x, s.taint[x.X]...)
	case *ssa.BinOp:
		if x.Op == token.ADD || x.Op == token.SUB || x.Op == token.MUL || x.Op == token.QUO {
			s.add(x, s.taint[x.X]...)
			s.add(x, s.taint[x.Y]...)
		}
	case *ssa.Index:
		s.add(x, s.taint[x.X]...)
	case *ssa.IndexAddr:
		s.add(x, s.taint[x.X]...)
	case *ssa.Slice:
		s.add(x, s.taint[x.X]...)
	case *ssa.Lookup:
		s.lookup(x, x.X, x.Index)
	case *ssa.Convert:
		s.add(x, s.taint[x.X]...)
	case *ssa.ChangeType:
		s.add(x, s.taint[x.X]...)
	case *ssa.MakeInterface:
		s.add(x, s.taint[x.X]...)
	case *ssa.ChangeInterface:
		s.add(x, s.taint[x.X]...)
	case *ssa.SliceToArrayPointer:
		s.add(x, s.taint[x.X]...)
	case *ssa.TypeAssert:
		s.add(x, s.taint[x.X]...)
	case *ssa.Range:
		s.add(x, s.taint[x.X]...)
	case *ssa.Next:
		s.add(x, s.taint[x.Iter]...)
	case *ssa.Extract:
		if per, ok := s.tuple[x.Tuple]; ok {
			s.add(x, per[x.Index]...)
		} else {
			s.add(x, s.taint[x.Tuple]...)
		}
	case *ssa.Phi:
		for _, e := range x.Edges {
			s.add(x, s.taint[e]...)
		}
	case *ssa.Store:
		if os := s.taint[x.Val]; len(os) > 0 {
			s.addBase(x.Addr, os)
		}
	case *ssa.MapUpdate:
		if os := s.taint[x.Value]; len(os) > 0 {
			s.addBase(x.Map, os)
		}
	case ssa.CallInstruction:
		s.call(x)
	}
}

// fieldSource gives v the input that field f of the struct t carries.
func (s *state) fieldSource(v ssa.Value, t types.Type, f int) {
	name := sourceField(t, f)
	if name == "" {
		return
	}
	if name == "request path" && namedStruct(t) != nil && pkgPath(namedStruct(t)) == urlPath && !s.fromRequestURL(v) {
		return
	}
	// One origin per kind of input: a check of ev.PathParameters["id"]
	// checks it wherever it is read again.
	s.add(v, s.origin(name, func() *origin {
		return &origin{name: name, param: -1, pos: v.Pos(), keyable: isMap(v.Type())}
	}))
}

// fromRequestURL reports whether v reads a field of the URL of an incoming
// request, not of a URL the function built.
func (s *state) fromRequestURL(v ssa.Value) bool {
	var x ssa.Value
	switch v := v.(type) {
	case *ssa.FieldAddr:
		x = v.X
	case *ssa.Field:
		x = v.X
	}
	return x != nil && isRequestURL(x)
}

// isMap reports whether t, or what it points to, is a map.
func isMap(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	_, ok := t.Underlying().(*types.Map)
	return ok
}

// lookup gives v, a lookup of key in m, the input it carries: one named by
// the key when m is a map of inputs and the key is constant.
func (s *state) lookup(v ssa.Value, m, key ssa.Value) {
	k, isConst := key.(*ssa.Const)
	for _, o := range s.taint[m] {
		if !o.keyable || !isConst || k.Value == nil || k.Value.Kind() != constant.String {
			s.add(v, o)
			continue
		}
		name := o.name + " " + strconv.Quote(constant.StringVal(k.Value))
		s.add(v, s.origin([2]any{o, name}, func() *origin {
			return &origin{name: name, param: o.param, pos: v.Pos()}
		}))
	}
}

// call propagates input through a call: sources, propagators, decoders,
// and the summaries of the functions called.
func (s *state) call(call ssa.CallInstruction) {
	common := call.Common()
	v := call.Value() // nil for go and defer
	if b, ok := common.Value.(*ssa.Builtin); ok {
		switch b.Name() {
		case "append":
			for _, a := range common.Args {
				s.add(v, s.taint[a]...)
			}
		case "copy":
			s.addBase(common.Args[0], s.taint[common.Args[1]])
		}
		return
	}
	name := calleeName(common)
	if name == "" {
		return
	}
	args := common.Args
	if common.IsInvoke() {
		args = append([]ssa.Value{common.Value}, args...)
	}
	if src, keyed := sourceCall(name); src != "" && v != nil {
		if keyed && len(args) > 1 {
			if k, ok := args[1].(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.String {
				src += " " + strconv.Quote(constant.StringVal(k.Value))
			}
		}
		s.add(v, s.origin(src, func() *origin { return &origin{name: src, param: -1, pos: common.Pos()} }))
		return
	}
	switch {
	case name == "(*net/url.URL).Query" && isRequestURL(args[0]):
		s.add(v, s.origin("query", func() *origin {
			return &origin{name: "query parameter", param: -1, pos: common.Pos(), keyable: true}
		}))
		return
	case keyedGetters[name] && len(args) > 1:
		s.lookup(v, args[0], args[1])
		return
	case name == "net/http.NewRequest" || name == "net/http.NewRequestWithContext":
		// The request is sent where its URL says: it carries the URL's
		// input, not its body's.
		s.add(v, s.taint[args[len(args)-2]]...)
		return
	case propagators[name] || readerWrappers[name] || keyedGetters[name]:
		for _, a := range args {
			s.add(v, s.taint[a]...)
		}
		return
	}
	if d, ok := decoders[name]; ok {
		s.decode(call, name, d, args)
		return
	}
	if sum := s.c.summaryOf(common); sum != nil {
		s.applySummary(call, sum, args)
	}
}

// decode gives the value a decoder fills the input it decodes.
func (s *state) decode(call ssa.CallInstruction, name string, d decoder, args []ssa.Value) {
	if d.into >= len(args) {
		return
	}
	var data origins
	if d.data < 0 || wholeSource(name) || isSourceParam(args[max(d.data, 0)].Type()) {
		src := args[max(d.data, 0)]
		data = s.taint[src]
		if isSourceParam(src.Type()) {
			what := "request body"
			if isNamedPtr(src.Type(), runtimePath, "Task") {
				what = "task payload"
			}
			data = origins{s.origin(what, func() *origin { return &origin{name: what, param: -1, pos: call.Pos()} })}
		}
	} else {
		data = s.taint[args[d.data]]
	}
	if len(data) == 0 {
		return
	}
	s.decodeInto(call, shortName(name), data, args[d.into], d.validates)
}

// decodeInto records that call decodes data into the value into points to.
func (s *state) decodeInto(call ssa.CallInstruction, what string, data origins, into ssa.Value, validates bool) {
	site := s.site(call)
	if site == nil {
		site = &decodeSite{call: call, what: what, into: into}
		s.decodes = append(s.decodes, site)
	}
	param := -1
	for _, o := range data {
		if o.isInput() {
			site.input = true
			param = -1
			break
		}
		param = o.param
	}
	src := data[0].name
	for _, o := range data {
		if o.isInput() {
			src = o.name
			break
		}
	}
	dst := root(into)
	o := s.origin(call, func() *origin {
		name := src + " decoded"
		if n := varName(dst); n != "" {
			name += " into " + n
		}
		return &origin{name: name, param: param, pos: call.Pos(), validated: validates, typ: pointee(dst.Type())}
	})
	s.addBase(into, origins{o})
}

func (s *state) site(call ssa.CallInstruction) *decodeSite {
	for _, d := range s.decodes {
		if d.call == call {
			return d
		}
	}
	return nil
}

// applySummary propagates input through a call to a function with a
// summary: its results and the values it decodes input into.
func (s *state) applySummary(call ssa.CallInstruction, sum *summary, args []ssa.Value) {
	v := call.Value()
	for _, r := range sum.Results {
		var os origins
		if r.Param >= 0 {
			if r.Param < len(args) {
				os = s.taint[args[r.Param]]
			}
		} else {
			callee := calleeShort(s.c, call.Common())
			os = origins{s.origin([2]any{call, r.Result}, func() *origin {
				return &origin{name: "input returned by " + callee, param: -1, pos: call.Pos()}
			})}
		}
		if v == nil || len(os) == 0 {
			continue
		}
		if _, isTuple := v.Type().(*types.Tuple); isTuple {
			per := s.tuple[v]
			if per == nil {
				per = make(map[int]origins)
				s.tuple[v] = per
			}
			for _, o := range os {
				if !per[r.Result].has(o) {
					per[r.Result] = append(per[r.Result], o)
					s.changed = true
				}
			}
		} else {
			s.add(v, os...)
		}
	}
	for _, p := range sum.Decodes {
		if p < len(args) {
			what := calleeShort(s.c, call.Common())
			in := s.origin([2]any{call, "input"}, func() *origin {
				return &origin{name: "request body", param: -1, pos: call.Pos()}
			})
			s.decodeInto(call, what, origins{in}, args[p], sum.validates(p))
		}
	}
}

// root returns the variable an address points into.
func root(v ssa.Value) ssa.Value {
	for range 16 {
		switch x := v.(type) {
		case *ssa.FieldAddr:
			v = x.X
		case *ssa.IndexAddr:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.UnOp:
			v = x.X
		default:
			return v
		}
	}
	return v
}

// varName is the name of the variable v is, or "".
func varName(v ssa.Value) string {
	switch v := v.(type) {
	case *ssa.Alloc:
		return v.Comment
	case *ssa.Parameter:
		return v.Name()
	case *ssa.FreeVar:
		return v.Name()
	}
	return ""
}

// pointee returns what t points to, or t.
func pointee(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}
