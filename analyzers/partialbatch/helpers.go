package partialbatch

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/fnlint/fnlint/internal/typesx"
)

// isNil reports whether e is the predeclared nil.
func isNil(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}

// isAppend reports whether call calls the append built-in.
func isAppend(info *types.Info, call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := info.Uses[id].(*types.Builtin)
	return ok && b.Name() == "append"
}

// errNotNil returns the variable v of a condition "v != nil" where v is an
// error.
func errNotNil(info *types.Info, cond ast.Expr) types.Object {
	bin, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || bin.Op != token.NEQ {
		return nil
	}
	x, y := ast.Unparen(bin.X), ast.Unparen(bin.Y)
	if isNil(info, x) {
		x, y = y, x
	}
	id, ok := x.(*ast.Ident)
	if !ok || !isNil(info, y) {
		return nil
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || !typesx.IsError(v.Type()) {
		return nil
	}
	return v
}

// recordData returns the variables of loop that hold its record or data
// taken from it: the key and value of the range, and the variables
// assigned from expressions that use them.
func recordData(info *types.Info, loop *ast.RangeStmt) map[types.Object]bool {
	set := make(map[types.Object]bool)
	for _, e := range []ast.Expr{loop.Key, loop.Value} {
		if id, ok := e.(*ast.Ident); ok && info.Defs[id] != nil {
			set[info.Defs[id]] = true
		}
	}
	for range 2 { // a second round for data assigned before it is used in source order
		ast.Inspect(loop.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if mentionsAny(info, n.Rhs, set) {
					addVars(info, n.Lhs, set)
				}
			case *ast.CallExpr: // json.Unmarshal(msg.Body, &v) fills v from the record
				if mentionsAny(info, n.Args, set) {
					for _, arg := range n.Args {
						if u, ok := ast.Unparen(arg).(*ast.UnaryExpr); ok && u.Op == token.AND {
							addVars(info, []ast.Expr{u.X}, set)
						}
					}
				}
			}
			return true
		})
	}
	return set
}

// addVars adds the variables named by exprs to set.
func addVars(info *types.Info, exprs []ast.Expr, set map[types.Object]bool) {
	for _, e := range exprs {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if obj := info.ObjectOf(id); obj != nil {
				set[obj] = true
			}
		}
	}
}

// mentionsAny reports whether one of exprs uses a variable of set.
func mentionsAny(info *types.Info, exprs []ast.Expr, set map[types.Object]bool) bool {
	for _, e := range exprs {
		if mentions(info, e, set) {
			return true
		}
	}
	return false
}

// mentions reports whether node uses a variable of set.
func mentions(info *types.Info, node ast.Node, set map[types.Object]bool) bool {
	found := false
	ast.Inspect(node, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && set[info.Uses[id]] {
			found = true
		}
		return !found
	})
	return found
}

// decoderPkgs are the packages whose errors say a record cannot be
// decoded: it fails the same way on every delivery.
var decoderPkgs = map[string]bool{
	"encoding/json":                       true,
	"encoding/xml":                        true,
	"encoding/base64":                     true,
	"encoding/hex":                        true,
	"encoding/csv":                        true,
	"encoding/gob":                        true,
	"strconv":                             true,
	"time":                                true, // Parse, ParseDuration, LoadLocation
	"net/mail":                            true,
	"net/url":                             true,
	"net/netip":                           true,
	"github.com/google/uuid":              true, // Parse, ParseBytes (OpenTix/platform)
	"github.com/aws/aws-lambda-go/events": true,
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue":        true,
	"github.com/aws/aws-sdk-go-v2/feature/dynamodbstreams/attributevalue": true,
	"google.golang.org/protobuf/proto":                                    true,
	"google.golang.org/protobuf/encoding/protojson":                       true,
}

// isDecoder reports whether call decodes or parses data.
func isDecoder(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	return ok && fn.Pkg() != nil && decoderPkgs[fn.Pkg().Path()]
}

// logPkgs are the logging packages: a call to one of their functions or
// methods only leaves a trace.
var logPkgs = map[string]bool{
	"fmt":                        true,
	"log":                        true,
	"log/slog":                   true,
	"go.uber.org/zap":            true,
	"github.com/sirupsen/logrus": true,
	"github.com/rs/zerolog":      true,
	"github.com/rs/zerolog/log":  true,
}

// isLogCall reports whether call logs, and only logs: a function or method
// of a logging package (fmt's printing functions included), or a chain of
// them (zerolog's log.Error().Err(err).Msg).
func isLogCall(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || !logPkgs[fn.Pkg().Path()] {
		return false
	}
	if fn.Pkg().Path() == "fmt" {
		switch fn.Name() {
		case "Print", "Printf", "Println", "Fprint", "Fprintf", "Fprintln":
			return true
		}
		return false
	}
	return true
}

// labelOf returns the label of stmt in body, or nil.
func labelOf(info *types.Info, body *ast.BlockStmt, stmt ast.Stmt) types.Object {
	var label types.Object
	ast.Inspect(body, func(n ast.Node) bool {
		if ls, ok := n.(*ast.LabeledStmt); ok && ls.Stmt == stmt {
			label = info.Defs[ls.Label]
		}
		return label == nil
	})
	return label
}
