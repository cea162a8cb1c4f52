package errresponse

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// methodFields lists the fields that hold the method of a request, as
// "path.Type.Field".
var methodFields = map[string]bool{
	"net/http.Request.Method":                                             true,
	eventsPath + ".APIGatewayProxyRequest.HTTPMethod":                     true,
	eventsPath + ".APIGatewayProxyRequestContext.HTTPMethod":              true,
	eventsPath + ".ALBTargetGroupRequest.HTTPMethod":                      true,
	eventsPath + ".APIGatewayV2HTTPRequestContextHTTPDescription.Method":  true,
	eventsPath + ".LambdaFunctionURLRequestContextHTTPDescription.Method": true,
	runtimePath + ".Event.Method":                                         true,
}

// httpMethods are the methods of RFC 9110 and PATCH.
var httpMethods = map[string]bool{
	"GET": true, "HEAD": true, "POST": true, "PUT": true, "PATCH": true,
	"DELETE": true, "CONNECT": true, "OPTIONS": true, "TRACE": true,
}

// checkMethodSwitches reports switches that dispatch on the request method
// and leave other methods without a 405.
func (c *checker) checkMethodSwitches() {
	// A walk of the files, not inspect.Analyzer: errresponse has facts, so
	// requiring inspect would build an inspector for every dependency,
	// which run leaves at once.
	for _, f := range c.pass.Files {
		if strings.HasSuffix(c.pass.Fset.File(f.Pos()).Name(), "_test.go") {
			continue
		}
		ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
			if sw, ok := n.(*ast.SwitchStmt); ok {
				c.checkMethodSwitch(sw, append(stack[:len(stack):len(stack)], sw)) // the switch last, as a stack of inspector.WithStack
			}
			return true
		})
	}
}

// checkMethodSwitch reports one switch when it dispatches on the method:
// two methods or more among its cases, not only OPTIONS and HEAD.
func (c *checker) checkMethodSwitch(sw *ast.SwitchStmt, stack []ast.Node) {
	fn := enclosingFunc(stack)
	if fn == nil {
		return
	}
	methods, def := c.switchMethods(sw, fn)
	if len(methods) < 2 || !dispatches(methods) {
		return
	}
	if def != nil {
		if c.mentions405(def.Body...) {
			return
		}
		if code := c.errorStatus(def.Body...); code != 0 {
			c.pass.Report(analysis.Diagnostic{
				Pos:      def.Pos(),
				End:      def.Colon + 1,
				Category: CategoryMethodSwitch,
				Message:  fmt.Sprintf("method switch default answers %d, not 405 Method Not Allowed", code),
			})
		}
		return
	}
	if block, ok := stack[len(stack)-2].(*ast.BlockStmt); ok {
		for i, s := range block.List {
			if s == sw && c.mentions405(block.List[i+1:]...) {
				return // the code after the switch answers 405
			}
		}
	}
	d := analysis.Diagnostic{
		Pos:      sw.Pos(),
		End:      sw.Body.Lbrace,
		Category: CategoryMethodSwitch,
		Message:  "method switch has no default: answer other methods with 405 Method Not Allowed and an Allow header",
	}
	if text := c.defaultClause(fn, stack, methods); text != "" {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "Answer other methods with 405",
			TextEdits: []analysis.TextEdit{{Pos: sw.Body.Rbrace, End: sw.Body.Rbrace, NewText: []byte(c.indentClause(text, sw.Body.Rbrace))}},
		}}
	}
	c.pass.Report(d)
}

// indentClause indents a default clause inserted before the closing brace
// at rbrace as gofmt would, so that an editor applying the fix as it is
// (a quick fix, golangci-lint --fix) leaves formatted code: the clause at
// the indentation of the brace, its statements one tab deeper, the brace
// after them. The text is returned as it is when the brace does not
// begin its line.
func (c *checker) indentClause(text string, rbrace token.Pos) string {
	tf := c.pass.Fset.File(rbrace)
	src, err := c.pass.ReadFile(tf.Name())
	if err != nil {
		return text
	}
	start, end := tf.Offset(tf.LineStart(tf.Line(rbrace))), tf.Offset(rbrace)
	if end > len(src) {
		return text
	}
	indent := string(src[start:end])
	if strings.Trim(indent, " \t") != "" {
		return text
	}
	head, body, _ := strings.Cut(text, "\n")
	var sb strings.Builder
	sb.WriteString(head + "\n")
	for line := range strings.Lines(body) {
		sb.WriteString(indent + "\t" + line)
	}
	sb.WriteString(indent)
	return sb.String()
}

// dispatches reports whether methods name more than OPTIONS and HEAD,
// which a switch answering preflights handles before the real work.
func dispatches(methods []string) bool {
	for _, m := range methods {
		if m != "OPTIONS" && m != "HEAD" {
			return true
		}
	}
	return false
}

// enclosingFunc returns the innermost function declaration or literal of
// stack.
func enclosingFunc(stack []ast.Node) ast.Node {
	for i := len(stack) - 1; i >= 0; i-- {
		switch stack[i].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return stack[i]
		}
	}
	return nil
}

// switchMethods returns the methods a switch on the request method lists
// in its cases, in order, and its default clause. A tagless switch counts
// when its cases compare the method with constants.
func (c *checker) switchMethods(sw *ast.SwitchStmt, fn ast.Node) (methods []string, def *ast.CaseClause) {
	seen := make(map[string]bool)
	for _, s := range sw.Body.List {
		cc := s.(*ast.CaseClause)
		if cc.List == nil {
			def = cc
			continue
		}
		for _, e := range cc.List {
			var value ast.Expr = e
			if sw.Tag == nil {
				be, ok := ast.Unparen(e).(*ast.BinaryExpr)
				if !ok || be.Op != token.EQL {
					return nil, nil
				}
				switch {
				case c.isMethod(be.X, fn):
					value = be.Y
				case c.isMethod(be.Y, fn):
					value = be.X
				default:
					return nil, nil
				}
			}
			tv := c.pass.TypesInfo.Types[value]
			if tv.Value == nil || tv.Value.Kind() != constant.String {
				continue
			}
			m := strings.ToUpper(constant.StringVal(tv.Value))
			if httpMethods[m] && !seen[m] {
				seen[m] = true
				methods = append(methods, m)
			}
		}
	}
	if sw.Tag != nil && !c.isMethod(sw.Tag, fn) {
		return nil, nil
	}
	return methods, def
}

// isMethod reports whether e is the method of a request: a method field,
// a case conversion of one, or a local variable set only from one.
func (c *checker) isMethod(e ast.Expr, fn ast.Node) bool { return c.isMethodVia(e, fn, nil) }

// isMethodVia is isMethod, with the variables followed so far: a variable
// set only from itself (method = strings.ToUpper(method)) is not followed
// again.
func (c *checker) isMethodVia(e ast.Expr, fn ast.Node, seen []*types.Var) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		sel := c.pass.TypesInfo.Selections[e]
		if sel == nil || sel.Kind() != types.FieldVal {
			return false
		}
		return methodFields[typeName(sel.Recv())+"."+sel.Obj().Name()]
	case *ast.CallExpr:
		if f, ok := typeutilCallee(c.pass.TypesInfo, e).(*types.Func); ok && len(e.Args) == 1 {
			switch f.FullName() {
			case "strings.ToUpper", "strings.ToLower", "strings.TrimSpace":
				return c.isMethodVia(e.Args[0], fn, seen)
			}
		}
	case *ast.Ident:
		v, ok := c.pass.TypesInfo.Uses[e].(*types.Var)
		if !ok || slices.Contains(seen, v) {
			return false
		}
		src := assignedOnce(c.pass.TypesInfo, fn, v)
		return src != nil && c.isMethodVia(src, fn, append(seen, v))
	}
	return false
}

// typeutilCallee returns the function or method a call calls, or nil.
func typeutilCallee(info *types.Info, call *ast.CallExpr) types.Object {
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		return info.Uses[fun]
	case *ast.SelectorExpr:
		return info.Uses[fun.Sel]
	}
	return nil
}

// assignedOnce returns the expression a local variable is given when fn
// defines it and assigns it nowhere else; nil otherwise.
func assignedOnce(info *types.Info, fn ast.Node, v *types.Var) ast.Expr {
	var src ast.Expr
	n := 0
	ast.Inspect(fn, func(node ast.Node) bool {
		switch node := node.(type) {
		case *ast.AssignStmt:
			for i, lhs := range node.Lhs {
				id, ok := lhs.(*ast.Ident)
				if !ok || info.ObjectOf(id) != v {
					continue
				}
				n++
				if len(node.Lhs) == len(node.Rhs) {
					src = node.Rhs[i]
				}
			}
		case *ast.ValueSpec:
			for i, id := range node.Names {
				if info.ObjectOf(id) == v {
					n++
					if len(node.Names) == len(node.Values) {
						src = node.Values[i]
					}
				}
			}
		}
		return true
	})
	if n != 1 {
		return nil
	}
	return src
}

// mentions405 reports whether the statements use the constant 405.
func (c *checker) mentions405(stmts ...ast.Stmt) bool {
	found := false
	for _, s := range stmts {
		ast.Inspect(s, func(n ast.Node) bool {
			if e, ok := n.(ast.Expr); ok && !found {
				if tv := c.pass.TypesInfo.Types[e]; tv.Value != nil && tv.Value.Kind() == constant.Int {
					if v, ok := constant.Int64Val(tv.Value); ok && v == 405 {
						found = true
					}
				}
			}
			return !found
		})
	}
	return found
}

// errorStatus returns the first constant between 400 and 599 the
// statements use, or 0.
func (c *checker) errorStatus(stmts ...ast.Stmt) int {
	code := 0
	for _, s := range stmts {
		ast.Inspect(s, func(n ast.Node) bool {
			if _, lit := n.(*ast.FuncLit); lit || code != 0 {
				return false
			}
			if e, ok := n.(ast.Expr); ok {
				if tv := c.pass.TypesInfo.Types[e]; tv.Value != nil && tv.Value.Kind() == constant.Int {
					if v, ok := constant.Int64Val(tv.Value); ok && v >= 400 && v < 600 {
						code = int(v)
					}
					return false
				}
			}
			return true
		})
	}
	return code
}

// defaultClause returns the text of a default clause answering 405 for
// the function the switch is in: a net/http handler, or a function
// answering an aws-lambda-go or fn response and an error. It returns ""
// when the function is neither.
func (c *checker) defaultClause(fn ast.Node, stack []ast.Node, methods []string) string {
	var ftype *ast.FuncType
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		ftype = fn.Type
	case *ast.FuncLit:
		ftype = fn.Type
	}
	file, _ := stack[0].(*ast.File)
	httpName := importName(file, "net/http")
	allow := strconv.Quote(strings.Join(methods, ", "))
	if ftype.Results == nil {
		for _, field := range ftype.Params.List {
			if typeName(c.pass.TypesInfo.TypeOf(field.Type)) == "net/http.ResponseWriter" && len(field.Names) == 1 && httpName != "" {
				w := field.Names[0].Name
				return fmt.Sprintf("default:\n%s.Header().Set(\"Allow\", %s)\n%s.Error(%s, %s.StatusText(%s.StatusMethodNotAllowed), %s.StatusMethodNotAllowed)\nreturn\n",
					w, allow, httpName, w, httpName, httpName, httpName)
			}
		}
		return ""
	}
	res := ftype.Results.List
	if len(res) != 2 || len(res[0].Names) > 1 {
		return ""
	}
	t := c.pass.TypesInfo.TypeOf(res[0].Type)
	name := typeName(t)
	amp := ""
	if _, ptr := types.Unalias(t).(*types.Pointer); ptr {
		amp = "&"
	}
	code := "405"
	if httpName != "" {
		code = httpName + ".StatusMethodNotAllowed"
	}
	pkgName := func(path string) string { return importName(file, path) }
	switch {
	case strings.HasPrefix(name, eventsPath+".") && responseFields[name][0] == "StatusCode" && pkgName(eventsPath) != "":
		return fmt.Sprintf("default:\nreturn %s%s.%s{StatusCode: %s, Headers: map[string]string{\"Allow\": %s}}, nil\n",
			amp, pkgName(eventsPath), strings.TrimPrefix(name, eventsPath+"."), code, allow)
	case name == runtimePath+".Response" && amp == "&" && pkgName(runtimePath) != "" && httpName != "":
		return fmt.Sprintf("default:\nreturn &%s.Response{Status: %s, Header: %s.Header{\"Allow\": {%s}}}, nil\n",
			pkgName(runtimePath), code, httpName, allow)
	}
	return ""
}

// importName returns the name a file imports path under, or "".
func importName(file *ast.File, path string) string {
	if file == nil {
		return ""
	}
	for _, imp := range file.Imports {
		if p, _ := strconv.Unquote(imp.Path.Value); p == path {
			if imp.Name != nil {
				if imp.Name.Name == "_" || imp.Name.Name == "." {
					return ""
				}
				return imp.Name.Name
			}
			return path[strings.LastIndex(path, "/")+1:]
		}
	}
	return ""
}
