package partialbatch

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/fnlint/fnlint/internal/astx"
	"github.com/fnlint/fnlint/internal/typesx"
)

// A loopCheck checks the body of one record loop of a function.
type loopCheck struct {
	pass    *analysis.Pass
	body    *ast.BlockStmt // of the function
	sig     *types.Signature
	loop    recordLoop
	derived map[types.Object]bool // variables holding the record or data from it
}

// checkLoop reports the returns from inside the record loop and the
// failed records it drops.
func checkLoop(pass *analysis.Pass, body *ast.BlockStmt, sig *types.Signature, loop recordLoop, handler bool) {
	c := &loopCheck{pass: pass, body: body, sig: sig, loop: loop}
	if !c.batchResults(handler) {
		return // a search or a transformation over records, not their processing
	}
	c.derived = recordData(pass.TypesInfo, loop.stmt)
	c.walk(loop.stmt.Body, true)
}

// batchResults reports whether the function answers for the batch: no
// results, an error, a batch response, or a batch response and an error;
// for a handler, any results ending with an error (Lambda fails the batch
// on the error whatever the response).
func (c *loopCheck) batchResults(handler bool) bool {
	res := c.sig.Results()
	if handler && res.Len() > 0 && typesx.IsError(res.At(res.Len()-1).Type()) {
		return true
	}
	switch res.Len() {
	case 0:
		return true
	case 1:
		t := res.At(0).Type()
		return typesx.IsError(t) || isBatchResponse(t)
	case 2:
		return isBatchResponse(res.At(0).Type()) && typesx.IsError(res.At(1).Type())
	}
	return false
}

// walk checks the statements of node. top is true while no loop nested in
// the record loop encloses node, so that an unlabeled continue goes to the
// next record.
func (c *loopCheck) walk(node ast.Node, top bool) {
	ast.Inspect(node, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.RangeStmt:
			if n != c.loop.stmt && recordSource(c.pass.TypesInfo.TypeOf(n.X)) != nil {
				return false // a record loop of its own
			}
			if top && n != c.loop.stmt {
				c.walk(n.Body, false)
				return false
			}
		case *ast.ForStmt:
			if top {
				c.walk(n.Body, false)
				return false
			}
		case *ast.ReturnStmt:
			c.checkReturn(n)
		case *ast.BlockStmt:
			if top {
				c.checkDrops(n)
			}
		}
		return true
	})
}

// checkReturn reports a return from inside the record loop.
func (c *loopCheck) checkReturn(ret *ast.ReturnStmt) {
	res := c.sig.Results()
	if res.Len() > 0 && len(ret.Results) == 0 {
		return // a bare return of named results: unknown values
	}
	if res.Len() > 0 && typesx.IsError(res.At(res.Len()-1).Type()) {
		errExpr := ret.Results[len(ret.Results)-1]
		if !isNil(c.pass.TypesInfo, errExpr) {
			if c.isContextErr(errExpr) {
				return // the deadline is near: the invocation fails anyway
			}
			c.pass.Report(analysis.Diagnostic{
				Pos:      ret.Pos(),
				End:      ret.End(),
				Category: CategoryWholeBatch,
				Message: "an error returned for one record makes Lambda redeliver the whole batch; " +
					"report the record in events." + c.loop.src.response + " BatchItemFailures",
			})
			return
		}
	}
	if c.failuresBefore(ret.Pos()) {
		return // the records left were reported as failures: the FIFO pattern
	}
	c.pass.Report(analysis.Diagnostic{
		Pos:      ret.Pos(),
		End:      ret.End(),
		Category: CategoryEarlyReturn,
		Message:  "returning from inside the record loop acknowledges the rest of the batch unprocessed; continue instead",
	})
}

// isContextErr reports whether e is ctx.Err() or context.Cause(ctx).
func (c *loopCheck) isContextErr(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "context" {
		return false
	}
	return fn.Name() == "Err" || fn.Name() == "Cause"
}

// failuresBefore reports whether the record loop appends item failures
// before pos.
func (c *loopCheck) failuresBefore(pos token.Pos) bool {
	found := false
	ast.Inspect(c.loop.stmt.Body, func(n ast.Node) bool {
		if found || n == nil || n.Pos() >= pos {
			return false
		}
		if call, ok := n.(*ast.CallExpr); ok && isAppend(c.pass.TypesInfo, call) &&
			len(call.Args) > 0 && isFailureSlice(c.pass.TypesInfo.TypeOf(call.Args[0])) {
			found = true
		}
		return true
	})
	return found
}

// checkDrops reports, in block, the ifs that log an error from a record
// and go on with the next record.
func (c *loopCheck) checkDrops(block *ast.BlockStmt) {
	for i, stmt := range block.List {
		if call := c.ignoredError(stmt); call != nil {
			c.pass.Report(analysis.Diagnostic{
				Pos:      call.Pos(),
				End:      call.End(),
				Category: CategoryDropped,
				Message: "the error of a call on the record is ignored: a failed record is acknowledged, never retried; " +
					"report it in events." + c.loop.src.response + " BatchItemFailures",
			})
			continue
		}
		ifs, ok := stmt.(*ast.IfStmt)
		if !ok || ifs.Else != nil {
			continue
		}
		errVar := errNotNil(c.pass.TypesInfo, ifs.Cond)
		if errVar == nil || !c.logsAndSkips(ifs.Body, block == c.loop.stmt.Body && i == len(block.List)-1) {
			continue
		}
		call := astx.AssignedCall(c.pass.TypesInfo, errVar, ifs, block.List[:i])
		if call == nil || !c.fromRecord(call) || isDecoder(c.pass.TypesInfo, call) {
			continue
		}
		c.pass.Report(analysis.Diagnostic{
			Pos:      ifs.Pos(),
			End:      ifs.Body.Lbrace + 1,
			Category: CategoryDropped,
			Message: "a failed record is logged and skipped, never retried; " +
				"report it in events." + c.loop.src.response + " BatchItemFailures",
		})
	}
}

// ignoredError returns the call of stmt whose error is thrown away, when
// stmt is such a call on the record (save(ctx, r), _ = save(ctx, r)) and
// the call is not one whose error callers rightly ignore: a log call, a
// decoder (see checkDrops), a Close, a write to a strings.Builder or
// bytes.Buffer, an fmt.Fprint.
func (c *loopCheck) ignoredError(stmt ast.Stmt) *ast.CallExpr {
	var call *ast.CallExpr
	switch s := stmt.(type) {
	case *ast.ExprStmt:
		call, _ = ast.Unparen(s.X).(*ast.CallExpr)
	case *ast.AssignStmt:
		if len(s.Rhs) != 1 {
			return nil
		}
		for _, l := range s.Lhs {
			if id, ok := l.(*ast.Ident); !ok || id.Name != "_" {
				return nil
			}
		}
		call, _ = ast.Unparen(s.Rhs[0]).(*ast.CallExpr)
	}
	if call == nil {
		return nil
	}
	info := c.pass.TypesInfo
	sig, ok := info.TypeOf(call.Fun).Underlying().(*types.Signature)
	if !ok || sig.Results().Len() == 0 || !typesx.IsError(sig.Results().At(sig.Results().Len()-1).Type()) {
		return nil
	}
	if isLogCall(info, call) || isDecoder(info, call) || !c.fromRecord(call) {
		return nil
	}
	if fn, ok := typeutil.Callee(info, call).(*types.Func); ok {
		if fn.Name() == "Close" && sig.Params().Len() == 0 {
			return nil
		}
		if fn.Pkg() != nil {
			switch fn.Pkg().Path() {
			case "fmt", "strings", "bytes", "bufio", "hash":
				return nil
			}
		}
	}
	return call
}

// logsAndSkips reports whether body only logs and then goes on with the
// next record: it ends with a continue of the record loop, or last is true
// (the if ends the loop body).
func (c *loopCheck) logsAndSkips(body *ast.BlockStmt, last bool) bool {
	list := body.List
	if n := len(list); n > 0 {
		if br, ok := list[n-1].(*ast.BranchStmt); ok && br.Tok == token.CONTINUE && c.continuesRecords(br) {
			list, last = list[:n-1], true
		}
	}
	if !last || len(list) == 0 {
		return false
	}
	for _, s := range list {
		es, ok := s.(*ast.ExprStmt)
		if !ok {
			return false
		}
		call, ok := ast.Unparen(es.X).(*ast.CallExpr)
		if !ok || !isLogCall(c.pass.TypesInfo, call) {
			return false
		}
	}
	return true
}

// continuesRecords reports whether br, a continue directly in the record
// loop, goes to its next record.
func (c *loopCheck) continuesRecords(br *ast.BranchStmt) bool {
	if br.Label == nil {
		return true
	}
	return c.pass.TypesInfo.Uses[br.Label] == labelOf(c.pass.TypesInfo, c.body, c.loop.stmt)
}

// fromRecord reports whether call uses the record or data taken from it.
func (c *loopCheck) fromRecord(call *ast.CallExpr) bool {
	return mentions(c.pass.TypesInfo, call, c.derived)
}
