package ctxdeadline

import (
	"bytes"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/fixsrc"
	"github.com/fnlint/fnlint/internal/typesx"
)

// enclosing returns the path from the file down to node, innermost first,
// or nil.
func (c *checker) enclosing(node ast.Node) []ast.Node {
	for _, f := range c.pass.Files {
		if f.FileStart <= node.Pos() && node.End() <= f.FileEnd {
			path, _ := astutil.PathEnclosingInterval(f, node.Pos(), node.End())
			return path
		}
	}
	return nil
}

// contextAt returns the expression of the handler's context usable at
// node: a context.Context parameter of the function of node or of a
// function it is nested in (a closure captures it), else r.Context() for
// the *http.Request parameter r of a function that also takes an
// http.ResponseWriter (a net/http handler); "" when there is none.
// Local variables are not candidates: one may hold a context the
// function derived from context.Background.
func (c *checker) contextAt(node ast.Node) string {
	scope := c.pass.Pkg.Scope().Innermost(node.Pos())
	if scope == nil {
		return ""
	}
	var req string
	for _, n := range c.enclosing(node) {
		var ft *ast.FuncType
		switch n := n.(type) {
		case *ast.FuncDecl:
			ft = n.Type
		case *ast.FuncLit:
			ft = n.Type
		default:
			continue
		}
		var reqName string
		writer := false
		for _, field := range ft.Params.List {
			for _, name := range field.Names {
				v, ok := c.pass.TypesInfo.Defs[name].(*types.Var)
				if !ok || name.Name == "_" {
					continue
				}
				if _, found := scope.LookupParent(name.Name, node.Pos()); found != v {
					continue // shadowed
				}
				switch {
				case isContext(v.Type()):
					return name.Name
				case isRequest(v.Type()):
					reqName = name.Name
				case typesx.IsNamed(v.Type(), "net/http", "ResponseWriter"):
					writer = true
				case req == "" && frameworkContext(v.Type()) != "":
					req = name.Name + frameworkContext(v.Type())
				}
			}
		}
		if req == "" && reqName != "" && writer {
			req = reqName + ".Context()"
		}
	}
	return req
}

// frameworkContext returns how the request context is read from the
// handler context t of a web framework: ".Request.Context()" for
// *gin.Context, ".Request().Context()" for echo.Context, ".UserContext()"
// for *fiber.Ctx; "" for other types.
func frameworkContext(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		switch {
		case typesx.IsNamed(p.Elem(), "github.com/gin-gonic/gin", "Context"):
			return ".Request.Context()"
		case typesx.IsNamed(p.Elem(), "github.com/gofiber/fiber/v2", "Ctx"):
			return ".UserContext()"
		}
	}
	if typesx.IsNamed(t, "github.com/labstack/echo/v4", "Context") {
		return ".Request().Context()"
	}
	return ""
}

// siblingFix returns the fix that calls the context form sib instead of
// obj, or nil when the call is not written obj(...) or x.obj(...).
func (c *checker) siblingFix(obj, sib *types.Func, expr *ast.CallExpr, extra int) func(string) analysis.SuggestedFix {
	if expr == nil {
		return nil
	}
	sel, ok := ast.Unparen(expr.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	used, ok := c.pass.TypesInfo.Uses[sel.Sel].(*types.Func)
	if !ok || used.Origin() != obj.Origin() {
		return nil
	}
	return func(ctx string) analysis.SuggestedFix {
		insert := ctx + ", "
		if len(expr.Args) == 0 {
			insert = ctx + strings.Repeat(", nil", extra)
		} else if c.line(expr.Args[0].Pos()) != c.line(expr.Lparen) {
			insert = ctx + ","
		}
		return analysis.SuggestedFix{
			Message: "Use " + sib.Name() + " with " + ctx,
			TextEdits: []analysis.TextEdit{
				{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte(sib.Name())},
				{Pos: expr.Lparen + 1, End: expr.Lparen + 1, NewText: []byte(insert)},
			},
		}
	}
}

// sleepFix returns the fix that replaces the statement time.Sleep(d) by
//
//	select {
//	case <-ctx.Done():
//		return ..., ctx.Err()
//	case <-time.After(d):
//	}
//
// when the function returns nothing, or an error last and results whose
// zero values are nil, 0, "" or false; nil otherwise.
func (c *checker) sleepFix(call ssa.CallInstruction, expr *ast.CallExpr) func(string) analysis.SuggestedFix {
	if expr == nil || len(expr.Args) != 1 {
		return nil
	}
	sel, ok := expr.Fun.(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	timePkg, ok := sel.X.(*ast.Ident)
	if !ok {
		return nil
	}
	path := c.enclosing(expr)
	if len(path) < 2 {
		return nil
	}
	if _, ok := path[1].(*ast.ExprStmt); !ok {
		return nil
	}
	zeros, ok := zeroResults(call.Parent().Signature)
	if !ok {
		return nil
	}
	return func(ctx string) analysis.SuggestedFix {
		ret := "return"
		if zeros != nil {
			ret += " " + strings.Join(append(zeros, ctx+".Err()"), ", ")
		}
		indent := fixsrc.Indent(c.pass, expr)
		var b bytes.Buffer
		b.WriteString("select {\n")
		b.WriteString(indent + "case <-" + ctx + ".Done():\n")
		b.WriteString(indent + "\t" + ret + "\n")
		b.WriteString(indent + "case <-" + timePkg.Name + ".After(" + fixsrc.Source(c.pass, expr.Args[0]) + "):\n")
		b.WriteString(indent + "}")
		return analysis.SuggestedFix{
			Message:   "Wait in a select on " + ctx + ".Done()",
			TextEdits: []analysis.TextEdit{{Pos: expr.Pos(), End: expr.End(), NewText: b.Bytes()}},
		}
	}
}

// zeroResults returns the zero values of the results of sig but the
// last, which must be an error, or nil when sig has no results; false
// when some zero value is not nil, 0, "" or false.
func zeroResults(sig *types.Signature) ([]string, bool) {
	res := sig.Results()
	if res.Len() == 0 {
		return nil, true
	}
	if !types.Identical(res.At(res.Len()-1).Type(), types.Universe.Lookup("error").Type()) {
		return nil, false
	}
	zeros := []string{}
	for i := range res.Len() - 1 {
		var z string
		switch u := res.At(i).Type().Underlying().(type) {
		case *types.Basic:
			switch {
			case u.Info()&types.IsBoolean != 0:
				z = "false"
			case u.Info()&types.IsString != 0:
				z = `""`
			case u.Info()&types.IsNumeric != 0:
				z = "0"
			}
		default:
			if nilable(u) {
				z = "nil"
			}
		}
		if z == "" {
			return nil, false
		}
		zeros = append(zeros, z)
	}
	return zeros, true
}

// line returns the line of pos.
func (c *checker) line(pos token.Pos) int { return c.pass.Fset.Position(pos).Line }
