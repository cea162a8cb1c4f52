package lsp

import (
	"go/token"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A sourceFile is the content of a file as analysed, indexed by line, to
// turn byte offsets into LSP positions.
type sourceFile struct {
	content []byte
	lines   []int // offset of the start of each line
}

func newSourceFile(content []byte) *sourceFile {
	f := &sourceFile{content: content, lines: []int{0}}
	for i, b := range content {
		if b == '\n' {
			f.lines = append(f.lines, i+1)
		}
	}
	return f
}

// position returns the LSP position of the byte offset, clamped to the
// file: its line, and its column counted in UTF-16 code units as LSP
// requires (a character outside the Basic Multilingual Plane is two).
func (f *sourceFile) position(offset int) Position {
	offset = min(max(offset, 0), len(f.content))
	line := sort.Search(len(f.lines), func(i int) bool { return f.lines[i] > offset }) - 1
	return Position{Line: line, Character: utf16Len(f.content[f.lines[line]:offset])}
}

// offset returns the byte offset of a 1-based line and byte column, as
// the go command prints them, clamped to the line.
func (f *sourceFile) offset(line, col int) int {
	if line < 1 {
		return 0
	}
	if line > len(f.lines) {
		return len(f.content)
	}
	start := f.lines[line-1]
	end := len(f.content)
	if line < len(f.lines) {
		end = f.lines[line] - 1 // the newline
	}
	return min(start+max(col-1, 0), end)
}

// utf16Len is the number of UTF-16 code units of the UTF-8 text b. An
// invalid byte counts as one unit, as it is shown as U+FFFD.
func utf16Len(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		b = b[size:]
	}
	return n
}

// A sources reads the files that diagnostics point into, once each.
type sources struct {
	files map[string]*sourceFile // nil for a file that cannot be read
}

func newSources() *sources { return &sources{files: make(map[string]*sourceFile)} }

func (s *sources) get(name string) *sourceFile {
	f, ok := s.files[name]
	if !ok {
		if content, err := os.ReadFile(name); err == nil {
			f = newSourceFile(content)
		}
		s.files[name] = f
	}
	return f
}

// position returns the file and the LSP position of p, a position of fset.
// Positions are taken in the file as written, not as adjusted by //line
// directives: the editor shows that file. If the file cannot be read, the
// column is the byte column.
func (s *sources) position(fset *token.FileSet, p token.Pos) (string, Position) {
	posn := fset.PositionFor(p, false)
	if f := s.get(posn.Filename); f != nil {
		return posn.Filename, f.position(posn.Offset)
	}
	return posn.Filename, Position{Line: max(posn.Line-1, 0), Character: max(posn.Column-1, 0)}
}

// span returns the file and range of [pos, end) in fset; an invalid end
// means an empty range at pos.
func (s *sources) span(fset *token.FileSet, pos, end token.Pos) (string, Range) {
	file, start := s.position(fset, pos)
	r := Range{Start: start, End: start}
	if end.IsValid() && end >= pos {
		_, r.End = s.position(fset, end)
	}
	return file, r
}

// positionRE splits the position of a go/packages error, "file:line:col"
// or "file:line".
var positionRE = regexp.MustCompile(`^(.+?):(\d+)(?::(\d+))?$`)

// errorPosition returns the file and position of a go/packages error
// position, whose file may be relative to dir; ok is false when pos names
// no file.
func (s *sources) errorPosition(pos, dir string) (file string, p Position, ok bool) {
	m := positionRE.FindStringSubmatch(pos)
	if m == nil {
		return "", Position{}, false
	}
	line, _ := strconv.Atoi(m[2])
	col := 1
	if m[3] != "" {
		col, _ = strconv.Atoi(m[3])
	}
	file = m[1]
	if !filepath.IsAbs(file) {
		file = filepath.Join(dir, file)
	}
	file = filepath.Clean(file)
	if f := s.get(file); f != nil {
		return file, f.position(f.offset(line, col)), true
	}
	return file, Position{Line: max(line-1, 0), Character: max(col-1, 0)}, true
}

// uriToPath returns the file name of a file: URI, or ok false for any
// other URI.
func uriToPath(uri string) (string, bool) {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" {
		return "", false
	}
	p := u.Path
	if runtime.GOOS == "windows" {
		// file:///C:/dir/file.go has the path /C:/dir/file.go.
		p = strings.TrimPrefix(p, "/")
		if u.Host != "" { // file://server/share/file.go
			p = `\\` + u.Host + filepath.FromSlash("/"+p)
		}
	}
	if p == "" {
		return "", false
	}
	return filepath.Clean(filepath.FromSlash(p)), true
}

// pathToURI returns the file: URI of the absolute file name.
func pathToURI(name string) string {
	p := filepath.ToSlash(name)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive letter
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}
