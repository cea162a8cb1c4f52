package handlers

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// A registration describes a function that registers a handler: which
// argument is the handler and what the platform is.
type registration struct {
	arg      int
	platform Platform
}

// registrations are keyed by types.Func.FullName of the registering
// function or method.
var registrations = map[string]registration{
	lambdaPath + ".Start":                   {0, Lambda},
	lambdaPath + ".StartWithOptions":        {0, Lambda},
	lambdaPath + ".StartWithContext":        {1, Lambda},
	lambdaPath + ".StartHandler":            {0, Lambda},
	lambdaPath + ".StartHandlerWithContext": {1, Lambda},
	lambdaPath + ".StartHandlerFunc":        {0, Lambda},
	lambdaPath + ".NewHandler":              {0, Lambda},
	lambdaPath + ".NewHandlerWithOptions":   {0, Lambda},
	lambdaURLPath + ".Start":                {0, Lambda},
	lambdaURLPath + ".Wrap":                 {0, Lambda},
	functionsPath + ".HTTP":                 {1, CloudFunctions},
	functionsPath + ".CloudEvent":           {1, CloudFunctions},
	functionsPath + ".Typed":                {1, CloudFunctions},
	"net/http.HandleFunc":                   {1, HTTP},
	"net/http.Handle":                       {1, HTTP},
	"(*net/http.ServeMux).HandleFunc":       {1, HTTP},
	"(*net/http.ServeMux).Handle":           {1, HTTP},
	"net/http.ListenAndServe":               {1, HTTP},
	"net/http.ListenAndServeTLS":            {3, HTTP},
	"net/http.Serve":                        {1, HTTP},
	"net/http.ServeTLS":                     {1, HTTP},
}

// handlerTypes are the named function types whose values are handlers
// wherever a function is converted to them.
var handlerTypes = map[[2]string]Platform{
	{httpPath, "HandlerFunc"}:     HTTP,
	{runtimePath, "RequestFunc"}:  Runtime,
	{runtimePath, "ResponseFunc"}: Runtime,
	{runtimePath, "TaskFunc"}:     Runtime,
	{ginPath, "HandlerFunc"}:      HTTP,
	{echoPath, "HandlerFunc"}:     HTTP,
}

// onceFuncs run their function argument once: the argument is init scope.
// The value is the index of the function among the call's arguments.
var onceFuncs = map[string]int{
	"(*sync.Once).Do": 1,
	"sync.OnceFunc":   0,
	"sync.OnceValue":  0,
	"sync.OnceValues": 0,
}

// finder holds the state of one run of the pass.
type finder struct {
	pass    *analysis.Pass
	pkg     *ssa.Package
	res     *Result
	stores  map[*ssa.Global][]ssa.Value // values stored to package variables
	called  map[*ssa.Function]bool      // functions called statically outside tests
	once    []*ssa.Function             // bodies run through sync.Once and friends
	edges   map[*ssa.Function][]Step    // in-package callees, in instruction order
	inTests map[*ssa.Function]bool      // functions declared in _test.go files
}

func run(pass *analysis.Pass) (any, error) {
	if len(pass.Files) == 0 || isStd(pass) || isDependency(pass.Module) {
		// No syntax (the driver releases that of the standard library and
		// module cache dependencies), the standard library, or a
		// dependency: no handlers, no facts worth the SSA.
		return newResult(), nil
	}
	pkg, real := buildSSA(pass)
	f := &finder{
		pass:    pass,
		pkg:     pkg,
		res:     newResult(),
		stores:  make(map[*ssa.Global][]ssa.Value),
		called:  make(map[*ssa.Function]bool),
		edges:   make(map[*ssa.Function][]Step),
		inTests: make(map[*ssa.Function]bool),
	}
	f.res.pkg = pkg
	f.res.real = real
	f.res.funcs = allFuncs(pass, pkg)
	for _, fn := range f.res.funcs {
		f.inTests[fn] = f.isTestFile(fn.Pos())
	}
	for _, fn := range f.res.funcs {
		f.scan(fn)
	}
	f.dropOnceEdges()
	f.directives()
	f.registered()
	f.signatures()
	slices.SortStableFunc(f.res.handlers, func(a, b *Handler) int { return comparePos(pass.Fset, a.Pos, b.Pos) })
	f.scope()
	for _, h := range f.res.handlers {
		if obj := f.res.Object(h.Fn); obj != nil {
			pass.ExportObjectFact(obj, &handlerFact{Kind: h.Kind})
		}
	}
	f.res.edges = f.edges
	f.res.inTests = f.inTests
	return f.res, nil
}

func (f *finder) isTestFile(pos token.Pos) bool {
	return pos.IsValid() && strings.HasSuffix(f.pass.Fset.File(pos).Name(), "_test.go")
}

// scan records what fn stores to package variables, what it calls, the
// functions it reaches and the sync.Once bodies it runs.
func (f *finder) scan(fn *ssa.Function) {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if st, ok := instr.(*ssa.Store); ok {
				if g, ok := st.Addr.(*ssa.Global); ok && g.Pkg == f.pkg {
					f.stores[g] = append(f.stores[g], st.Val)
				}
			}
			f.scanEdges(fn, instr)
		}
	}
}

// scanEdges records the in-package functions instr calls or refers to.
func (f *finder) scanEdges(fn *ssa.Function, instr ssa.Instruction) {
	var skip ssa.Value // the once body, which is not an edge
	pos := instr.Pos()
	if call, ok := instr.(ssa.CallInstruction); ok {
		common := call.Common()
		pos = common.Pos()
		if callee := f.local(common.StaticCallee()); callee != nil {
			f.addEdge(fn, callee, pos)
			if !f.inTests[fn] {
				f.called[callee] = true
			}
		}
		if i, ok := onceArg(common); ok {
			skip = common.Args[i]
			f.once = append(f.once, f.resolve(skip, 0)...)
		}
	}
	for _, op := range instr.Operands(nil) {
		if *op == nil || *op == skip {
			continue
		}
		if target, ok := (*op).(*ssa.Function); ok {
			if callee := f.local(target); callee != nil {
				f.addEdge(fn, callee, pos)
			}
		}
	}
}

// dropOnceEdges removes the edges to sync.Once bodies: they run once, so
// they belong to init scope wherever they are created.
func (f *finder) dropOnceEdges() {
	for from, edges := range f.edges {
		f.edges[from] = slices.DeleteFunc(edges, func(e Step) bool { return containsFunc(f.once, e.Fn) })
	}
}

func (f *finder) addEdge(from, to *ssa.Function, pos token.Pos) {
	for _, e := range f.edges[from] {
		if e.Fn == to {
			return
		}
	}
	f.edges[from] = append(f.edges[from], Step{Fn: to, Call: pos})
}

// onceArg returns the index of the argument of a call that runs once.
func onceArg(common *ssa.CallCommon) (int, bool) {
	callee := common.StaticCallee()
	if callee == nil {
		return 0, false
	}
	if o := callee.Origin(); o != nil {
		callee = o
	}
	obj, ok := callee.Object().(*types.Func)
	if !ok {
		return 0, false
	}
	i, ok := onceFuncs[obj.FullName()]
	if !ok || i >= len(common.Args) {
		return 0, false
	}
	return i, true
}

// local returns the declared function behind fn (the generic function of
// an instantiation, the method of a method value or expression) when it
// belongs to this package and has a body, or nil.
func (f *finder) local(fn *ssa.Function) *ssa.Function {
	fn = canonical(fn)
	if fn == nil || fn.Pkg != f.pkg || fn.Blocks == nil {
		return nil
	}
	return fn
}

// canonical returns the function that holds the code of fn: the generic
// function of an instantiation, the method behind a bound method wrapper,
// a method expression thunk or a promotion wrapper; nil for an interface
// method.
func canonical(fn *ssa.Function) *ssa.Function {
	if fn == nil {
		return nil
	}
	if o := fn.Origin(); o != nil {
		fn = o
	}
	if !isWrapper(fn) {
		return fn
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok {
		return nil
	}
	recv := obj.Signature().Recv()
	if recv != nil && types.IsInterface(recv.Type()) {
		return nil
	}
	m := fn.Prog.FuncValue(obj)
	if m == nil && recv != nil {
		// A method of a package that has no SSA package here (only its
		// types and methods are used): created on demand.
		m = fn.Prog.LookupMethod(recv.Type(), obj.Pkg(), obj.Name())
	}
	if m != nil && m != fn {
		return canonical(m)
	}
	return nil
}

// isWrapper reports whether fn is a synthetic wrapper around a method.
func isWrapper(fn *ssa.Function) bool {
	for _, prefix := range []string{"bound method wrapper for ", "thunk for ", "wrapper for "} {
		if strings.HasPrefix(fn.Synthetic, prefix) {
			return true
		}
	}
	return false
}

// registered finds the handlers passed to registration calls and converted
// to handler function types, outside test files.
func (f *finder) registered() {
	for _, fn := range f.res.funcs {
		if f.inTests[fn] {
			continue
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				f.registration(instr)
			}
		}
	}
}

// registration adds the handlers instr registers, if any.
func (f *finder) registration(instr ssa.Instruction) {
	switch instr := instr.(type) {
	case ssa.CallInstruction:
		common := instr.Common()
		callee := common.StaticCallee()
		if callee == nil {
			return
		}
		if o := callee.Origin(); o != nil {
			callee = o
		}
		obj, ok := callee.Object().(*types.Func)
		if !ok {
			return
		}
		reg, ok := registrations[obj.FullName()]
		if !ok {
			return
		}
		i := reg.arg
		if obj.Signature().Recv() != nil {
			i++ // static method calls pass the receiver first
		}
		if i < len(common.Args) {
			f.addRegistered(common.Args[i], reg.platform, common.Pos())
		}
	case *ssa.ChangeType:
		if p, ok := handlerType(instr.Type()); ok {
			f.addRegistered(instr.X, p, instr.Pos())
		}
	case *ssa.Convert:
		if p, ok := handlerType(instr.Type()); ok {
			f.addRegistered(instr.X, p, instr.Pos())
		}
	}
}

// handlerType reports whether t is a named handler function type.
func handlerType(t types.Type) (Platform, bool) {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return 0, false
	}
	p, ok := handlerTypes[[2]string{n.Obj().Pkg().Path(), n.Obj().Name()}]
	return p, ok
}

// addRegistered adds the functions v resolves to as registered handlers.
func (f *finder) addRegistered(v ssa.Value, platform Platform, pos token.Pos) {
	for _, fn := range f.resolve(v, 0) {
		s, ok := classify(fn.Signature, f.pass.Pkg.Name())
		switch {
		case !ok:
			s = eventShape(fn.Signature)
			s.platform = platform
		case s.platform == HTTP && platform != Runtime:
			// A net/http handler registered with functions.HTTP runs on
			// Cloud Functions, one given to lambdaurl on Lambda.
			s.platform = platform
		}
		if fn.Pkg != f.pkg {
			if obj := f.res.Object(fn); obj != nil && obj.Pkg() != nil && !f.isStdPkg(obj.Pkg().Path()) {
				f.addForeign(fn, s, pos) // not a router of the standard library
			}
			continue
		}
		f.add(fn, s, Registered, pos)
	}
}

// addForeign adds a handler declared in another package.
func (f *finder) addForeign(fn *ssa.Function, s shape, pos token.Pos) {
	obj := f.res.Object(fn)
	if obj == nil {
		return
	}
	for _, h := range f.res.handlers {
		if h.Fn == nil && h.Func == obj {
			return
		}
	}
	f.res.handlers = append(f.res.handlers, &Handler{
		Func: obj, Kind: s.kind, Platform: s.platform, Source: Registered, Event: s.event, Pos: pos,
		Elsewhere: f.pass.ImportObjectFact(obj, new(handlerFact)),
	})
}

// add adds fn as a handler unless it already is one.
func (f *finder) add(fn *ssa.Function, s shape, src Source, pos token.Pos) {
	if f.res.byFn[fn] != nil {
		return
	}
	obj, _ := fn.Object().(*types.Func)
	if fn.Parent() != nil {
		obj = nil
	}
	h := &Handler{Fn: fn, Func: obj, Kind: s.kind, Platform: s.platform, Source: src, Event: s.event, Pos: pos}
	f.res.handlers = append(f.res.handlers, h)
	f.res.byFn[fn] = h
}

// signatures adds the functions with a handler signature that nothing in
// the package calls: handlers registered through routers the pass does not
// know, Vercel and OpenFaaS entry points, ServeHTTP methods.
func (f *finder) signatures() {
	for _, fn := range f.res.funcs {
		if f.inTests[fn] || f.called[fn] || fn.Syntax() == nil || fn.TypeParams().Len() > 0 {
			continue
		}
		if s, ok := classify(fn.Signature, f.pass.Pkg.Name()); ok {
			if s.platform == OpenFaaS && (fn.Name() != "Handle" || fn.Parent() != nil) {
				continue
			}
			f.add(fn, s, Signature, fn.Pos())
		}
	}
}

// directives adds the functions marked //fnlint:handler [kind].
func (f *finder) directives() {
	for _, file := range f.pass.Files {
		if f.isTestFile(file.Pos()) {
			continue
		}
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			kind, pos, ok := directive(fd.Doc)
			if !ok {
				continue
			}
			obj, ok := f.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			fn := f.pkg.Prog.FuncValue(obj)
			if fn == nil {
				continue
			}
			s, ok := classify(fn.Signature, f.pass.Pkg.Name())
			if !ok {
				s = eventShape(fn.Signature)
				s.platform = Unknown
			}
			if kind != nil {
				s.kind = *kind
			}
			f.add(fn, s, Directive, pos)
		}
	}
}

// directive parses a //fnlint:handler [request|response|task] directive in
// a doc comment. A missing or unknown kind leaves the kind to the
// signature.
func directive(doc *ast.CommentGroup) (*Kind, token.Pos, bool) {
	if doc == nil {
		return nil, token.NoPos, false
	}
	for _, c := range doc.List {
		rest, ok := strings.CutPrefix(c.Text, "//fnlint:handler")
		if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
			continue
		}
		fields := strings.Fields(rest)
		if len(fields) > 0 {
			if k, ok := ParseKind(fields[0]); ok {
				return &k, c.Pos(), true
			}
		}
		return nil, c.Pos(), true
	}
	return nil, token.NoPos, false
}
