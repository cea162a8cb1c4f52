package sqlscan

import (
	"sort"
	"strings"
)

// hole is a hole of the query: its offset in the joined constant text and
// the index of its fragment.
type hole struct{ off, frag int }

// scanner reads the tokens of the joined constant text of a query.
type scanner struct {
	d      Dialect
	src    string
	holes  []hole
	starts []int // offset of each fragment in src
	frags  []Fragment
	pos    int
	hi     int // next hole not yet emitted or spanned
}

func newScanner(d Dialect, frags []Fragment) *scanner {
	s := &scanner{d: d, frags: frags, starts: make([]int, len(frags))}
	var b strings.Builder
	for i, f := range frags {
		s.starts[i] = b.Len()
		if f.Hole {
			s.holes = append(s.holes, hole{b.Len(), i})
			continue
		}
		b.WriteString(f.Text)
	}
	s.src = b.String()
	return s
}

func (s *scanner) more() bool { return s.pos < len(s.src) || s.hi < len(s.holes) }

// holeAt reports whether a hole lies at offset i.
func (s *scanner) holeAt(i int) bool {
	k := sort.Search(len(s.holes), func(k int) bool { return s.holes[k].off >= i })
	return k < len(s.holes) && s.holes[k].off == i
}

// limit is the offset of the next hole, or the end of the text: tokens that
// cannot span a hole end there.
func (s *scanner) limit() int {
	if s.hi < len(s.holes) {
		return s.holes[s.hi].off
	}
	return len(s.src)
}

// frag returns the index of the constant fragment holding offset off.
func (s *scanner) frag(off int) int {
	k := 0
	for i, start := range s.starts {
		if start > off {
			break
		}
		if !s.frags[i].Hole && (off < start+len(s.frags[i].Text) || start == off) {
			k = i
		}
	}
	return k
}

func (s *scanner) next() Token {
	if s.hi < len(s.holes) && s.holes[s.hi].off == s.pos {
		h := s.holes[s.hi]
		s.hi++
		return Token{Kind: Hole, Pos: h.off, Frag: h.frag}
	}
	start, lim := s.pos, s.limit()
	kind, end, open := s.token(start, lim)
	if end <= start { // never stall
		end = start + 1
	}
	t := Token{Kind: kind, Text: s.src[start:end], Pos: start, Frag: s.frag(start), Open: open}
	for s.hi < len(s.holes) && (s.holes[s.hi].off < end || open && s.holes[s.hi].off == end) {
		s.hi++
		t.Spans = true
	}
	s.pos = end
	return t
}

const opChars = "+-*/<>=~!@#%^&|`?"

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func isIdentStart(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

func isIdentChar(c byte) bool { return isIdentStart(c) || isDigit(c) || c == '$' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// token scans the token at start; tokens that cannot span a hole end at
// lim. It returns its kind, end, and whether it is left open.
func (s *scanner) token(start, lim int) (Kind, int, bool) {
	src := s.src
	c := src[start]
	peek := func(i int) byte { // the byte at i if no hole comes before it
		if i < lim {
			return src[i]
		}
		return 0
	}
	switch {
	case isSpace(c):
		return Space, s.run(start, lim, isSpace), false
	case c == '-' && peek(start+1) == '-' && (s.d != MySQL || start+2 >= lim || isSpace(src[start+2])),
		c == '#' && s.d == MySQL:
		end := strings.IndexByte(src[start:], '\n')
		if end < 0 {
			return Comment, len(src), false
		}
		return Comment, start + end, false
	case c == '/' && peek(start+1) == '*':
		return s.blockComment(start)
	case c == '\'':
		end, open := s.quoted(start, start, '\'', s.d == MySQL)
		return String, end, open
	case c == '"':
		end, open := s.quoted(start, start, '"', s.d == MySQL)
		if s.d == MySQL {
			return String, end, open
		}
		return QuotedIdent, end, open
	case c == '`':
		end, open := s.quoted(start, start, '`', false)
		return QuotedIdent, end, open
	case c == '[' && s.d == SQLite:
		end := strings.IndexByte(src[start:], ']')
		if end < 0 {
			return QuotedIdent, len(src), true
		}
		return QuotedIdent, start + end + 1, false
	case isIdentStart(c):
		if peek(start+1) == '\'' && strings.IndexByte("EeNnXxBb", c) >= 0 {
			end, open := s.quoted(start, start+1, '\'', c == 'E' || c == 'e' || s.d == MySQL)
			return String, end, open
		}
		return Word, s.run(start, lim, isIdentChar), false
	case isDigit(c), c == '.' && isDigit(peek(start+1)):
		return Number, s.number(start, lim), false
	case c == '$':
		if isDigit(peek(start + 1)) {
			return Param, s.run(start+1, lim, isDigit), false
		}
		if s.d == Postgres {
			if end, open, ok := s.dollar(start, lim); ok {
				return String, end, open
			}
		}
		return Invalid, start + 1, false
	case c == '?' && !(s.d == Postgres && strings.IndexByte("|&-", peek(start+1)) >= 0):
		return Param, s.run(start+1, lim, isDigit), false
	case c == ':':
		switch n := peek(start + 1); {
		case n == ':', n == '=':
			return Op, start + 2, false
		case isIdentStart(n):
			return Param, s.run(start+1, lim, isIdentChar), false
		}
		return Punct, start + 1, false
	case c == '@' && isIdentStart(peek(start+1)):
		return Param, s.run(start+1, lim, isIdentChar), false
	case strings.IndexByte("()[],;.", c) >= 0:
		return Punct, start + 1, false
	case strings.IndexByte(opChars, c) >= 0 && !(c == '#' && s.d == MySQL):
		return Op, s.operator(start, lim), false
	}
	return Invalid, start + 1, false
}

// run returns the end of the run of bytes from i satisfying ok, at most lim.
func (s *scanner) run(i, lim int, ok func(byte) bool) int {
	for i < lim && ok(s.src[i]) {
		i++
	}
	return i
}

// number scans a numeric literal: 42, 3.14, .5, 1e-9, 0x1F, 1_000.
func (s *scanner) number(i, lim int) int {
	src := s.src
	if src[i] == '0' && i+1 < lim && (src[i+1] == 'x' || src[i+1] == 'X' || src[i+1] == 'b' || src[i+1] == 'B' || src[i+1] == 'o' || src[i+1] == 'O') {
		return s.run(i+2, lim, func(c byte) bool { return isDigit(c) || c == '_' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' })
	}
	digits := func(c byte) bool { return isDigit(c) || c == '_' }
	i = s.run(i, lim, digits)
	if i < lim && src[i] == '.' && !(i+1 < lim && src[i+1] == '.') {
		i = s.run(i+1, lim, digits)
	}
	if i < lim && (src[i] == 'e' || src[i] == 'E') {
		j := i + 1
		if j < lim && (src[j] == '+' || src[j] == '-') {
			j++
		}
		if j < lim && isDigit(src[j]) {
			i = s.run(j, lim, digits)
		}
	}
	return i
}

// operator scans an operator the way PostgreSQL does: the longest run of
// operator characters, stopping before a comment, and not ending in + or -
// unless it holds one of ~ ! @ # % ^ & | ` ?.
func (s *scanner) operator(start, lim int) int {
	src := s.src
	i := start
	for i < lim && strings.IndexByte(opChars, src[i]) >= 0 && !(src[i] == '#' && s.d == MySQL) {
		if i > start && i+1 < lim && (src[i] == '-' && src[i+1] == '-' || src[i] == '/' && src[i+1] == '*') {
			break
		}
		i++
	}
	if i-start > 1 && !strings.ContainsAny(src[start:i], "~!@#%^&|`?") {
		for i-start > 1 && (src[i-1] == '+' || src[i-1] == '-') {
			i--
		}
	}
	return i
}

// quoted scans a literal quoted by q whose opening quote is at open (after
// a prefix starting at start): a doubled quote stands for itself, and with
// backslash a backslash escapes the next byte. A doubled quote split by a
// hole is two quotes.
func (s *scanner) quoted(start, open int, q byte, backslash bool) (int, bool) {
	src := s.src
	for i := open + 1; i < len(src); i++ {
		switch src[i] {
		case '\\':
			if backslash {
				i++
			}
		case q:
			if i+1 < len(src) && src[i+1] == q && !s.holeAt(i+1) {
				i++
				continue
			}
			return i + 1, false
		}
	}
	return len(src), true
}

// blockComment scans a /* */ comment; comments nest in PostgreSQL.
func (s *scanner) blockComment(start int) (Kind, int, bool) {
	src := s.src
	depth := 0
	for i := start; i+1 < len(src); i++ {
		switch {
		case src[i] == '/' && src[i+1] == '*':
			if depth == 0 || s.d == Postgres {
				depth++
			}
			i++
		case src[i] == '*' && src[i+1] == '/':
			depth--
			i++
			if depth == 0 {
				return Comment, i + 1, false
			}
		}
	}
	return Comment, len(src), true
}

// dollar scans a dollar-quoted string, $$...$$ or $tag$...$tag$, if one
// starts at start.
func (s *scanner) dollar(start, lim int) (int, bool, bool) {
	src := s.src
	i := start + 1
	if i < lim && isIdentStart(src[i]) {
		i = s.run(i, lim, func(c byte) bool { return isIdentStart(c) || isDigit(c) })
	}
	if i >= lim || src[i] != '$' {
		return 0, false, false
	}
	tag := src[start : i+1]
	end := strings.Index(src[i+1:], tag)
	if end < 0 {
		return len(src), true, true
	}
	return i + 1 + end + len(tag), false, true
}
