package retrybackoff

import (
	"bytes"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/fixsrc"
	"github.com/fnlint/fnlint/internal/typesx"
)

// checkSleep reports the time.Sleep of wait w when a context is at hand
// (a context.Context variable, or the *http.Request of a handler), with a
// fix that waits in a select on ctx.Done() when the function can return
// the context's error.
func (c *checker) checkSleep(w wait, sig *types.Signature) {
	ctx := c.contextAt(w.sleep)
	if ctx == "" {
		return
	}
	d := analysis.Diagnostic{
		Pos: w.sleep.Pos(), End: w.sleep.End(), Category: CategorySleep,
		Message: "time.Sleep between attempts ignores " + ctx + "; wait in a select on " + ctx + ".Done() instead",
	}
	if fix, ok := c.sleepFix(w, sig, ctx); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	c.pass.Report(d)
}

// contextAt returns the expression of a context usable at node: the name
// of a context.Context variable in scope, or r.Context() for the
// *http.Request r of an HTTP handler; "" when there is none.
func (c *checker) contextAt(node ast.Node) string {
	scope := c.pass.Pkg.Scope().Innermost(node.Pos())
	var req string
	for s := scope; s != nil && s != c.pass.Pkg.Scope(); s = s.Parent() {
		for _, name := range s.Names() {
			v, ok := s.Lookup(name).(*types.Var)
			if !ok || v.Pos() > node.Pos() || name == "_" {
				continue
			}
			if _, found := scope.LookupParent(name, node.Pos()); found != v {
				continue // shadowed
			}
			if typesx.IsNamed(v.Type(), "context", "Context") {
				return name
			}
			if p, ok := v.Type().(*types.Pointer); ok && typesx.IsNamed(p.Elem(), "net/http", "Request") && req == "" && servesHTTP(s) {
				req = name + ".Context()"
			}
		}
	}
	return req
}

// servesHTTP reports whether scope declares an http.ResponseWriter: it is
// the scope of a handler's parameters, whose request is the incoming one.
func servesHTTP(scope *types.Scope) bool {
	for _, name := range scope.Names() {
		if v, ok := scope.Lookup(name).(*types.Var); ok && typesx.IsNamed(v.Type(), "net/http", "ResponseWriter") {
			return true
		}
	}
	return false
}

// sleepFix replaces time.Sleep(d) by
//
//	select {
//	case <-ctx.Done():
//		return ..., ctx.Err()
//	case <-time.After(d):
//	}
//
// when the function returns nothing, or an error last and results whose
// zero values can be written.
func (c *checker) sleepFix(w wait, sig *types.Signature, ctx string) (analysis.SuggestedFix, bool) {
	ret, ok := c.returnCtxErr(w.sleep, sig, ctx)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	indent := fixsrc.Indent(c.pass, w.sleep)
	var b bytes.Buffer
	b.WriteString("select {\n")
	b.WriteString(indent + "case <-" + ctx + ".Done():\n")
	b.WriteString(indent + "\t" + ret + "\n")
	b.WriteString(indent + "case <-time.After(" + fixsrc.Source(c.pass, w.dur) + "):\n")
	b.WriteString(indent + "}")
	return analysis.SuggestedFix{
		Message:   "Wait in a select on " + ctx + ".Done()",
		TextEdits: []analysis.TextEdit{{Pos: w.sleep.Pos(), End: w.sleep.End(), NewText: b.Bytes()}},
	}, true
}

// returnCtxErr returns the statement that returns the context's error
// from a function of signature sig.
func (c *checker) returnCtxErr(at ast.Node, sig *types.Signature, ctx string) (string, bool) {
	res := sig.Results()
	if res.Len() == 0 {
		return "return", true
	}
	if !types.Identical(res.At(res.Len()-1).Type(), errorType) {
		return "", false
	}
	var vals []string
	for i := range res.Len() - 1 {
		z, ok := c.zero(res.At(i).Type(), at)
		if !ok {
			return "", false
		}
		vals = append(vals, z)
	}
	return "return " + strings.Join(append(vals, ctx+".Err()"), ", "), true
}

// zero returns the zero value of t as written in the file of at.
func (c *checker) zero(t types.Type, at ast.Node) (string, bool) {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Info()&types.IsBoolean != 0:
			return "false", true
		case u.Info()&types.IsString != 0:
			return `""`, true
		case u.Info()&types.IsNumeric != 0:
			return "0", true
		case u.Kind() == types.UnsafePointer:
			return "nil", true
		}
	case *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Signature, *types.Interface:
		return "nil", true
	case *types.Struct, *types.Array:
		if _, ok := types.Unalias(t).(*types.Named); !ok {
			return "", false
		}
		file := c.fileOf(at)
		ok := true
		name := types.TypeString(t, func(p *types.Package) string {
			if p == c.pass.Pkg {
				return ""
			}
			for _, imp := range file.Imports {
				if strings.Trim(imp.Path.Value, `"`) == p.Path() {
					if imp.Name != nil {
						return imp.Name.Name
					}
					return p.Name()
				}
			}
			ok = false
			return p.Name()
		})
		return name + "{}", ok
	}
	return "", false
}

// fileOf returns the file that holds node.
func (c *checker) fileOf(node ast.Node) *ast.File {
	for _, f := range c.pass.Files {
		if f.FileStart <= node.Pos() && node.Pos() < f.FileEnd {
			return f
		}
	}
	return nil
}
