package lsp

import (
	"context"
	"go/token"
	"path/filepath"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// An AnalyzeFunc analyses the package in the directory dir (its test
// files too), with the configuration file found from dir upward, as the
// command line does, and returns what is left once the configuration,
// generated files and //fnlint:ignore directives have been applied. An
// error means that nothing could be analysed: the configuration file is
// invalid, or the go command failed. Serve never calls it from two
// goroutines at once, and cancels ctx when a newer request for the same
// directory supersedes the call.
type AnalyzeFunc func(ctx context.Context, dir string) (*Report, error)

// A Report is what an AnalyzeFunc found in a directory.
type Report struct {
	// Fset holds the positions of Findings.
	Fset *token.FileSet
	// Files are the absolute names of the Go files of the packages
	// analysed, tests included: the files whose diagnostics the report
	// replaces.
	Files []string
	// Findings are the diagnostics to show.
	Findings []Finding
	// LoadErrors are the errors of packages that did not load or
	// type-check; their findings are missing.
	LoadErrors []packages.Error
	// Failures describe the analyzers that failed on a package, such as
	// by panicking; their findings are missing.
	Failures []string
}

// A Finding is one diagnostic of one check.
type Finding struct {
	// Check is the name of the check, or "fnlint" for the driver's own
	// findings about //fnlint:ignore directives.
	Check string
	// URL documents the check; it may be empty.
	URL string
	// Diagnostic is the finding, with positions in the report's Fset.
	Diagnostic analysis.Diagnostic
}

// source is the Diagnostic.Source of every diagnostic of the server.
const source = "fnlint"

// A fileDiagnostic is a diagnostic of one file with the code actions of
// its suggested fixes.
type fileDiagnostic struct {
	Diagnostic
	fixes []fixAction
}

// A fixAction is a suggested fix converted to LSP edits, by file name.
type fixAction struct {
	title string
	edits map[string][]TextEdit
}

// convert turns a report into diagnostics by file name; every file of the
// report has an entry, empty when it has no diagnostics. trigger is the
// file that diagnostics with no position are shown on.
func convert(rep *Report, trigger string) map[string][]fileDiagnostic {
	out := make(map[string][]fileDiagnostic)
	for _, f := range rep.Files {
		out[filepath.Clean(f)] = nil
	}
	src := newSources()
	for _, f := range rep.Findings {
		file, d := findingDiagnostic(rep.Fset, src, f)
		out[file] = append(out[file], d)
	}
	for _, e := range rep.LoadErrors {
		file, p, ok := src.errorPosition(e.Pos, filepath.Dir(trigger))
		if !ok {
			file = trigger
		}
		out[file] = append(out[file], errorDiagnostic(Range{Start: p, End: p}, e.Msg))
	}
	return out
}

// errorDiagnostic is an error shown at r.
func errorDiagnostic(r Range, msg string) fileDiagnostic {
	return fileDiagnostic{Diagnostic: Diagnostic{Range: r, Severity: SeverityError, Source: source, Message: msg}}
}

// findingDiagnostic converts a finding, its related positions and its
// suggested fixes.
func findingDiagnostic(fset *token.FileSet, src *sources, f Finding) (string, fileDiagnostic) {
	file, r := src.span(fset, f.Diagnostic.Pos, f.Diagnostic.End)
	d := fileDiagnostic{Diagnostic: Diagnostic{
		Range:    r,
		Severity: SeverityWarning,
		Code:     f.Check,
		Source:   source,
		Message:  f.Diagnostic.Message,
	}}
	if f.URL != "" {
		d.CodeDescription = &CodeDescription{Href: f.URL}
	}
	for _, rel := range f.Diagnostic.Related {
		rfile, rr := src.span(fset, rel.Pos, rel.End)
		d.RelatedInformation = append(d.RelatedInformation, DiagnosticRelatedInformation{
			Location: Location{URI: pathToURI(rfile), Range: rr},
			Message:  rel.Message,
		})
	}
	for _, sf := range f.Diagnostic.SuggestedFixes {
		fa := fixAction{title: sf.Message, edits: make(map[string][]TextEdit)}
		for _, e := range sf.TextEdits {
			efile, er := src.span(fset, e.Pos, e.End)
			fa.edits[efile] = append(fa.edits[efile], TextEdit{Range: er, NewText: string(e.NewText)})
		}
		d.fixes = append(d.fixes, fa)
	}
	return file, d
}
