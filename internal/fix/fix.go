// Package fix applies suggested fixes to files: it merges the edits of many
// fixes, leaves out the fixes that conflict with one already taken, checks
// that the fixed Go files still parse, and writes every changed file or
// none.
package fix

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"go/format"
	"go/parser"
	"go/token"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/fnlint/fnlint/internal/diff"
)

// An Edit replaces the bytes [Start, End) of File with New.
type Edit struct {
	File       string
	Start, End int
	New        []byte
}

// A Fix is a set of edits applied as a whole or not at all.
type Fix struct {
	// Name identifies the fix in messages, for instance the position and
	// check of the finding it fixes.
	Name  string
	Edits []Edit
}

// A Conflict is a fix left out because an edit of it overlaps an edit of
// a fix taken before it.
type Conflict struct {
	Fix, With int // indexes of the fixes
}

// A Plan is the result of merging fixes: the new contents of the files
// they change.
type Plan struct {
	// Applied are the indexes of the fixes taken, in order.
	Applied []int
	// Conflicts are the fixes left out.
	Conflicts []Conflict
	// Files are the changed files, sorted by name.
	Files []File
}

// A File is one changed file.
type File struct {
	Name     string
	Old, New []byte
}

type placed struct {
	Edit
	fix int
}

// Merge takes the fixes in order, leaving out each fix with an edit that
// overlaps an edit taken before (identical edits do not conflict: the same
// fix reported twice is applied once), and computes the new contents of
// the files. read returns a file's current contents; sizes, when it has
// the file, is the size the file had when it was analysed, so that a file
// changed since is not edited at stale offsets. Go files that no longer
// parse once fixed make Merge fail; Go files that were gofmt-clean are
// formatted again.
func Merge(fixes []Fix, read func(string) ([]byte, error), sizes map[string]int) (*Plan, error) {
	p := new(Plan)
	taken := make(map[string][]placed) // by file
	for i, f := range fixes {
		if err := validate(f); err != nil {
			return nil, err
		}
		if j, ok := conflict(taken, f); ok {
			p.Conflicts = append(p.Conflicts, Conflict{Fix: i, With: j})
			continue
		}
		for _, e := range f.Edits {
			if !slices.ContainsFunc(taken[e.File], func(t placed) bool { return sameEdit(t.Edit, e) }) {
				taken[e.File] = append(taken[e.File], placed{e, i})
			}
		}
		p.Applied = append(p.Applied, i)
	}
	for _, name := range slices.Sorted(maps.Keys(taken)) {
		old, err := read(name)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		if size, ok := sizes[name]; ok && size != len(old) {
			return nil, fmt.Errorf("%s changed since it was analysed; run fnlint again", name)
		}
		edits := taken[name]
		slices.SortStableFunc(edits, func(a, b placed) int {
			return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
		})
		var out bytes.Buffer
		last := 0
		for _, e := range edits {
			if e.End > len(old) {
				return nil, fmt.Errorf("fix %s: edit %d-%d beyond the end of %s (%d bytes)", fixes[e.fix].Name, e.Start, e.End, name, len(old))
			}
			out.Write(old[last:e.Start])
			out.Write(e.New)
			last = e.End
		}
		out.Write(old[last:])
		fixed, err := finish(name, old, out.Bytes())
		if err != nil {
			return nil, err
		}
		if !bytes.Equal(old, fixed) {
			p.Files = append(p.Files, File{Name: name, Old: old, New: fixed})
		}
	}
	return p, nil
}

// validate checks that the edits of f are well formed and do not overlap
// one another.
func validate(f Fix) error {
	edits := slices.Clone(f.Edits)
	slices.SortFunc(edits, func(a, b Edit) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	for i, e := range edits {
		if e.Start < 0 || e.End < e.Start {
			return fmt.Errorf("fix %s: bad edit range %d-%d in %s", f.Name, e.Start, e.End, e.File)
		}
		if i > 0 && edits[i-1].File == e.File && overlap(edits[i-1], e) && !sameEdit(edits[i-1], e) {
			return fmt.Errorf("fix %s: its own edits overlap in %s", f.Name, e.File)
		}
	}
	return nil
}

// conflict returns the first taken fix that an edit of f overlaps.
func conflict(taken map[string][]placed, f Fix) (int, bool) {
	for _, e := range f.Edits {
		for _, t := range taken[e.File] {
			if overlap(t.Edit, e) && !sameEdit(t.Edit, e) {
				return t.fix, true
			}
		}
	}
	return 0, false
}

// overlap reports whether two edits of the same file touch the same
// bytes, or insert at the same offset (where their order is ambiguous).
func overlap(a, b Edit) bool {
	if a.Start == a.End && b.Start == b.End {
		return a.Start == b.Start
	}
	return a.Start < b.End && b.Start < a.End
}

func sameEdit(a, b Edit) bool {
	return a.File == b.File && a.Start == b.Start && a.End == b.End && bytes.Equal(a.New, b.New)
}

// finish checks that a fixed Go file parses and formats it when the
// original was formatted.
func finish(name string, old, fixed []byte) ([]byte, error) {
	if filepath.Ext(name) != ".go" {
		return fixed, nil
	}
	if _, err := parser.ParseFile(token.NewFileSet(), name, fixed, parser.ParseComments); err != nil {
		return nil, fmt.Errorf("fixes leave %s with invalid Go: %w", name, err)
	}
	if formatted, err := format.Source(old); err == nil && bytes.Equal(formatted, old) {
		if f, err := format.Source(fixed); err == nil {
			return f, nil
		}
	}
	return fixed, nil
}

// Diff returns the unified diffs of the changed files, labelled with the
// names that rel gives them (for instance relative to the working
// directory) under "a/" and "b/".
func (p *Plan) Diff(rel func(string) string) string {
	var sb strings.Builder
	for _, f := range p.Files {
		name := filepath.ToSlash(rel(f.Name))
		sb.WriteString(diff.Unified("a/"+name, "b/"+name, f.Old, f.New))
	}
	return sb.String()
}

// Write writes the changed files, all of them or none. It first checks
// that every file can be written (a file with no write permission is not
// replaced, even by a user who could), then writes each new content to a
// temporary file beside its file, and only once all of them are written,
// renames them over the originals. If a check or a temporary file fails,
// nothing is changed; if a rename fails, the files already renamed are
// given back their old contents. Errors are *WriteError values.
func (p *Plan) Write() error {
	type target struct {
		file      File
		dest, tmp string
	}
	targets := make([]target, len(p.Files))
	for i, f := range p.Files {
		dest, err := filepath.EvalSymlinks(f.Name)
		if err == nil {
			err = writable(dest)
		}
		if err != nil {
			return &WriteError{File: f.Name, Err: err}
		}
		targets[i] = target{file: f, dest: dest}
	}
	removeTemps := func(ts []target) {
		for _, t := range ts {
			if t.tmp != "" {
				os.Remove(t.tmp)
			}
		}
	}
	for i := range targets {
		tmp, err := writeTemp(targets[i].dest, targets[i].file.New)
		if err != nil {
			removeTemps(targets[:i])
			return &WriteError{File: targets[i].file.Name, Err: err}
		}
		targets[i].tmp = tmp
	}
	for i, t := range targets {
		if err := rename(t.tmp, t.dest); err != nil {
			removeTemps(targets[i:])
			werr := &WriteError{File: t.file.Name, Err: err, Partial: true}
			for _, done := range targets[:i] {
				if rerr := restore(done.dest, done.file.Old); rerr != nil {
					werr.Err = errors.Join(werr.Err, fmt.Errorf("restore %s: %w", done.file.Name, rerr))
					return werr
				}
			}
			werr.Partial = false
			return werr
		}
	}
	return nil
}

// A WriteError is a file that Write could not write.
type WriteError struct {
	// File is the file, as named in the plan.
	File string
	Err  error
	// Partial is true when some files were changed and could not be
	// given back their old contents.
	Partial bool
}

func (e *WriteError) Error() string {
	return e.Message(e.File)
}

// Message is the text of the error with the file named name, for instance
// a path relative to the working directory.
func (e *WriteError) Message(name string) string {
	outcome := "no file was changed"
	if e.Partial {
		outcome = "some files were changed"
	}
	if errors.Is(e.Err, errReadOnly) {
		return fmt.Sprintf("write fixes: %s is read-only; %s", name, outcome)
	}
	return fmt.Sprintf("write fixes: %s: %v; %s", name, e.Err, outcome)
}

func (e *WriteError) Unwrap() error { return e.Err }

// rename is os.Rename; tests make it fail.
var rename = os.Rename

// errReadOnly is the error of a file with no write permission.
var errReadOnly = errors.New("read-only")

// writable checks that name can be opened for writing and has write
// permission for someone: the superuser can open any file, but fnlint
// leaves alone the files that were made read-only.
func writable(name string) error {
	info, err := os.Stat(name)
	if err != nil {
		return err
	}
	if info.Mode().Perm()&0o222 == 0 {
		return errReadOnly
	}
	f, err := os.OpenFile(name, os.O_WRONLY, 0)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return errReadOnly
		}
		return err
	}
	return f.Close()
}

// restore gives dest its old contents back, through a temporary file.
func restore(dest string, old []byte) error {
	tmp, err := writeTemp(dest, old)
	if err != nil {
		return err
	}
	if err := rename(tmp, dest); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// writeTemp writes data to a new file in the directory of dest, with the
// permissions of dest, and returns its name.
func writeTemp(dest string, data []byte) (string, error) {
	info, err := os.Stat(dest)
	if err != nil {
		return "", err
	}
	f, err := os.CreateTemp(filepath.Dir(dest), "."+filepath.Base(dest)+".fnlint-*")
	if err != nil {
		return "", err
	}
	_, werr := f.Write(data)
	if werr == nil {
		werr = f.Chmod(info.Mode() & fs.ModePerm)
	}
	if werr == nil {
		werr = f.Sync()
	}
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		os.Remove(f.Name())
		return "", werr
	}
	return f.Name(), nil
}
