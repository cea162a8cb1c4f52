package cache

import (
	"go/parser"
	"go/token"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const entrySrc = `package p

func F() {
	println("x")
}
`

// TestEntryRoundTrip records positions of a parsed file in an entry,
// encodes and decodes it, and rebuilds the positions on a new FileSet.
func TestEntryRoundTrip(t *testing.T) {
	fset := token.NewFileSet()
	fset.AddFile("/other.go", -1, 100) // positions need not start at 1
	f, err := parser.ParseFile(fset, "/src/p.go", entrySrc, 0)
	require.NoError(t, err)
	fn := f.Decls[0]
	call := fn.End() - 3

	e := &Entry{Package: "p"}
	rec := NewRecorder(fset, e)
	pos, err := rec.Pos(fn.Pos())
	require.NoError(t, err)
	end, err := rec.Pos(fn.End())
	require.NoError(t, err)
	rel, err := rec.Pos(call)
	require.NoError(t, err)
	none, err := rec.Pos(token.NoPos)
	require.NoError(t, err)
	assert.False(t, none.IsValid())
	e.Findings = []Finding{{
		Package: "p", Check: "c", Message: "m", Pos: pos, End: end,
		Related:    []Related{{Pos: rel, Message: "here"}},
		Fixes:      []Fix{{Message: "Fix", Edits: []Edit{{Pos: pos, End: end, New: []byte("\x00new")}}}},
		Suppressed: &Directive{Pos: rel, Checks: []string{"c"}, Reason: "why"},
	}}
	require.Len(t, e.Files, 1, "one file recorded once")

	data, err := e.Marshal()
	require.NoError(t, err)
	got, err := Unmarshal(data)
	require.NoError(t, err)
	assert.Equal(t, e, got)

	fs := NewFileSet()
	require.NoError(t, fs.Add(got))
	require.NoError(t, fs.Add(got), "the same files again")
	for _, c := range []struct {
		p    Pos
		want token.Pos
	}{{pos, fn.Pos()}, {end, fn.End()}, {rel, call}} {
		assert.Equal(t, fset.Position(c.want), fs.Fset.Position(fs.Pos(c.p)))
	}
	assert.Equal(t, token.NoPos, fs.Pos(Pos{}))
	assert.Equal(t, []byte("\x00new"), got.Findings[0].Fixes[0].Edits[0].New)
}

func TestLineDirectivesNotRecorded(t *testing.T) {
	fset := token.NewFileSet()
	src := "package p\n\n//line other.y:10\nfunc F() {}\n"
	f, err := parser.ParseFile(fset, "/src/p.go", src, parser.ParseComments)
	require.NoError(t, err)
	_, err = NewRecorder(fset, &Entry{}).Pos(f.Decls[0].Pos())
	assert.ErrorIs(t, err, ErrAdjusted)
}

func TestUnmarshalRejectsBadEntries(t *testing.T) {
	file := `"files":[{"name":"/p.go","size":10,"lines":[0,5]}]`
	for name, data := range map[string]string{
		"not JSON":            `{"package":`,
		"offset past the end": `{` + file + `,"findings":[{"check":"c","pos":{"file":"/p.go","off":11}}]}`,
		"negative offset":     `{` + file + `,"findings":[{"check":"c","pos":{"file":"/p.go","off":-1}}]}`,
		"unknown file":        `{` + file + `,"findings":[{"check":"c","pos":{"file":"/q.go","off":1}}]}`,
		"no position":         `{` + file + `,"findings":[{"check":"c"}]}`,
		"bad related":         `{` + file + `,"findings":[{"check":"c","pos":{"file":"/p.go"},"related":[{"pos":{"file":"/p.go","off":99}}]}]}`,
		"bad edit":            `{` + file + `,"findings":[{"check":"c","pos":{"file":"/p.go"},"fixes":[{"edits":[{"pos":{"file":"/x.go"}}]}]}]}`,
		"lines unsorted":      `{"files":[{"name":"/p.go","size":10,"lines":[0,5,3]}]}`,
		"line past the end":   `{"files":[{"name":"/p.go","size":10,"lines":[0,11]}]}`,
		"no lines":            `{"files":[{"name":"/p.go","size":10,"lines":[]}]}`,
	} {
		_, err := Unmarshal([]byte(data))
		assert.Error(t, err, name)
	}
	_, err := Unmarshal([]byte(`{` + file + `,"findings":[{"check":"c","pos":{"file":"/p.go","off":10}}]}`))
	assert.NoError(t, err, "the end of the file is a position")
}

func TestFileSetRejectsDisagreeingEntries(t *testing.T) {
	fs := NewFileSet()
	require.NoError(t, fs.Add(&Entry{Files: []File{{Name: "/p.go", Size: 10, Lines: []int{0, 5}}}}))
	assert.Error(t, fs.Add(&Entry{Files: []File{{Name: "/p.go", Size: 10, Lines: []int{0, 6}}}}))
	assert.Error(t, fs.Add(&Entry{Files: []File{{Name: "/q.go", Size: 3, Lines: []int{0, 5}}}}), "a line table SetLines rejects")
}
