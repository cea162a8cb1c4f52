package sarif

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Input is what a log is built from.
type Input struct {
	// Name, Version and InformationURI describe the tool.
	Name, Version, InformationURI string
	// Rules are the checks, in order.
	Rules []Rule
	// Root is the absolute directory that artifact URIs are relative to,
	// the root of the repository; files outside it get absolute URIs.
	Root string
	// WorkingDir and Args describe the invocation.
	WorkingDir string
	Args       []string
	// Successful is false when packages failed to load or analyzers
	// failed.
	Successful bool
	// Errors become the invocation's notifications.
	Errors []Error
	// Findings become the results, in order.
	Findings []Finding
	// ReadFile returns the contents of a file of a finding, to convert its
	// columns and compute its fingerprint.
	ReadFile func(string) ([]byte, error)
}

// A Rule is one check.
type Rule struct {
	ID string
	// Summary is the first line of the doc, Doc the whole doc.
	Summary, Doc string
	HelpURI      string
	// Enabled tells whether the check runs by default.
	Enabled bool
}

// A Span is a range in a file, columns in bytes from 1 as go/token counts
// them. EndLine 0 means the span is a point.
type Span struct {
	File                          string
	Line, Col, EndLine, EndColumn int
}

// An Error is an error of the run, at a position when known.
type Error struct {
	Message string
	Span    *Span
}

// A Finding is one diagnostic.
type Finding struct {
	RuleID string
	// Category is the kind of finding within the check; it keeps the
	// fingerprints of two findings at one place apart.
	Category string
	Message  string
	Span     Span
	Related  []Related
	Fixes    []FixInput
	// Suppressed findings carry the reason of the directive that
	// suppressed them.
	Suppressed    bool
	Justification string
}

// Related is a secondary location of a finding.
type Related struct {
	Span    Span
	Message string
}

// FixInput is a suggested fix: edits at byte offsets.
type FixInput struct {
	Message string
	Edits   []EditInput
}

// EditInput replaces the bytes [Start, End) of File with New.
type EditInput struct {
	File       string
	Start, End int
	New        string
}

// Build returns the log of in.
func Build(in Input) *Log {
	b := &builder{in: in, files: make(map[string][]byte), seen: make(map[string]int)}
	run := Run{
		Tool: Tool{Driver: ToolComponent{
			Name:            in.Name,
			Version:         in.Version,
			SemanticVersion: semver(in.Version),
			InformationURI:  in.InformationURI,
			Rules:           []ReportingDescriptor{},
		}},
		Invocations: []Invocation{b.invocation()},
		Results:     []Result{},
		ColumnKind:  "utf16CodeUnits",
	}
	if in.Root != "" {
		run.OriginalURIBaseIDs = map[string]ArtifactLocation{SrcRoot: {URI: fileURI(in.Root) + "/"}}
	}
	ruleIndex := make(map[string]int)
	for i, r := range in.Rules {
		ruleIndex[r.ID] = i
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, ReportingDescriptor{
			ID:                   r.ID,
			Name:                 r.ID,
			ShortDescription:     &MultiformatMessageString{Text: r.Summary},
			FullDescription:      &MultiformatMessageString{Text: r.Doc},
			Help:                 &MultiformatMessageString{Text: r.Doc},
			HelpURI:              r.HelpURI,
			DefaultConfiguration: &ReportingConfiguration{Enabled: r.Enabled, Level: "warning"},
		})
	}
	for _, f := range in.Findings {
		run.Results = append(run.Results, b.result(f, ruleIndex[f.RuleID]))
	}
	return &Log{Schema: SchemaURI, Version: Version, Runs: []Run{run}}
}

type builder struct {
	in    Input
	files map[string][]byte
	seen  map[string]int // fingerprint base → occurrences so far
}

func (b *builder) invocation() Invocation {
	inv := Invocation{ExecutionSuccessful: b.in.Successful, Arguments: b.in.Args}
	if b.in.WorkingDir != "" {
		inv.WorkingDirectory = &ArtifactLocation{URI: fileURI(b.in.WorkingDir) + "/"}
	}
	for _, e := range b.in.Errors {
		n := Notification{Level: "error", Message: Message{Text: e.Message}}
		if e.Span != nil {
			n.Locations = []Location{{PhysicalLocation: b.physical(*e.Span)}}
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	return inv
}

func (b *builder) result(f Finding, ruleIndex int) Result {
	r := Result{
		RuleID:    f.RuleID,
		RuleIndex: ruleIndex,
		Level:     "warning",
		Message:   Message{Text: f.Message},
		Locations: []Location{{PhysicalLocation: b.physical(f.Span)}},
		PartialFingerprints: map[string]string{
			FingerprintKey: b.fingerprint(f),
		},
	}
	for i, rel := range f.Related {
		r.RelatedLocations = append(r.RelatedLocations, Location{
			ID:               i + 1,
			PhysicalLocation: b.physical(rel.Span),
			Message:          &Message{Text: rel.Message},
		})
	}
	for _, fix := range f.Fixes {
		r.Fixes = append(r.Fixes, b.fix(fix))
	}
	if f.Suppressed {
		r.Suppressions = []Suppression{{Kind: "inSource", Justification: f.Justification}}
	}
	return r
}

func (b *builder) physical(s Span) *PhysicalLocation {
	pl := &PhysicalLocation{ArtifactLocation: b.artifact(s.File)}
	if s.Line > 0 {
		region := &Region{StartLine: s.Line, StartColumn: b.column(s.File, s.Line, s.Col)}
		if s.EndLine > 0 {
			region.EndLine = s.EndLine
			region.EndColumn = b.column(s.File, s.EndLine, s.EndColumn)
		}
		pl.Region = region
	}
	return pl
}

func (b *builder) fix(fix FixInput) Fix {
	out := Fix{Description: &Message{Text: fix.Message}}
	byFile := make(map[string]int)
	for _, e := range fix.Edits {
		i, ok := byFile[e.File]
		if !ok {
			i = len(out.ArtifactChanges)
			byFile[e.File] = i
			out.ArtifactChanges = append(out.ArtifactChanges, ArtifactChange{ArtifactLocation: b.artifact(e.File)})
		}
		sl, sc := b.lineCol(e.File, e.Start)
		el, ec := b.lineCol(e.File, e.End)
		out.ArtifactChanges[i].Replacements = append(out.ArtifactChanges[i].Replacements, Replacement{
			DeletedRegion:   Region{StartLine: sl, StartColumn: sc, EndLine: el, EndColumn: ec},
			InsertedContent: &ArtifactContent{Text: e.New},
		})
	}
	return out
}

// artifact returns the location of file, relative to the root when it is
// under it.
func (b *builder) artifact(file string) ArtifactLocation {
	if b.in.Root != "" {
		if rel, err := filepath.Rel(b.in.Root, file); err == nil && filepath.IsLocal(rel) {
			return ArtifactLocation{URI: (&url.URL{Path: filepath.ToSlash(rel)}).String(), URIBaseID: SrcRoot}
		}
	}
	return ArtifactLocation{URI: fileURI(file)}
}

func (b *builder) content(file string) []byte {
	data, ok := b.files[file]
	if !ok && b.in.ReadFile != nil {
		data, _ = b.in.ReadFile(file) // no contents: columns stay bytes
		b.files[file] = data
	}
	return data
}

// line returns the text of line n (from 1) of file, without its newline.
func (b *builder) line(file string, n int) ([]byte, bool) {
	data := b.content(file)
	for i := 1; i < n; i++ {
		nl := bytes.IndexByte(data, '\n')
		if nl < 0 {
			return nil, false
		}
		data = data[nl+1:]
	}
	if nl := bytes.IndexByte(data, '\n'); nl >= 0 {
		data = data[:nl]
	}
	return data, n > 0
}

// column converts a byte column of a line into UTF-16 code units.
func (b *builder) column(file string, line, col int) int {
	text, ok := b.line(file, line)
	if !ok || col < 1 || col-1 > len(text) {
		return max(col, 1)
	}
	return utf16Len(text[:col-1]) + 1
}

// lineCol converts a byte offset into a line and a UTF-16 column.
func (b *builder) lineCol(file string, offset int) (int, int) {
	data := b.content(file)
	offset = min(max(offset, 0), len(data))
	line := 1 + bytes.Count(data[:offset], []byte("\n"))
	start := bytes.LastIndexByte(data[:offset], '\n') + 1
	return line, utf16Len(data[start:offset]) + 1
}

func utf16Len(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b) // an invalid byte decodes as U+FFFD
		n += utf16.RuneLen(r)
		b = b[size:]
	}
	return n
}

// fingerprint identifies a finding across commits: its check, category,
// file and the text of its line with spaces removed, not its line number,
// so that code moving up or down keeps its alerts. Findings with the same
// key in one file are numbered in order.
func (b *builder) fingerprint(f Finding) string {
	text, _ := b.line(f.Span.File, f.Span.Line)
	rel := b.artifact(f.Span.File).URI
	base := strings.Join([]string{f.RuleID, f.Category, rel, strings.Join(strings.Fields(string(text)), " ")}, "\x00")
	n := b.seen[base]
	b.seen[base] = n + 1
	sum := sha256.Sum256(fmt.Appendf(nil, "%s\x00%d", base, n))
	return hex.EncodeToString(sum[:16])
}

// fileURI is the file URI of an absolute path.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive letter
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// semver is a version without its leading "v", when it is one.
func semver(v string) string {
	s := strings.TrimPrefix(v, "v")
	if s == "" || s[0] < '0' || s[0] > '9' {
		return ""
	}
	return s
}
