// Package fixsrc reads the source text that suggested fixes are built
// from: an expression as written, and the indentation of a line, so that
// a fix inserts code laid out as gofmt would, without a formatter pass
// (editors and golangci-lint apply the edits as they are).
package fixsrc

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// Indent returns the white space that starts the line of node.
func Indent(pass *analysis.Pass, node ast.Node) string {
	tf := pass.Fset.File(node.Pos())
	src, err := pass.ReadFile(tf.Name())
	if err != nil {
		return ""
	}
	start := tf.Offset(tf.LineStart(tf.Line(node.Pos())))
	end := start
	for end < len(src) && (src[end] == '\t' || src[end] == ' ') {
		end++
	}
	return string(src[start:end])
}

// Source returns the text of e as written, or as types.ExprString prints
// it when the file cannot be read.
func Source(pass *analysis.Pass, e ast.Expr) string {
	tf := pass.Fset.File(e.Pos())
	src, err := pass.ReadFile(tf.Name())
	if err != nil {
		return types.ExprString(e)
	}
	return string(src[tf.Offset(e.Pos()):tf.Offset(e.End())])
}
