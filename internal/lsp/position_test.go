package lsp

import (
	"go/token"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPosition(t *testing.T) {
	// "é" is 2 bytes and 1 UTF-16 unit, "😀" 4 bytes and 2 units, "\xff"
	// an invalid byte shown as one character.
	f := newSourceFile([]byte("ab\né😀x\n\xffy\nlast"))
	for _, tc := range []struct {
		offset int
		want   Position
	}{
		{0, Position{0, 0}},
		{2, Position{0, 2}}, // the newline
		{3, Position{1, 0}},
		{5, Position{1, 1}},  // after é
		{9, Position{1, 3}},  // after 😀
		{10, Position{1, 4}}, // after x
		{12, Position{2, 1}}, // after \xff
		{15, Position{3, 1}},
		{18, Position{3, 4}}, // the end
		{99, Position{3, 4}}, // clamped
		{-1, Position{0, 0}},
	} {
		assert.Equal(t, tc.want, f.position(tc.offset), "offset %d", tc.offset)
	}
	assert.Equal(t, 9, f.offset(2, 7), "line 2, byte column 7")
	assert.Equal(t, 10, f.offset(2, 99), "clamped to the end of the line")
	assert.Equal(t, 18, f.offset(9, 1), "past the last line")
	assert.Equal(t, 3, f.offset(2, 1))
}

func TestUTF16Len(t *testing.T) {
	assert.Equal(t, 0, utf16Len(nil))
	assert.Equal(t, 3, utf16Len([]byte("abc")))
	assert.Equal(t, 4, utf16Len([]byte("é😀x")))
}

func TestSpanAndErrorPosition(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "a.go")
	content := "package a\n\nvar s = \"😀\" + 1\n"
	require.NoError(t, os.WriteFile(name, []byte(content), 0o644))

	fset := token.NewFileSet()
	tf := fset.AddFile(name, -1, len(content))
	tf.SetLinesForContent([]byte(content))
	src := newSources()
	file, r := src.span(fset, tf.Pos(19), tf.Pos(25)) // "😀" + 1
	assert.Equal(t, name, file)
	assert.Equal(t, Range{Position{2, 8}, Position{2, 12}}, r)
	_, r = src.span(fset, tf.Pos(19), token.NoPos)
	assert.Equal(t, Range{Position{2, 8}, Position{2, 8}}, r)

	file, p, ok := src.errorPosition(name+":3:17", "/elsewhere")
	assert.True(t, ok)
	assert.Equal(t, name, file)
	assert.Equal(t, Position{2, 14}, p) // byte column 17 is after "😀"
	file, p, ok = src.errorPosition("a.go:3", dir)
	assert.True(t, ok)
	assert.Equal(t, name, file, "relative to dir")
	assert.Equal(t, Position{2, 0}, p)
	_, _, ok = src.errorPosition("-", dir)
	assert.False(t, ok)

	// A file that cannot be read keeps the go command's byte column.
	_, p, ok = src.errorPosition(filepath.Join(dir, "gone.go")+":4:7", dir)
	assert.True(t, ok)
	assert.Equal(t, Position{3, 6}, p)
}

func TestURIs(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("POSIX paths")
	}
	assert.Equal(t, "file:///a%20b/c.go", pathToURI("/a b/c.go"))
	for uri, want := range map[string]string{
		"file:///a%20b/c.go":  "/a b/c.go",
		"file:///a/b/../c.go": "/a/c.go",
		"file:///x/%C3%A9.go": "/x/é.go",
	} {
		got, ok := uriToPath(uri)
		assert.True(t, ok, uri)
		assert.Equal(t, want, got, uri)
	}
	for _, uri := range []string{"untitled:Untitled-1", "https://x/y.go", "file://", "%zz"} {
		_, ok := uriToPath(uri)
		assert.False(t, ok, uri)
	}
}
