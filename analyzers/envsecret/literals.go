package envsecret

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/secret"
)

// checkLiterals reports string literals assigned to secret-named
// constants, variables, fields and map keys, and literals in well-known
// credential formats, that no sink finding reported already.
func (c *checker) checkLiterals() {
	for _, f := range c.pass.Files {
		if c.skipFile(f.Pos()) || ast.IsGenerated(f) {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if i < len(n.Values) {
						c.named(c.pass.TypesInfo.Defs[name], name.Name, n.Values[i])
					}
				}
			case *ast.AssignStmt:
				if len(n.Lhs) != len(n.Rhs) {
					return true
				}
				for i, lhs := range n.Lhs {
					switch l := lhs.(type) {
					case *ast.Ident:
						obj := c.pass.TypesInfo.ObjectOf(l)
						c.named(obj, l.Name, n.Rhs[i])
					case *ast.SelectorExpr:
						c.named(c.pass.TypesInfo.ObjectOf(l.Sel), l.Sel.Name, n.Rhs[i])
					}
				}
			case *ast.KeyValueExpr:
				c.keyValue(n)
			case *ast.BasicLit:
				c.format(n)
			case *ast.Field:
				return false // struct tags are not values
			}
			return true
		})
	}
}

// keyValue checks a field or map key of a composite literal.
func (c *checker) keyValue(kv *ast.KeyValueExpr) {
	if id, ok := kv.Key.(*ast.Ident); ok {
		if v, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok && v.IsField() {
			c.named(v, id.Name, kv.Value)
			return
		}
	}
	if tv, ok := c.pass.TypesInfo.Types[kv.Key]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		c.named(nil, constant.StringVal(tv.Value), kv.Value)
	}
}

// named reports a string literal (or a []byte conversion of one) assigned
// to something whose name says it holds a credential.
func (c *checker) named(obj types.Object, name string, value ast.Expr) {
	if obj != nil && c.coveredObj[obj] {
		return
	}
	lit, s, ok := c.literal(value)
	if !ok || c.covered[lit.Pos()] || c.reported[lit.Pos()] || !secret.IsSecretName(name) || secret.IsPlaceholder(s) {
		return
	}
	if isName(s) || isLabel(s, name) {
		return // the value is a name too: a form field or header ("password", "x-api-key"), a kind of key (SigningKey = "signing")
	}
	if kind, ok := secret.KnownFormat(s); ok {
		c.reportFormat(lit, kind)
		return
	}
	c.reported[lit.Pos()] = true
	c.pass.Report(analysis.Diagnostic{
		Pos: lit.Pos(), End: lit.End(), Category: CategoryName,
		Message: "hard-coded secret in " + name + "; " + remedy,
	})
}

// literal returns the string literal an expression is, through
// parentheses and conversions ([]byte("...")).
func (c *checker) literal(e ast.Expr) (*ast.BasicLit, string, bool) {
	for {
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
			if x.Kind != token.STRING {
				return nil, "", false
			}
			tv := c.pass.TypesInfo.Types[x]
			if tv.Value == nil || tv.Value.Kind() != constant.String {
				return nil, "", false
			}
			return x, constant.StringVal(tv.Value), true
		}
		return nil, "", false
	}
}

// format reports a literal holding a credential in a well-known format.
func (c *checker) format(lit *ast.BasicLit) {
	if lit.Kind != token.STRING || c.covered[lit.Pos()] || c.reported[lit.Pos()] {
		return
	}
	tv := c.pass.TypesInfo.Types[lit]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return
	}
	if kind, ok := secret.KnownFormat(constant.StringVal(tv.Value)); ok {
		c.reportFormat(lit, kind)
	}
}

func (c *checker) reportFormat(lit *ast.BasicLit, kind string) {
	c.reported[lit.Pos()] = true
	c.pass.Report(analysis.Diagnostic{
		Pos: lit.Pos(), End: lit.End(), Category: CategoryFormat,
		Message: "string literal holds " + kind + "; " + remedy,
	})
}

// isName reports whether a value is the name of a secret rather than one:
// lower case, made of the words secret names are made of, and a secret
// name itself ("password", "x-api-key", "client_secret").
func isName(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	for _, w := range secret.Words(s) {
		if !nameWords[w] {
			return false
		}
	}
	return secret.IsSecretName(s)
}

// isLabel reports whether s is made of lower-case words of name, as the
// values of an enumeration are (SigningKey = "signing", TokenKindRefresh
// = "refresh"): a label, not a credential.
func isLabel(s, name string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	words := secret.Words(s)
	if len(words) == 0 {
		return false
	}
	of := secret.Words(name)
	for _, w := range words {
		if !slices.Contains(of, w) {
			return false
		}
	}
	return true
}

// nameWords are the words names of secrets are made of.
var nameWords = map[string]bool{
	"x": true, "api": true, "key": true, "password": true, "passwd": true, "pwd": true, "pass": true,
	"secret": true, "token": true, "client": true, "access": true, "refresh": true, "auth": true,
	"private": true, "session": true, "id": true, "user": true, "db": true, "apikey": true,
	"credential": true, "credentials": true, "passphrase": true,
}
