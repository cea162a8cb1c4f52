package envsecret

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/fnlint/fnlint/internal/secret"
)

// reportConst reports a constant reaching the sink of s, and tells
// whether it did.
func (c *checker) reportConst(s site, leaves []leaf) bool {
	for _, l := range leaves {
		if l.kind != constLeaf {
			continue
		}
		msg, ok := c.constMessage(s, l)
		if !ok {
			continue
		}
		c.reported[s.pos] = true
		c.cover(s)
		c.pass.Report(analysis.Diagnostic{Pos: s.pos, Category: CategorySink, Message: msg + "; " + remedy})
		return true
	}
	return false
}

// constMessage returns the message for constant l reaching s, or false
// when the constant is not a credential there.
func (c *checker) constMessage(s site, l leaf) (string, bool) {
	switch s.sink.kind {
	case keySink:
		if l.partial || secret.IsPlaceholder(l.value) {
			return "", false
		}
		if s.keyfunc {
			return "hard-coded JWT verification key returned by the key function", true
		}
		return "hard-coded " + s.sink.what, true
	case dsnSink:
		if _, ok := secret.DSNPassword(l.value); ok {
			return "hard-coded password in the " + s.sink.what, true
		}
	case credSink:
		if !l.partial && !secret.IsPlaceholder(l.value) {
			return "hard-coded " + s.sink.what, true
		}
	case headerSink:
		if l.partial || !secret.IsSecretHeader(s.name) || isResponseHeader(s.recv) {
			return "", false
		}
		v := l.value
		if scheme, rest, ok := strings.Cut(v, " "); ok && isAuthScheme(scheme) {
			v = rest
		}
		if !secret.IsPlaceholder(v) {
			return "hard-coded " + s.name + " header on an outgoing request", true
		}
	case setenvSink:
		if !l.partial && secret.IsSecretName(s.name) && !secret.IsPlaceholder(l.value) {
			return "os.Setenv sets " + s.name + " to a hard-coded value", true
		}
	}
	return "", false
}

// isAuthScheme reports whether s is an HTTP authentication scheme.
func isAuthScheme(s string) bool {
	switch strings.ToLower(s) {
	case "bearer", "basic", "token", "digest", "apikey", "key":
		return true
	}
	return false
}

func (c *checker) reportUnchecked(s site, e *envRead) {
	c.reported[s.pos] = true
	from := "os.Getenv"
	if e.ok != nil {
		from = "os.LookupEnv"
	}
	if e.via != "" {
		from = e.via
	}
	if e.name != "" {
		from += "(" + strconv.Quote(e.name) + ")"
	}
	what := s.sink.what
	if s.keyfunc {
		what = "JWT verification key"
	}
	c.pass.Report(analysis.Diagnostic{
		Pos:      s.pos,
		Category: CategoryUnchecked,
		Message:  what + " from " + from + " is not checked to be set (an empty key verifies anything); fail when it is empty",
	})
}

// cover records the literal or the declared constant or variable that the
// sink argument at s names, so that the literal checks do not report it
// again.
func (c *checker) cover(s site) {
	if call, ok := s.at.(ssa.CallInstruction); ok && !s.keyfunc {
		if syn := c.calls[call.Common().Pos()]; syn != nil {
			for _, a := range syn.Args {
				if lit, _, ok := c.literal(a); ok {
					c.covered[lit.Pos()] = true
				}
			}
		}
	}
	e := c.exprAt(s)
	for e != nil {
		switch x := e.(type) {
		case *ast.ParenExpr:
			e = x.X
			continue
		case *ast.CallExpr:
			if len(x.Args) == 1 && c.pass.TypesInfo.Types[x.Fun].IsType() {
				e = x.Args[0]
				continue
			}
		case *ast.BasicLit:
			c.covered[x.Pos()] = true
		case *ast.Ident:
			if obj := c.pass.TypesInfo.Uses[x]; obj != nil {
				c.coveredObj[obj] = true
			}
		case *ast.SelectorExpr:
			if obj := c.pass.TypesInfo.Uses[x.Sel]; obj != nil {
				if _, ok := obj.(*types.Var); ok || isConst(obj) {
					c.coveredObj[obj] = true
				}
			}
		}
		return
	}
}

func isConst(obj types.Object) bool {
	_, ok := obj.(*types.Const)
	return ok
}

// exprAt returns the argument expression a site reports at, or nil.
func (c *checker) exprAt(s site) ast.Expr {
	var found ast.Expr
	for _, f := range c.pass.Files {
		if f.Pos() > s.pos || s.pos >= f.End() {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if found != nil || n == nil || n.Pos() > s.pos || n.End() <= s.pos {
				return found == nil
			}
			if e, ok := n.(ast.Expr); ok && e.Pos() == s.pos {
				found = e
				return false
			}
			return true
		})
	}
	return found
}
