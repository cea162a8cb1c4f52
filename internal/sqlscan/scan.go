// Package sqlscan tokenizes SQL text as PostgreSQL, MySQL and SQLite write
// it, and reads what checks need from the statements: their kind, their
// conflict handling, the columns they write and the counters they
// increment.
//
// The text of a query may be known only in part: a query built in code
// ("INSERT INTO " + table + " (id) VALUES ($1)") is given as a sequence of
// constant fragments and holes (Fragment), and the scanner reads the
// constant parts with a Hole token where the unknown parts go. A string
// literal or comment open when a hole comes goes on after it.
//
// The scanner never fails: text it cannot read becomes an Invalid token,
// and an unterminated string, quoted identifier or comment ends at the end
// of the text.
package sqlscan

import "strings"

// Dialect selects the lexical rules that differ between databases.
type Dialect uint8

const (
	// Postgres is PostgreSQL: nested block comments, dollar-quoted strings,
	// E'...' strings with backslash escapes, "..." identifiers. It is the
	// default and the reading used when the database is unknown.
	Postgres Dialect = iota
	// MySQL is MySQL and MariaDB: backslash escapes in strings, "..." and
	// '...' strings, `...` identifiers, # line comments, block comments do
	// not nest.
	MySQL
	// SQLite is SQLite: "..." and `...` and [...] identifiers, block
	// comments do not nest.
	SQLite
)

// Kind is the kind of a token.
type Kind uint8

const (
	// Invalid is a byte the scanner cannot read.
	Invalid Kind = iota
	// Space is a run of white space.
	Space
	// Comment is a -- or # line comment or a /* */ block comment.
	Comment
	// Word is an unquoted keyword or identifier.
	Word
	// QuotedIdent is a "double-quoted", `backtick` or [bracket] identifier.
	QuotedIdent
	// String is a string literal: '...', E'...', $tag$...$tag$, and "..."
	// in MySQL; a prefix (E, N, X, B) is part of the token.
	String
	// Number is a numeric literal.
	Number
	// Param is a placeholder: $1, ?, ?1, :name, @name.
	Param
	// Op is an operator: =, <>, ||, ::, ->>, +, and so on.
	Op
	// Punct is one of ( ) [ ] , ; .
	Punct
	// Hole stands for an unknown, non-constant part of the query.
	Hole
)

var kindNames = [...]string{"invalid", "space", "comment", "word", "quoted identifier", "string", "number", "param", "op", "punct", "hole"}

func (k Kind) String() string { return kindNames[k] }

// A Token is one token of a query.
type Token struct {
	Kind Kind
	// Text is the token as written, quotes included; empty for a Hole.
	// For a token that spans a hole, Text is its constant parts joined.
	Text string
	// Pos is the byte offset of the token in the constant text of the
	// query, its fragments joined.
	Pos int
	// Frag is the index of the fragment the token starts in.
	Frag int
	// Spans reports whether a hole lies inside the token (a string literal
	// or comment open when the hole comes).
	Spans bool
	// Open reports whether the token is a string, quoted identifier or
	// comment that is never closed.
	Open bool
}

// Is reports whether t is the unquoted word w, case-insensitively.
func (t Token) Is(w string) bool { return t.Kind == Word && strings.EqualFold(t.Text, w) }

// IsOp reports whether t is the operator or punctuation s.
func (t Token) IsOp(s string) bool { return (t.Kind == Op || t.Kind == Punct) && t.Text == s }

// Name returns the identifier t names: a word as written (folded to lower
// case, as PostgreSQL does), a quoted identifier unquoted. It returns ""
// for other tokens.
func (t Token) Name() string {
	switch t.Kind {
	case Word:
		return strings.ToLower(t.Text)
	case QuotedIdent:
		if len(t.Text) < 2 || t.Open {
			return strings.TrimLeft(t.Text, "\"`[")
		}
		q := t.Text[0]
		body := t.Text[1 : len(t.Text)-1]
		if q == '[' {
			return body
		}
		return strings.ReplaceAll(body, string([]byte{q, q}), string(q))
	}
	return ""
}

// A Fragment is a part of a query: constant text, or a hole for a part
// whose text is unknown.
type Fragment struct {
	Text string
	Hole bool
}

// Const returns a constant fragment.
func Const(s string) Fragment { return Fragment{Text: s} }

// Unknown returns a hole.
func Unknown() Fragment { return Fragment{Hole: true} }

// Scan returns every token of src, white space and comments included: the
// Text of the tokens joined is src.
func Scan(d Dialect, src string) []Token {
	return ScanFragments(d, Const(src))
}

// ScanFragments returns every token of a query given in fragments, white
// space and comments included, with a Hole token for each hole that falls
// between tokens.
func ScanFragments(d Dialect, frags ...Fragment) []Token {
	s := newScanner(d, frags)
	var toks []Token
	for s.more() {
		toks = append(toks, s.next())
	}
	return toks
}

// Significant returns the tokens of toks that are neither white space nor
// comments.
func Significant(toks []Token) []Token {
	out := make([]Token, 0, len(toks))
	for _, t := range toks {
		if t.Kind != Space && t.Kind != Comment {
			out = append(out, t)
		}
	}
	return out
}

// LineCol returns the 1-based line and column (in bytes) of the byte
// offset off in src.
func LineCol(src string, off int) (line, col int) {
	off = min(max(off, 0), len(src))
	line = 1 + strings.Count(src[:off], "\n")
	return line, off - strings.LastIndexByte(src[:off], '\n')
}
