package cache

import (
	"encoding/json"
	"errors"
	"fmt"
	"go/token"
	"slices"
)

// An Entry is what is stored for one package: its findings, in a form
// that does not depend on the output format or on a token.FileSet, and the
// line tables of the files they point into, from which a FileSet is
// rebuilt.
type Entry struct {
	// Package is the package ID the entry was stored for.
	Package string `json:"package"`
	// Files are the files that positions refer to.
	Files []File `json:"files,omitempty"`
	// Findings are the findings reported, then those suppressed by an
	// ignore directive.
	Findings []Finding `json:"findings,omitempty"`
}

// A File is a file as a token.File knows it: its size and the offsets of
// its lines.
type File struct {
	Name  string `json:"name"`
	Size  int    `json:"size"`
	Lines []int  `json:"lines"`
}

// A Pos is a byte offset in a file of the entry; the zero Pos is no
// position (token.NoPos).
type Pos struct {
	File   string `json:"file,omitempty"`
	Offset int    `json:"off,omitempty"`
}

// IsValid reports whether p is a position.
func (p Pos) IsValid() bool { return p.File != "" }

// A Finding is one diagnostic of one check.
type Finding struct {
	// Package is the ID of the package that the check analysed.
	Package  string    `json:"pkg"`
	Check    string    `json:"check"`
	Category string    `json:"category,omitempty"`
	Message  string    `json:"message"`
	URL      string    `json:"url,omitempty"`
	Pos      Pos       `json:"pos"`
	End      Pos       `json:"end,omitzero"`
	Related  []Related `json:"related,omitempty"`
	Fixes    []Fix     `json:"fixes,omitempty"`
	// Suppressed is the directive that suppressed the finding, or nil.
	Suppressed *Directive `json:"suppressed,omitempty"`
}

// A Related is a secondary position of a finding.
type Related struct {
	Pos     Pos    `json:"pos"`
	End     Pos    `json:"end,omitzero"`
	Message string `json:"message"`
}

// A Fix is a suggested fix.
type Fix struct {
	Message string `json:"message"`
	Edits   []Edit `json:"edits"`
}

// An Edit replaces [Pos, End) with New.
type Edit struct {
	Pos Pos    `json:"pos"`
	End Pos    `json:"end,omitzero"`
	New []byte `json:"new"`
}

// A Directive is an //fnlint:ignore directive.
type Directive struct {
	Pos    Pos      `json:"pos"`
	Checks []string `json:"checks"`
	Reason string   `json:"reason"`
}

// Marshal encodes e.
func (e *Entry) Marshal() ([]byte, error) {
	return json.Marshal(e)
}

// Unmarshal decodes an entry and checks that its positions lie within its
// files, so that positions can be rebuilt without panicking.
func Unmarshal(data []byte) (*Entry, error) {
	e := new(Entry)
	if err := json.Unmarshal(data, e); err != nil {
		return nil, fmt.Errorf("decode cache entry: %w", err)
	}
	if err := e.validate(); err != nil {
		return nil, fmt.Errorf("decode cache entry: %w", err)
	}
	return e, nil
}

func (e *Entry) validate() error {
	sizes := make(map[string]int)
	for _, f := range e.Files {
		if f.Name == "" || f.Size < 0 || len(f.Lines) == 0 || f.Lines[0] != 0 ||
			!slices.IsSorted(f.Lines) || f.Lines[len(f.Lines)-1] > f.Size {
			return fmt.Errorf("invalid file %q", f.Name)
		}
		sizes[f.Name] = f.Size
	}
	check := func(p Pos) error {
		if !p.IsValid() {
			return nil
		}
		if size, ok := sizes[p.File]; !ok || p.Offset < 0 || p.Offset > size {
			return fmt.Errorf("invalid position %s:#%d", p.File, p.Offset)
		}
		return nil
	}
	var errs []error
	for _, f := range e.Findings {
		if !f.Pos.IsValid() {
			errs = append(errs, errors.New("finding without a position"))
		}
		errs = append(errs, check(f.Pos), check(f.End))
		for _, r := range f.Related {
			errs = append(errs, check(r.Pos), check(r.End))
		}
		for _, fix := range f.Fixes {
			for _, ed := range fix.Edits {
				errs = append(errs, check(ed.Pos), check(ed.End))
			}
		}
		if f.Suppressed != nil {
			errs = append(errs, check(f.Suppressed.Pos))
		}
	}
	return errors.Join(errs...)
}

// A FileSet turns the positions of entries into token positions of one
// token.FileSet, adding each file once.
type FileSet struct {
	Fset  *token.FileSet
	files map[string]*token.File
}

// NewFileSet returns an empty FileSet.
func NewFileSet() *FileSet {
	return &FileSet{Fset: token.NewFileSet(), files: make(map[string]*token.File)}
}

// Add adds the files of e. A file already added with a different size or
// line table is an error: the entries were not stored for the same
// content.
func (fs *FileSet) Add(e *Entry) error {
	for _, f := range e.Files {
		if tf, ok := fs.files[f.Name]; ok {
			if tf.Size() != f.Size || !slices.Equal(tf.Lines(), f.Lines) {
				return fmt.Errorf("cache entries disagree on %s", f.Name)
			}
			continue
		}
		tf := fs.Fset.AddFile(f.Name, -1, f.Size)
		if !tf.SetLines(f.Lines) {
			return fmt.Errorf("invalid line table of %s", f.Name)
		}
		fs.files[f.Name] = tf
	}
	return nil
}

// Pos is the token position of p, in a file added before.
func (fs *FileSet) Pos(p Pos) token.Pos {
	if !p.IsValid() {
		return token.NoPos
	}
	return fs.files[p.File].Pos(p.Offset)
}

// A Recorder turns token positions of a token.FileSet into Pos values of
// an entry, and records the files they are in.
type Recorder struct {
	fset  *token.FileSet
	files map[string]bool
	entry *Entry
}

// NewRecorder returns a Recorder that adds files to e.
func NewRecorder(fset *token.FileSet, e *Entry) *Recorder {
	return &Recorder{fset: fset, files: make(map[string]bool), entry: e}
}

// ErrAdjusted is returned by Recorder.Pos for positions whose file has
// //line directives: an entry has no room for them.
var ErrAdjusted = errors.New("position adjusted by a //line directive")

// Pos returns the Pos of p, recording its file in the entry.
func (r *Recorder) Pos(p token.Pos) (Pos, error) {
	if !p.IsValid() {
		return Pos{}, nil
	}
	tf := r.fset.File(p)
	if tf == nil {
		return Pos{}, fmt.Errorf("position %d outside the file set", p)
	}
	if r.fset.PositionFor(p, true) != r.fset.PositionFor(p, false) {
		return Pos{}, ErrAdjusted
	}
	name := tf.Name()
	if !r.files[name] {
		r.files[name] = true
		r.entry.Files = append(r.entry.Files, File{Name: name, Size: tf.Size(), Lines: tf.Lines()})
	}
	return Pos{File: name, Offset: tf.Offset(p)}, nil
}
