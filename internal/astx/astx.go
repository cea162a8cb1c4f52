// Package astx answers questions about Go syntax that several checks
// ask: which call assigned the value an if statement tests.
package astx

import (
	"go/ast"
	"go/types"
)

// AssignedCall returns the call whose result the if statement ifs tests in
// v: in its init statement, or in the last of the statements before it
// that assigns v.
func AssignedCall(info *types.Info, v types.Object, ifs *ast.IfStmt, before []ast.Stmt) *ast.CallExpr {
	if ifs.Init != nil {
		if call := CallAssigning(info, v, ifs.Init); call != nil {
			return call
		}
	}
	for i := len(before) - 1; i >= 0; i-- {
		if call := CallAssigning(info, v, before[i]); call != nil {
			return call
		}
	}
	return nil
}

// CallAssigning returns the call that stmt assigns to v, if any.
func CallAssigning(info *types.Info, v types.Object, stmt ast.Stmt) *ast.CallExpr {
	as, ok := stmt.(*ast.AssignStmt)
	if !ok {
		return nil
	}
	for i, lhs := range as.Lhs {
		id, ok := lhs.(*ast.Ident)
		if !ok || (info.Defs[id] != v && info.Uses[id] != v) {
			continue
		}
		rhs := as.Rhs[0]
		if len(as.Rhs) == len(as.Lhs) {
			rhs = as.Rhs[i]
		}
		call, _ := ast.Unparen(rhs).(*ast.CallExpr)
		return call
	}
	return nil
}
