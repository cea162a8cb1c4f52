package sqlscan

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// kinds renders the significant tokens of toks as "kind:text" for
// comparison.
func kinds(toks []Token) []string {
	var out []string
	for _, t := range Significant(toks) {
		out = append(out, t.Kind.String()+":"+t.Text)
	}
	return out
}

func TestScan(t *testing.T) {
	tests := []struct {
		name string
		d    Dialect
		src  string
		want []string
	}{
		{"words and params", Postgres, "SELECT a FROM t WHERE id = $1",
			[]string{"word:SELECT", "word:a", "word:FROM", "word:t", "word:WHERE", "word:id", "op:=", "param:$1"}},
		{"doubled quote", Postgres, "'it''s' x", []string{"string:'it''s'", "word:x"}},
		{"escape string", Postgres, `E'a\'b' x`, []string{`string:E'a\'b'`, "word:x"}},
		{"backslash is text in standard strings", Postgres, `'a\' x`, []string{`string:'a\'`, "word:x"}},
		{"dollar quoted", Postgres, "$$ a ' b $$ c", []string{"string:$$ a ' b $$", "word:c"}},
		{"tagged dollar quote", Postgres, "$fn$ $$ $fn$;", []string{"string:$fn$ $$ $fn$", "punct:;"}},
		{"nested comment", Postgres, "a /* x /* y */ z */ b", []string{"word:a", "word:b"}},
		{"line comment", Postgres, "a -- ON CONFLICT\nb", []string{"word:a", "word:b"}},
		{"quoted identifier", Postgres, `"On Conflict" x`, []string{`quoted identifier:"On Conflict"`, "word:x"}},
		{"cast is not a param", Postgres, "x::int", []string{"word:x", "op:::", "word:int"}},
		{"named params", Postgres, ":name @id ?", []string{"param::name", "param:@id", "param:?"}},
		{"jsonb operators", Postgres, "a ?| b @> c", []string{"word:a", "op:?|", "word:b", "op:@>", "word:c"}},
		{"minus not glued to =", Postgres, "n=n+-1", []string{"word:n", "op:=", "word:n", "op:+", "op:-", "number:1"}},
		{"numbers", Postgres, "1 3.5 .5 1e-9 0x1F 1_000", []string{"number:1", "number:3.5", "number:.5", "number:1e-9", "number:0x1F", "number:1_000"}},
		{"mysql strings and comments", MySQL, `"a\"b" # x` + "\n`t` -- y\nz", []string{`string:"a\"b"`, "quoted identifier:`t`", "word:z"}},
		{"mysql comments do not nest", MySQL, "a /* /* */ b", []string{"word:a", "word:b"}},
		{"mysql -- needs a space", MySQL, "a--1", []string{"word:a", "op:-", "op:-", "number:1"}},
		{"sqlite brackets", SQLite, "[my table] x", []string{"quoted identifier:[my table]", "word:x"}},
		{"unterminated string", Postgres, "x = 'abc", []string{"word:x", "op:=", "string:'abc"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Scan(tt.d, tt.src)
			assert.Equal(t, tt.want, kinds(toks))
			assert.Equal(t, tt.src, joined(toks))
		})
	}
}

func joined(toks []Token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.Text)
	}
	return b.String()
}

func TestScanFragments(t *testing.T) {
	// "INSERT INTO " + table + " (id) VALUES ('" + id + "')"
	toks := ScanFragments(Postgres, Const("INSERT INTO "), Unknown(), Const(" (id) VALUES ('"), Unknown(), Const("')"))
	assert.Equal(t, []string{"word:INSERT", "word:INTO", "hole:", "punct:(", "word:id", "punct:)", "word:VALUES", "punct:(", "string:''", "punct:)"}, kinds(toks))
	var str Token
	for _, tok := range toks {
		if tok.Kind == String {
			str = tok
		}
	}
	assert.True(t, str.Spans, "the string literal spans the hole")
	assert.Equal(t, 2, str.Frag)

	// 'a' + x + 'b': two strings, not one with a doubled quote.
	toks = ScanFragments(Postgres, Const("'a'"), Unknown(), Const("'b'"))
	assert.Equal(t, []string{"string:'a'", "hole:", "string:'b'"}, kinds(toks))

	// A word ends at a hole: "tbl_" + suffix.
	toks = ScanFragments(Postgres, Const("tbl_"), Unknown(), Const("x"))
	assert.Equal(t, []string{"word:tbl_", "hole:", "word:x"}, kinds(toks))

	// Holes at the ends and next to each other.
	toks = ScanFragments(Postgres, Unknown(), Unknown(), Const("a"), Unknown())
	assert.Equal(t, []string{"hole:", "hole:", "word:a", "hole:"}, kinds(toks))
	assert.Equal(t, 1, toks[1].Frag)
}

func TestLineCol(t *testing.T) {
	line, col := LineCol("ab\ncd", 4)
	assert.Equal(t, []int{2, 2}, []int{line, col})
}

func TestName(t *testing.T) {
	toks := Significant(Scan(Postgres, `Users "My ""T""" `+"`b``c`"))
	require.Len(t, toks, 3)
	assert.Equal(t, "users", toks[0].Name())
	assert.Equal(t, `My "T"`, toks[1].Name())
	assert.Equal(t, "b`c", toks[2].Name())
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"SELECT 1", "INSERT INTO t (a) VALUES ($1) ON CONFLICT (a) DO NOTHING",
		"E'\\''", "$a$ x $a$", "/* /* */", "-- x", "'unterminated", `"q""q"`, "x::int", "a?|b",
		"UPDATE t SET n = COALESCE(n, 0) + 1 WHERE id = ?", "[x", "`x", "1e", "0x", "$", "@", ":",
	} {
		f.Add(s, uint8(0), uint8(0))
	}
	f.Fuzz(func(t *testing.T, src string, d, cut uint8) {
		dialect := Dialect(d % 3)
		toks := Scan(dialect, src)
		if got := joined(toks); got != src {
			t.Fatalf("tokens cover %q, not %q", got, src)
		}
		pos := 0
		for _, tok := range toks {
			if tok.Pos != pos || tok.Text == "" {
				t.Fatalf("token %+v at %d", tok, pos)
			}
			pos += len(tok.Text)
		}
		// The same text with a hole cut in: never panics, covers the text.
		at := int(cut) % (len(src) + 1)
		toks = ScanFragments(dialect, Const(src[:at]), Unknown(), Const(src[at:]))
		holes := 0
		for _, tok := range toks {
			if tok.Kind == Hole || tok.Spans {
				holes++
			}
		}
		if joined(toks) != src || holes != 1 {
			t.Fatalf("with a hole at %d: %q, %d holes", at, joined(toks), holes)
		}
		for _, st := range Parse(dialect, Const(src[:at]), Unknown(), Const(src[at:])) {
			st.Kind()
			st.Insert()
			st.Increments()
			st.Guards("n")
		}
	})
}
