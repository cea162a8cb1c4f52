package fix

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const src = "package p\n\nfunc A() {}\n\nfunc B() {}\n"

// at returns the offset of the first s in src.
func at(s string) int { return strings.Index(src, s) }

func insert(file string, off int, text string) Edit {
	return Edit{File: file, Start: off, End: off, New: []byte(text)}
}

func reader(files map[string]string) func(string) ([]byte, error) {
	return func(name string) ([]byte, error) {
		if s, ok := files[name]; ok {
			return []byte(s), nil
		}
		return nil, fs.ErrNotExist
	}
}

func TestMerge(t *testing.T) {
	fixes := []Fix{
		{Name: "doc A", Edits: []Edit{insert("p.go", at("func A"), "// A does nothing.\n")}},
		{Name: "doc A again", Edits: []Edit{insert("p.go", at("func A"), "// A does nothing.\n")}}, // same edit: merged
		{Name: "other doc A", Edits: []Edit{insert("p.go", at("func A"), "// A!\n")}},              // same place, other text
		{Name: "rename B", Edits: []Edit{{File: "p.go", Start: at("B()"), End: at("B()") + 1, New: []byte("Bee")}}},
		{Name: "rename B and doc", Edits: []Edit{
			{File: "p.go", Start: at("func B"), End: at("func B") + len("func B"), New: []byte("func C")},
			insert("q.go", 0, "// q\n"),
		}},
		{Name: "q only", Edits: []Edit{insert("q.go", len("package q\n"), "\nvar X = 1\n")}},
	}
	p, err := Merge(fixes, reader(map[string]string{"p.go": src, "q.go": "package q\n"}), map[string]int{"p.go": len(src)})
	require.NoError(t, err)
	assert.Equal(t, []int{0, 1, 3, 5}, p.Applied)
	assert.Equal(t, []Conflict{{Fix: 2, With: 0}, {Fix: 4, With: 3}}, p.Conflicts)
	require.Len(t, p.Files, 2)
	assert.Equal(t, "p.go", p.Files[0].Name)
	assert.Equal(t, "package p\n\n// A does nothing.\nfunc A() {}\n\nfunc Bee() {}\n", string(p.Files[0].New))
	assert.Equal(t, src, string(p.Files[0].Old))
	assert.Equal(t, "package q\n\nvar X = 1\n", string(p.Files[1].New))
}

func TestMergeAdjacentEditsDoNotConflict(t *testing.T) {
	fixes := []Fix{
		{Name: "replace A", Edits: []Edit{{File: "p.go", Start: at("A"), End: at("A") + 1, New: []byte("Alpha")}}},
		{Name: "insert after A", Edits: []Edit{insert("p.go", at("A")+1, "2")}},
		{Name: "insert before A", Edits: []Edit{insert("p.go", at("A"), "My")}},
	}
	p, err := Merge(fixes, reader(map[string]string{"p.go": src}), nil)
	require.NoError(t, err)
	assert.Equal(t, []int{0, 1, 2}, p.Applied)
	assert.Contains(t, string(p.Files[0].New), "func MyAlpha2() {}")
}

func TestMergeFormatsFormattedFiles(t *testing.T) {
	fixes := []Fix{{Name: "add var", Edits: []Edit{insert("p.go", len(src), "var   x  =  1\n")}}}
	p, err := Merge(fixes, reader(map[string]string{"p.go": src}), nil)
	require.NoError(t, err)
	assert.True(t, strings.HasSuffix(string(p.Files[0].New), "\nvar x = 1\n"), string(p.Files[0].New))

	unformatted := "package p\nfunc  A() {}\n"
	fixes = []Fix{{Name: "add var", Edits: []Edit{insert("p.go", len(unformatted), "var   x  =  1\n")}}}
	p, err = Merge(fixes, reader(map[string]string{"p.go": unformatted}), nil)
	require.NoError(t, err)
	assert.Equal(t, unformatted+"var   x  =  1\n", string(p.Files[0].New), "a file that was not gofmt-clean is left as the fix wrote it")
}

func TestMergeErrors(t *testing.T) {
	files := reader(map[string]string{"p.go": src})
	for _, tt := range []struct {
		fix   Fix
		sizes map[string]int
		want  string
	}{
		{Fix{Name: "break", Edits: []Edit{{File: "p.go", Start: at("{}"), End: at("{}") + 1, New: nil}}}, nil, "fixes leave p.go with invalid Go"},
		{Fix{Name: "past end", Edits: []Edit{insert("p.go", len(src)+5, "x")}}, nil, "fix past end: edit"},
		{Fix{Name: "backwards", Edits: []Edit{{File: "p.go", Start: 5, End: 2}}}, nil, "fix backwards: bad edit range 5-2"},
		{Fix{Name: "self overlap", Edits: []Edit{{File: "p.go", Start: 0, End: 5, New: []byte("a")}, {File: "p.go", Start: 3, End: 7, New: []byte("b")}}}, nil, "fix self overlap: its own edits overlap"},
		{Fix{Name: "missing", Edits: []Edit{insert("nosuch.go", 0, "x")}}, nil, "read nosuch.go"},
		{Fix{Name: "stale", Edits: []Edit{insert("p.go", 0, "// x\n")}}, map[string]int{"p.go": len(src) - 1}, "p.go changed since it was analysed"},
	} {
		_, err := Merge([]Fix{tt.fix}, files, tt.sizes)
		assert.ErrorContains(t, err, tt.want, tt.fix.Name)
	}
}

func TestDiff(t *testing.T) {
	p := &Plan{Files: []File{{Name: "/repo/p.go", Old: []byte(src), New: []byte(strings.Replace(src, "func B", "func C", 1))}}}
	got := p.Diff(func(name string) string { return strings.TrimPrefix(name, "/repo/") })
	assert.Equal(t, "--- a/p.go\n+++ b/p.go\n@@ -2,4 +2,4 @@\n \n func A() {}\n \n-func B() {}\n+func C() {}\n", got)
}

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.go"), filepath.Join(dir, "b.go")
	require.NoError(t, os.WriteFile(a, []byte("old a"), 0o600))
	require.NoError(t, os.WriteFile(b, []byte("old b"), 0o644))
	link := filepath.Join(dir, "link.go")
	require.NoError(t, os.Symlink(b, link))

	p := &Plan{Files: []File{{Name: a, New: []byte("new a")}, {Name: link, New: []byte("new b")}}}
	require.NoError(t, p.Write())
	assertFile(t, a, "new a", 0o600)
	assertFile(t, b, "new b", 0o644)
	target, err := os.Readlink(link)
	require.NoError(t, err)
	assert.Equal(t, b, target, "the link still points at its target")
	assertOnly(t, dir, "a.go", "b.go", "link.go")
}

func TestWriteAllOrNothing(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes to read-only directories")
	}
	dir := t.TempDir()
	a := filepath.Join(dir, "a.go")
	require.NoError(t, os.WriteFile(a, []byte("old a"), 0o644))
	ro := filepath.Join(dir, "ro")
	require.NoError(t, os.Mkdir(ro, 0o755))
	b := filepath.Join(ro, "b.go")
	require.NoError(t, os.WriteFile(b, []byte("old b"), 0o644))
	require.NoError(t, os.Chmod(ro, 0o555))
	t.Cleanup(func() { os.Chmod(ro, 0o755) })

	p := &Plan{Files: []File{{Name: a, New: []byte("new a")}, {Name: b, New: []byte("new b")}}}
	assert.ErrorContains(t, p.Write(), "write fixes: ")
	assertFile(t, a, "old a", 0o644)
	assertFile(t, b, "old b", 0o644)
	assertOnly(t, dir, "a.go", "ro")
}

func TestWriteMissingFileChangesNothing(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.go")
	require.NoError(t, os.WriteFile(a, []byte("old a"), 0o644))
	p := &Plan{Files: []File{{Name: a, New: []byte("new a")}, {Name: filepath.Join(dir, "gone.go"), New: []byte("x")}}}
	assert.ErrorContains(t, p.Write(), "write fixes: ")
	assertFile(t, a, "old a", 0o644)
	assertOnly(t, dir, "a.go")
}

func assertFile(t *testing.T, name, content string, perm os.FileMode) {
	t.Helper()
	data, err := os.ReadFile(name)
	require.NoError(t, err)
	assert.Equal(t, content, string(data))
	info, err := os.Stat(name)
	require.NoError(t, err)
	assert.Equal(t, perm, info.Mode().Perm(), name)
}

// assertOnly checks that dir holds exactly names: no temporary file left.
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	assert.Equal(t, names, got)
}

func TestWriteReadOnlyFileChangesNothing(t *testing.T) {
	// The files are checked before any is written: a read-only file among
	// them stops the whole plan, even for the superuser, who could write
	// it.
	dir := t.TempDir()
	a, b, c := filepath.Join(dir, "a.go"), filepath.Join(dir, "b.go"), filepath.Join(dir, "c.go")
	require.NoError(t, os.WriteFile(a, []byte("old a"), 0o644))
	require.NoError(t, os.WriteFile(b, []byte("old b"), 0o444))
	require.NoError(t, os.WriteFile(c, []byte("old c"), 0o644))

	p := &Plan{Files: []File{{Name: a, New: []byte("new a")}, {Name: b, New: []byte("new b")}, {Name: c, New: []byte("new c")}}}
	err := p.Write()
	require.Error(t, err)
	assert.Equal(t, "write fixes: "+b+" is read-only; no file was changed", err.Error())
	werr, ok := errors.AsType[*WriteError](err)
	require.True(t, ok)
	assert.Equal(t, "write fixes: b.go is read-only; no file was changed", werr.Message("b.go"))
	assertFile(t, a, "old a", 0o644)
	assertFile(t, b, "old b", 0o444)
	assertFile(t, c, "old c", 0o644)
	assertOnly(t, dir, "a.go", "b.go", "c.go")
}

func TestWriteRestoresRenamedFilesWhenARenameFails(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.go"), filepath.Join(dir, "b.go")
	require.NoError(t, os.WriteFile(a, []byte("old a"), 0o644))
	require.NoError(t, os.WriteFile(b, []byte("old b"), 0o644))
	calls := 0
	rename = func(from, to string) error {
		calls++
		if calls == 2 { // b.go, after a.go was replaced
			return fs.ErrPermission
		}
		return os.Rename(from, to)
	}
	t.Cleanup(func() { rename = os.Rename })

	p := &Plan{Files: []File{{Name: a, Old: []byte("old a"), New: []byte("new a")}, {Name: b, Old: []byte("old b"), New: []byte("new b")}}}
	err := p.Write()
	require.Error(t, err)
	assert.Equal(t, "write fixes: "+b+": permission denied; no file was changed", err.Error())
	assert.Equal(t, 3, calls, "a.go renamed, b.go failed, a.go restored")
	assertFile(t, a, "old a", 0o644)
	assertFile(t, b, "old b", 0o644)
	assertOnly(t, dir, "a.go", "b.go")
}
