package sqlscan

import "strings"

// A Statement is one SQL statement: its significant tokens (no white space
// or comments), without the semicolon that ends it.
type Statement struct {
	Tokens []Token
}

// Parse scans a query given in fragments and splits it into statements.
func Parse(d Dialect, frags ...Fragment) []Statement {
	return Split(ScanFragments(d, frags...))
}

// Split returns the statements of toks, split at the semicolons outside
// parentheses; empty statements are dropped. White space and comments are
// dropped.
func Split(toks []Token) []Statement {
	var out []Statement
	var cur []Token
	depth := 0
	for _, t := range Significant(toks) {
		switch {
		case t.IsOp("("), t.IsOp("["):
			depth++
		case t.IsOp(")"), t.IsOp("]"):
			depth = max(depth-1, 0)
		case t.IsOp(";") && depth == 0:
			if len(cur) > 0 {
				out = append(out, Statement{Tokens: cur})
			}
			cur = nil
			continue
		}
		cur = append(cur, t)
	}
	if len(cur) > 0 {
		out = append(out, Statement{Tokens: cur})
	}
	return out
}

// StmtKind is the kind of a statement.
type StmtKind uint8

const (
	// UnknownStmt is a statement whose kind is not known: it starts with a
	// hole.
	UnknownStmt StmtKind = iota
	// Select is SELECT, VALUES and TABLE.
	Select
	// Insert is INSERT, whatever its conflict handling.
	Insert
	// Replace is MySQL and SQLite REPLACE INTO.
	Replace
	// Upsert is CockroachDB UPSERT INTO.
	Upsert
	// Update is UPDATE.
	Update
	// Delete is DELETE.
	Delete
	// Merge is MERGE.
	Merge
	// OtherStmt is any other statement (DDL, transaction control, ...).
	OtherStmt
)

var stmtNames = [...]string{"unknown", "SELECT", "INSERT", "REPLACE", "UPSERT", "UPDATE", "DELETE", "MERGE", "other"}

func (k StmtKind) String() string { return stmtNames[k] }

// HasHole reports whether a hole lies in the statement.
func (s Statement) HasHole() bool {
	for _, t := range s.Tokens {
		if t.Kind == Hole || t.Spans {
			return true
		}
	}
	return false
}

// Kind returns the kind of the statement, after its WITH clause if any.
func (s Statement) Kind() StmtKind {
	i := s.main()
	if i >= len(s.Tokens) || s.Tokens[i].Kind == Hole {
		return UnknownStmt
	}
	t := s.Tokens[i]
	for _, k := range []StmtKind{Select, Insert, Replace, Upsert, Update, Delete, Merge} {
		if t.Is(k.String()) {
			return k
		}
	}
	if t.Is("VALUES") || t.Is("TABLE") {
		return Select
	}
	return OtherStmt
}

// main returns the index of the token that starts the statement proper,
// after a leading WITH clause and opening parentheses.
func (s Statement) main() int {
	toks := s.Tokens
	i := 0
	for i < len(toks) && toks[i].IsOp("(") {
		i++
	}
	if i >= len(toks) || !toks[i].Is("WITH") {
		return i
	}
	// WITH [RECURSIVE] name [(cols)] AS [[NOT] MATERIALIZED] (query) [, ...]
	i++
	if i < len(toks) && toks[i].Is("RECURSIVE") {
		i++
	}
	for i < len(toks) {
		_, i = qualifiedName(toks, i)
		if i < len(toks) && toks[i].IsOp("(") {
			i = closing(toks, i) + 1
		}
		for i < len(toks) && (toks[i].Is("AS") || toks[i].Is("NOT") || toks[i].Is("MATERIALIZED")) {
			i++
		}
		if i >= len(toks) || !toks[i].IsOp("(") {
			return i
		}
		i = closing(toks, i) + 1
		if i >= len(toks) || !toks[i].IsOp(",") {
			return i
		}
		i++
	}
	return i
}

// next reports whether the token after i is one of the words or
// punctuation ws.
func next(toks []Token, i int, ws ...string) bool {
	if i+1 >= len(toks) {
		return false
	}
	for _, w := range ws {
		if toks[i+1].Is(w) || toks[i+1].IsOp(w) {
			return true
		}
	}
	return false
}

// closing returns the index of the parenthesis closing the one at i, or the
// last index when it is never closed.
func closing(toks []Token, i int) int {
	depth := 0
	for ; i < len(toks); i++ {
		switch {
		case toks[i].IsOp("("):
			depth++
		case toks[i].IsOp(")"):
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return len(toks) - 1
}

// topLevel calls f with the index of every token of toks[from:] outside
// parentheses; f returns false to stop.
func topLevel(toks []Token, from int, f func(i int) bool) {
	for i := from; i < len(toks); i++ {
		if toks[i].IsOp("(") {
			i = closing(toks, i)
			continue
		}
		if !f(i) {
			return
		}
	}
}

// words reports whether toks[i:] starts with the words ws.
func words(toks []Token, i int, ws ...string) bool {
	if i+len(ws) > len(toks) {
		return false
	}
	for k, w := range ws {
		if !toks[i+k].Is(w) {
			return false
		}
	}
	return true
}

// names returns the identifiers of a parenthesised list starting at i
// ("(a, b)"), each the last part of a qualified name, and the index of the
// closing parenthesis.
func names(toks []Token, i int) ([]string, int) {
	end := closing(toks, i)
	var out []string
	for k := i + 1; k < end; k++ {
		if n := toks[k].Name(); n != "" && (k+1 == end || toks[k+1].IsOp(",")) {
			out = append(out, n)
		}
	}
	return out, end
}

// qualifiedName reads a possibly qualified name (schema.table) at i and
// returns its last part and the index after it.
func qualifiedName(toks []Token, i int) (string, int) {
	name := ""
	for i < len(toks) {
		n := toks[i].Name()
		if n == "" {
			break
		}
		name = n
		i++
		if i+1 < len(toks) && toks[i].IsOp(".") {
			i++
			continue
		}
		break
	}
	return name, i
}

// equalFoldAny reports whether s is one of ws, case-insensitively.
func equalFoldAny(s string, ws ...string) bool {
	for _, w := range ws {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}
