package handlersize

import (
	"go/ast"
	"go/token"
)

// A metric is one of the measures of a handler.
type metric int

const (
	statements metric = iota
	complexity
	nesting
	lines
	numMetrics
)

// size holds a value per metric: a measure or a set of limits.
type size [numMetrics]int

// exceeds reports whether some metric of s is over its limit in limits,
// ignoring the limits of 0 or less.
func (s size) exceeds(limits size) bool {
	for m := range numMetrics {
		if limits[m] > 0 && s[m] > limits[m] {
			return true
		}
	}
	return false
}

// measure returns the size of a function body. The function literals in
// skip (handlers of their own) are left out, except for the lines holding
// their first and last token, which belong to the code around them.
func measure(fset *token.FileSet, body *ast.BlockStmt, skip map[*ast.FuncLit]bool) size {
	m := &measurer{
		file:  fset.File(body.Pos()),
		skip:  skip,
		lines: make(map[int]bool),
	}
	m.sz[complexity] = 1
	for _, s := range body.List {
		m.walk(s, 0, true)
	}
	m.sz[lines] = len(m.lines)
	return m.sz
}

// measurer holds the state of one measure.
type measurer struct {
	file  *token.File
	skip  map[*ast.FuncLit]bool
	sz    size
	lines map[int]bool // lines holding code
}

// walk measures the subtree at root, found at the given nesting depth.
// count tells whether root, a statement, counts as one: the init and post
// statements of if, for and switch and the communication of a select case
// do not.
func (m *measurer) walk(root ast.Node, depth int, count bool) {
	if root == nil {
		return
	}
	ast.Inspect(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case nil, *ast.CommentGroup:
			return false
		case *ast.FuncLit:
			if m.skip[n] {
				m.mark(n.Pos())
				m.mark(n.End() - 1)
				return false
			}
		case *ast.BasicLit:
			for l := m.line(n.Pos()); l <= m.line(n.End()-1); l++ {
				m.lines[l] = true // a raw string spanning lines
			}
		case *ast.BinaryExpr:
			if n.Op == token.LAND || n.Op == token.LOR {
				m.sz[complexity]++
			}
		case *ast.CaseClause:
			if n.List != nil {
				m.sz[complexity]++
			}
		case *ast.CommClause:
			m.mark(n.Pos())
			if n.Comm != nil {
				m.sz[complexity]++
				m.walk(n.Comm, depth, false)
			}
			for _, s := range n.Body {
				m.walk(s, depth, true)
			}
			return false
		case *ast.IfStmt, *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			m.control(n.(ast.Stmt), depth, n != root || count)
			return false
		}
		m.mark(n.Pos())
		m.mark(n.End() - 1)
		if s, ok := n.(ast.Stmt); ok && (n != root || count) && counted(s) {
			m.sz[statements]++
		}
		return true
	})
}

// control measures a control statement found at the given depth: it nests
// its blocks one level deeper.
func (m *measurer) control(s ast.Stmt, depth int, count bool) {
	level := depth + 1
	m.sz[nesting] = max(m.sz[nesting], level)
	if count {
		m.sz[statements]++
	}
	m.mark(s.Pos())
	m.mark(s.End() - 1)
	switch s := s.(type) {
	case *ast.IfStmt:
		m.sz[complexity]++
		m.walk(s.Init, level, false)
		m.walk(s.Cond, level, false)
		m.walk(s.Body, level, true)
		if elseIf, ok := s.Else.(*ast.IfStmt); ok {
			m.control(elseIf, depth, true) // else if stays at the level of its if
		} else {
			m.walk(s.Else, level, true)
		}
	case *ast.ForStmt:
		m.sz[complexity]++
		m.walk(s.Init, level, false)
		m.walk(s.Cond, level, false)
		m.walk(s.Post, level, false)
		m.walk(s.Body, level, true)
	case *ast.RangeStmt:
		m.sz[complexity]++
		m.walk(s.Key, level, false)
		m.walk(s.Value, level, false)
		m.walk(s.X, level, false)
		m.walk(s.Body, level, true)
	case *ast.SwitchStmt:
		m.walk(s.Init, level, false)
		m.walk(s.Tag, level, false)
		m.walk(s.Body, level, true)
	case *ast.TypeSwitchStmt:
		m.walk(s.Init, level, false)
		m.walk(s.Assign, level, false)
		m.walk(s.Body, level, true)
	case *ast.SelectStmt:
		m.walk(s.Body, level, true)
	}
}

// counted reports whether a statement counts toward the statements of a
// handler: blocks, case clauses and labels only group other statements.
func counted(s ast.Stmt) bool {
	switch s.(type) {
	case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause, *ast.LabeledStmt, *ast.EmptyStmt:
		return false
	}
	return true
}

// mark records the line of pos as holding code.
func (m *measurer) mark(pos token.Pos) {
	if pos.IsValid() {
		m.lines[m.line(pos)] = true
	}
}

func (m *measurer) line(pos token.Pos) int { return m.file.Line(pos) }
