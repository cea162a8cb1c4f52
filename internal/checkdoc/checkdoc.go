// Package checkdoc extracts the documentation of a check from its doc.go
// and renders it as Markdown for the generated docs pages.
//
// A check documents itself once, in the package comment of its doc.go:
//
//	// Package handlersize defines an Analyzer that reports oversized handlers.
//	//
//	// # Analyzer handlersize
//	//
//	// handlersize: report handlers over size and complexity thresholds
//	//
//	// The full description, with more headings, examples and flags...
//	package handlersize
//
// and embeds that file to fill Analyzer.Doc:
//
//	//go:embed doc.go
//	var doc string
//
//	var Analyzer = &analysis.Analyzer{
//		Name: "handlersize",
//		Doc:  checkdoc.MustExtract(doc, "handlersize"),
//	}
//
// The same text then feeds go doc, fnlint help and docs/checks.
package checkdoc

import (
	"errors"
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// Extract returns the section of the package comment of content, the source
// of a doc.go file, that documents the analyzer name: the text following the
// "# Analyzer name" heading, without the "name:" prefix of its first line,
// up to the next "# Analyzer" heading or the end of the comment. The result
// has the form of analysis.Analyzer.Doc: "summary\n\nfull description".
//
// Unlike the x/tools original, other headings ("# Examples", "# Flags")
// belong to the section: each check has its own doc.go, and its docs page
// wants the whole text.
func Extract(content, name string) (string, error) {
	if content == "" {
		return "", errors.New("empty Go source file")
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", fmt.Errorf("parse doc.go: %w", err)
	}
	if f.Doc == nil {
		return "", errors.New("doc.go has no package comment")
	}
	body, err := section(f.Doc.Text(), name)
	if err != nil {
		return "", err
	}
	rest, ok := strings.CutPrefix(body, name+":")
	if !ok {
		return "", fmt.Errorf("# Analyzer %s heading not followed by a %q line", name, name+": summary")
	}
	first, desc, _ := strings.Cut(rest, "\n\n")
	summary := strings.Join(strings.Fields(first), " ")
	if summary == "" {
		return "", fmt.Errorf("%q line has an empty summary", name+":")
	}
	desc = strings.TrimSpace(desc)
	if desc == "" {
		return summary, nil
	}
	return summary + "\n\n" + desc, nil
}

// section returns the trimmed text between the "# Analyzer name" heading of
// a doc comment and the next "# Analyzer" heading or the end.
func section(text, name string) (string, error) {
	heading := "# Analyzer " + name
	var lines []string
	in, seen := false, false
	for line := range strings.SplitSeq(text, "\n") {
		trimmed := strings.TrimRight(line, " \t\r")
		switch {
		case trimmed == heading && seen:
			return "", fmt.Errorf("package comment has two %q headings", heading)
		case trimmed == heading:
			in, seen = true, true
		case strings.HasPrefix(trimmed, "# Analyzer "):
			in = false
		case in:
			lines = append(lines, line)
		}
	}
	if !seen {
		return "", fmt.Errorf("package comment has no %q heading", heading)
	}
	return strings.TrimSpace(strings.Join(lines, "\n")), nil
}

// MustExtract is like [Extract] but panics on error. It is meant for the
// initialisation of an Analyzer's Doc, where a malformed doc.go is a
// programming error caught by any test of the package.
func MustExtract(content, name string) string {
	doc, err := Extract(content, name)
	if err != nil {
		panic(fmt.Sprintf("checkdoc: analyzer %s: %v", name, err))
	}
	return doc
}

// Summary returns the first paragraph of an Analyzer.Doc, joined on one
// line: the title shown in check lists.
func Summary(doc string) string {
	first, _, _ := strings.Cut(strings.TrimSpace(doc), "\n\n")
	return strings.Join(strings.Fields(first), " ")
}

// Body returns what follows the summary of an Analyzer.Doc: the full
// description, in doc comment syntax.
func Body(doc string) string {
	_, rest, _ := strings.Cut(strings.TrimSpace(doc), "\n\n")
	return strings.TrimSpace(rest)
}
