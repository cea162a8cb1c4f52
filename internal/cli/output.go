package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
)

// printText prints each finding as "file:line:col: message (check)",
// files relative to the working directory, followed by its related
// positions indented by a tab.
func printText(w io.Writer, res *result, rel func(string) string) error {
	bw := bufio.NewWriter(w)
	for _, f := range res.findings {
		fmt.Fprintf(bw, "%s: %s (%s)\n", formatPosition(f.posn, rel), f.diag.Message, f.check)
		for _, r := range f.diag.Related {
			fmt.Fprintf(bw, "\t%s: %s\n", formatPosition(res.fset.Position(r.Pos), rel), r.Message)
		}
	}
	return bw.Flush()
}

// formatPosition is "file:line:col", "file:line" without a column, or
// "-" for no position.
func formatPosition(p token.Position, rel func(string) string) string {
	p.Filename = rel(p.Filename)
	return p.String()
}

// The types below have the JSON shape of go vet -json (unitchecker and
// internal/analysisflags of golang.org/x/tools): a tree from package ID to
// check name to either a list of diagnostics or an error.

// jsonTree maps a package ID and a check name to []jsonDiagnostic or
// jsonError.
type jsonTree map[string]map[string]any

type jsonError struct {
	Err string `json:"error"`
}

type jsonDiagnostic struct {
	Category       string             `json:"category,omitempty"`
	Posn           string             `json:"posn"`
	End            string             `json:"end"`
	Message        string             `json:"message"`
	SuggestedFixes []jsonSuggestedFix `json:"suggested_fixes,omitempty"`
	Related        []jsonRelated      `json:"related,omitempty"`
}

type jsonSuggestedFix struct {
	Message string         `json:"message"`
	Edits   []jsonTextEdit `json:"edits"`
}

// jsonTextEdit replaces the bytes [Start, End) of Filename with New.
type jsonTextEdit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

type jsonRelated struct {
	Posn    string `json:"posn"`
	End     string `json:"end"`
	Message string `json:"message"`
}

// buildJSON returns the go vet JSON tree of res: its findings and the
// errors of its analyzers. Positions are absolute, as go vet prints them.
func buildJSON(res *result) jsonTree {
	tree := make(jsonTree)
	node := func(id string) map[string]any {
		m, ok := tree[id]
		if !ok {
			m = make(map[string]any)
			tree[id] = m
		}
		return m
	}
	for _, e := range res.errors {
		node(e.pkg.ID)[e.analyzer] = jsonError{Err: e.err.Error()}
	}
	for _, f := range res.findings {
		m := node(f.pkg.ID)
		list, _ := m[f.check].([]jsonDiagnostic)
		m[f.check] = append(list, jsonDiag(res.fset, f))
	}
	return tree
}

func jsonDiag(fset *token.FileSet, f *finding) jsonDiagnostic {
	d := jsonDiagnostic{
		Category: f.diag.Category,
		Posn:     f.posn.String(),
		End:      f.end.String(),
		Message:  f.diag.Message,
	}
	for _, fix := range f.diag.SuggestedFixes {
		jf := jsonSuggestedFix{Message: fix.Message, Edits: []jsonTextEdit{}}
		for _, e := range fix.TextEdits {
			start := fset.Position(e.Pos)
			end := start
			if e.End.IsValid() {
				end = fset.Position(e.End)
			}
			jf.Edits = append(jf.Edits, jsonTextEdit{Filename: start.Filename, Start: start.Offset, End: end.Offset, New: string(e.NewText)})
		}
		d.SuggestedFixes = append(d.SuggestedFixes, jf)
	}
	for _, r := range f.diag.Related {
		posn := fset.Position(r.Pos)
		end := posn
		if r.End.IsValid() {
			end = fset.Position(r.End)
		}
		d.Related = append(d.Related, jsonRelated{Posn: posn.String(), End: end.String(), Message: r.Message})
	}
	return d
}

// printJSON prints the go vet JSON tree of res, indented with tabs as go
// vet does.
func printJSON(w io.Writer, res *result) error {
	data, err := json.MarshalIndent(buildJSON(res), "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

// printBadDirectives prints each malformed //fnlint:ignore directive on
// one line: "fnlint: file:line:col: message".
func printBadDirectives(w io.Writer, bad []badDirective, rel func(string) string) {
	for _, d := range bad {
		fmt.Fprintf(w, "fnlint: %s: %s\n", formatPosition(d.posn, rel), d.msg)
	}
}
