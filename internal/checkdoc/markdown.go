package checkdoc

import (
	"bytes"
	"go/doc/comment"
	"go/parser"
	"go/token"
	"strings"
)

// Markdown renders text, in doc comment syntax (the [Body] of an
// Analyzer.Doc), as GitHub-flavoured Markdown: headings at level
// headingLevel, code blocks fenced (tagged go when they parse as Go),
// lists and links as go/doc/comment renders them.
func Markdown(text string, headingLevel int) []byte {
	var p comment.Parser
	doc := p.Parse(text)
	pr := &comment.Printer{
		HeadingLevel:   headingLevel,
		DocLinkBaseURL: "https://pkg.go.dev",
		// GitHub does not support {#id} heading attributes; it derives
		// anchors from the heading text itself.
		HeadingID: func(*comment.Heading) string { return "" },
	}
	var out bytes.Buffer
	for i, b := range doc.Content {
		if i > 0 {
			out.WriteByte('\n')
		}
		code, ok := b.(*comment.Code)
		if !ok {
			out.Write(pr.Markdown(&comment.Doc{Content: []comment.Block{b}, Links: doc.Links}))
			continue
		}
		out.WriteString("```" + codeLanguage(code.Text) + "\n")
		out.WriteString(code.Text)
		if !strings.HasSuffix(code.Text, "\n") {
			out.WriteByte('\n')
		}
		out.WriteString("```\n")
	}
	return out.Bytes()
}

// codeLanguage returns "go" when src parses as Go declarations or
// statements, and "" otherwise: shell commands and YAML stay untagged.
func codeLanguage(src string) string {
	fset := token.NewFileSet()
	if _, err := parser.ParseFile(fset, "", "package p\n"+src, parser.SkipObjectResolution); err == nil {
		return "go"
	}
	if _, err := parser.ParseFile(fset, "", "package p\nfunc _() {\n"+src+"\n}", parser.SkipObjectResolution); err == nil {
		return "go"
	}
	return ""
}
