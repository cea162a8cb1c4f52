package handlersize

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/fnlint/fnlint/passes/handlers"
)

// index maps the declarations of a package to their syntax.
type index struct {
	pass      *analysis.Pass
	decls     map[*types.Func]*ast.FuncDecl // functions and methods with a body
	generated map[*token.File]bool          // files with a "Code generated" header
}

func newIndex(pass *analysis.Pass) *index {
	idx := &index{
		pass:      pass,
		decls:     make(map[*types.Func]*ast.FuncDecl),
		generated: make(map[*token.File]bool),
	}
	for _, f := range pass.Files {
		if ast.IsGenerated(f) {
			idx.generated[pass.Fset.File(f.FileStart)] = true
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			if obj, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
				idx.decls[obj] = fd
			}
		}
	}
	return idx
}

// syntax returns the declaration or literal of a handler of this package,
// or nil for a handler declared in another package.
func (idx *index) syntax(h *handlers.Handler) ast.Node {
	if h.Fn != nil {
		switch n := h.Fn.Syntax().(type) {
		case *ast.FuncDecl:
			if n.Body != nil {
				return n
			}
		case *ast.FuncLit:
			return n
		}
	}
	if h.Func != nil {
		if fd := idx.decls[h.Func.Origin()]; fd != nil {
			return fd
		}
	}
	return nil
}

// isGenerated reports whether node is in a generated file.
func (idx *index) isGenerated(node ast.Node) bool {
	return idx.generated[idx.pass.Fset.File(node.Pos())]
}

// callAt returns the range of the call that starts or has its opening
// parenthesis at pos (SSA places calls and conversions there), or pos
// alone when there is none: registrations are shown as the whole call.
func (idx *index) callAt(pos token.Pos) rangeOf {
	for _, f := range idx.pass.Files {
		if f.FileStart > pos || pos >= f.FileEnd {
			continue
		}
		path, _ := astutil.PathEnclosingInterval(f, pos, pos)
		for _, n := range path {
			if call, ok := n.(*ast.CallExpr); ok && (call.Lparen == pos || call.Pos() == pos) {
				return rangeOf{pos: call.Pos(), end: call.End()}
			}
		}
	}
	return rangeOf{pos: pos}
}
