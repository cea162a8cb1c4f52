package cli

import (
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/gitdiff"
	"github.com/fnlint/fnlint/internal/sarif"
)

// informationURI is fnlint's home page.
const informationURI = "https://github.com/fnlint/fnlint"

// configDocURL documents the driver's own findings.
const configDocURL = informationURI + "/blob/main/docs/configuration.md"

// printSARIF prints res as a SARIF log. Artifact paths are relative to the
// root of the Git work tree, or to the working directory outside one.
func (r *run) printSARIF(w io.Writer, res *result, successful bool) error {
	data, err := json.MarshalIndent(sarif.Build(r.sarifInput(res, successful)), "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

// sarifInput is what the SARIF log of res is built from: the reported
// findings, then the suppressed ones.
func (r *run) sarifInput(res *result, successful bool) sarif.Input {
	root := r.dir
	if r.diff != nil {
		root = r.diff.Root
	} else if top, err := gitdiff.Toplevel(r.ctx, r.dir); err == nil {
		root = top
	}
	real := newRealPaths()
	in := sarif.Input{
		Name:           "fnlint",
		Version:        Version(),
		InformationURI: informationURI,
		Root:           real.path(root),
		WorkingDir:     r.dir,
		Args:           r.opts.args,
		Successful:     successful,
		ReadFile:       os.ReadFile,
	}
	for _, c := range r.cmd.Checks {
		summary, doc := docParts(c.Analyzer)
		in.Rules = append(in.Rules, sarif.Rule{
			ID: c.Analyzer.Name, Summary: summary, Doc: doc, HelpURI: c.Analyzer.URL, Enabled: c.Default,
		})
	}
	in.Rules = append(in.Rules, sarif.Rule{
		ID:      driverCheck,
		Summary: "report unused //fnlint:ignore directives",
		Doc: "fnlint reports //fnlint:ignore directives that suppress nothing. " +
			"Malformed directives (no check, an unknown check, no reason) are errors of the run.",
		HelpURI: configDocURL,
		Enabled: true,
	})
	for _, e := range res.loadErrors {
		in.Errors = append(in.Errors, sarif.Error{Message: fmt.Sprintf("%s: %s", e.pkg.ID, e.err.Msg), Span: loadErrorSpan(e.err, real)})
	}
	for _, e := range res.errors {
		in.Errors = append(in.Errors, sarif.Error{Message: fmt.Sprintf("%s: %s: %v", e.pkg.ID, e.analyzer, e.err)})
	}
	for _, d := range res.badDirectives {
		span := &sarif.Span{File: real.path(d.posn.Filename), Line: d.posn.Line, Col: d.posn.Column}
		in.Errors = append(in.Errors, sarif.Error{Message: d.msg, Span: span})
	}
	for _, f := range res.findings {
		in.Findings = append(in.Findings, sarifFinding(res, f, real))
	}
	for _, f := range res.suppressed {
		sf := sarifFinding(res, f, real)
		sf.Suppressed, sf.Justification = true, f.suppressedBy.Reason
		in.Findings = append(in.Findings, sf)
	}
	return in
}

// loadErrorSpan is the position of a load error, or nil.
func loadErrorSpan(e packages.Error, real *realPaths) *sarif.Span {
	file, rest, ok := cutPosition(e.Pos)
	if !ok {
		return nil
	}
	span := &sarif.Span{File: real.path(file)}
	fmt.Sscanf(rest, ":%d:%d", &span.Line, &span.Col) // the column is optional
	return span
}

func sarifFinding(res *result, f *finding, real *realPaths) sarif.Finding {
	span := func(pos, end token.Pos) sarif.Span {
		p := res.fset.Position(pos)
		s := sarif.Span{File: real.path(p.Filename), Line: p.Line, Col: p.Column}
		if end.IsValid() {
			e := res.fset.Position(end)
			s.EndLine, s.EndColumn = e.Line, e.Column
		}
		return s
	}
	sf := sarif.Finding{
		RuleID:   f.check,
		Category: f.diag.Category,
		Message:  f.diag.Message,
		Span:     span(f.diag.Pos, f.diag.End),
	}
	for _, rel := range f.diag.Related {
		sf.Related = append(sf.Related, sarif.Related{Span: span(rel.Pos, rel.End), Message: rel.Message})
	}
	for _, fix := range f.diag.SuggestedFixes {
		sf.Fixes = append(sf.Fixes, sarifFix(res, fix, real))
	}
	return sf
}

func sarifFix(res *result, fix analysis.SuggestedFix, real *realPaths) sarif.FixInput {
	in := sarif.FixInput{Message: fix.Message}
	for _, e := range fix.TextEdits {
		start := res.fset.Position(e.Pos)
		end := start
		if e.End.IsValid() {
			end = res.fset.Position(e.End)
		}
		in.Edits = append(in.Edits, sarif.EditInput{
			File: real.path(start.Filename), Start: start.Offset, End: end.Offset, New: string(e.NewText),
		})
	}
	return in
}

// realPaths resolves symbolic links in file names, so that they compare
// with the root of the work tree, which Git gives resolved.
type realPaths struct{ cache map[string]string }

func newRealPaths() *realPaths { return &realPaths{cache: make(map[string]string)} }

func (rp *realPaths) path(name string) string {
	if p, ok := rp.cache[name]; ok {
		return p
	}
	p := name
	if real, err := filepath.EvalSymlinks(name); err == nil {
		p = real
	}
	rp.cache[name] = p
	return p
}
