package lsp_test

import (
	"bytes"
	"context"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/cli"
	"github.com/fnlint/fnlint/internal/lsp"
)

// uri is the file URI of an absolute file name.
func uri(name string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(name)}).String()
}

// fixture copies testdata/mod into a new temporary directory and returns
// the copy's path.
func fixture(t *testing.T) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "mod")
	require.NoError(t, os.CopyFS(dst, os.DirFS("testdata/mod")))
	return dst
}

func rng(l1, c1, l2, c2 int) lsp.Range {
	return lsp.Range{Start: lsp.Position{Line: l1, Character: c1}, End: lsp.Position{Line: l2, Character: c2}}
}

// checkURL is the documentation of a check.
func checkURL(name string) string {
	c, ok := analyzers.Lookup(name)
	if !ok {
		panic("no check " + name)
	}
	return c.Analyzer.URL
}

// TestSessionInProcess drives the language server of the command line,
// cli.Command.Run(ctx, "lsp"), over in-process pipes.
func TestSessionInProcess(t *testing.T) {
	cli.Protect(analyzers.Analyzers())
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	var stderr bytes.Buffer
	cmd := &cli.Command{Checks: analyzers.All(), Stdin: inR, Stdout: outW, Stderr: &stderr}
	code := make(chan int, 1)
	go func() {
		code <- cmd.Run(context.Background(), []string{"lsp"})
		outW.Close()
	}()
	t.Cleanup(func() { inW.Close() })

	session(t, newClient(t, outR, inW), true)
	select {
	case c := <-code:
		assert.Equal(t, 0, c, "exit status after shutdown and exit; stderr:\n%s", stderr.String())
	case <-time.After(timeout):
		t.Fatal("the server did not return after exit")
	}
}

// TestSessionBinary builds fnlint and drives "fnlint lsp" as an editor
// does, then checks that leaving without shutdown exits with status 1.
func TestSessionBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "fnlint")
	build := exec.Command("go", "build", "-o", bin, "github.com/fnlint/fnlint/cmd/fnlint")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "go build: %s", out)

	start := func() (*exec.Cmd, *client, *bytes.Buffer) {
		cmd := exec.Command(bin, "lsp")
		stdin, err := cmd.StdinPipe()
		require.NoError(t, err)
		stdout, err := cmd.StdoutPipe()
		require.NoError(t, err)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		require.NoError(t, cmd.Start())
		t.Cleanup(func() { cmd.Process.Kill() })
		return cmd, newClient(t, stdout, stdin), &stderr
	}

	cmd, c, stderr := start()
	session(t, c, false)
	require.NoError(t, cmd.Wait(), "stderr:\n%s", stderr)

	cmd, c, stderr = start()
	c.initialize(t.TempDir())
	c.notify("exit", nil)
	err = cmd.Wait()
	var exitErr *exec.ExitError
	require.ErrorAs(t, err, &exitErr)
	assert.Equal(t, 1, exitErr.ExitCode())
	assert.Contains(t, stderr.String(), lsp.ErrNoShutdown.Error())
}

// session is the scripted session of both tests, on a copy of
// testdata/mod: its .fnlint.yml sets a low handlersize threshold, and
// ignored.go holds an //fnlint:ignore directive. Unless full, it stops
// after the first save, sparing two analyses.
func session(t *testing.T, c *client, full bool) {
	dir := fixture(t)
	handler, ignored := filepath.Join(dir, "handler.go"), filepath.Join(dir, "ignored.go")

	res := c.initialize(dir)
	assert.Equal(t, "fnlint", res.ServerInfo.Name)
	assert.True(t, res.Capabilities.TextDocumentSync.OpenClose)
	require.NotNil(t, res.Capabilities.TextDocumentSync.Save)
	require.NotNil(t, res.Capabilities.CodeActionProvider)
	assert.Equal(t, []string{lsp.CodeActionKindQuickFix}, res.Capabilities.CodeActionProvider.CodeActionKinds)

	src, err := os.ReadFile(handler)
	require.NoError(t, err)
	c.notify("textDocument/didOpen", lsp.DidOpenTextDocumentParams{TextDocument: lsp.TextDocumentItem{
		URI: uri(handler), LanguageID: "go", Version: 1, Text: string(src),
	}})
	diags := c.diagnostics(2) // the two files of the package
	schedule := lsp.Diagnostic{
		// After `var greeting, every = "héllo 😀", ` on line 11: 37
		// bytes, 34 UTF-16 code units.
		Range:           rng(10, 34, 10, 51),
		Severity:        lsp.SeverityWarning,
		Code:            "schedule",
		CodeDescription: &lsp.CodeDescription{Href: checkURL("schedule")},
		Source:          "fnlint",
		Message:         `invalid schedule expression "rate(1 minutes)": rate unit: "minutes": a value of 1 takes a singular unit, as in rate(1 minute)`,
	}
	handlersize := lsp.Diagnostic{
		Range:           rng(13, 5, 13, 11),
		Severity:        lsp.SeverityWarning,
		Code:            "handlersize",
		CodeDescription: &lsp.CodeDescription{Href: checkURL("handlersize")},
		Source:          "fnlint",
		Message:         "handler Handle has 5 statements (max 3); move steps into helpers",
	}
	noexit := lsp.Diagnostic{
		Range:           rng(16, 11, 16, 11),
		Severity:        lsp.SeverityWarning,
		Code:            "noexit",
		CodeDescription: &lsp.CodeDescription{Href: checkURL("noexit")},
		Source:          "fnlint",
		Message:         "log.Fatal exits the process in invocation scope (Handle); return an error instead",
		RelatedInformation: []lsp.DiagnosticRelatedInformation{{
			Location: lsp.Location{URI: uri(handler), Range: rng(13, 5, 13, 5)},
			Message:  "handler Handle",
		}},
	}
	nightly := lsp.Diagnostic{
		Range:           rng(5, 14, 5, 31),
		Severity:        lsp.SeverityWarning,
		Code:            "schedule",
		CodeDescription: &lsp.CodeDescription{Href: checkURL("schedule")},
		Source:          "fnlint",
		Message:         `invalid schedule expression "cron(0 3 * * *)": want 6 fields (minutes hours day-of-month month day-of-week year), have 5`,
	}
	assert.Equal(t, []lsp.Diagnostic{schedule, handlersize, noexit}, diags[uri(handler)])
	// The directive suppresses the finding on example; nightly is reported.
	assert.Equal(t, []lsp.Diagnostic{nightly}, diags[uri(ignored)])

	// The quick fix of the schedule finding, asked for at the cursor.
	var actions []lsp.CodeAction
	require.Nil(t, c.call("textDocument/codeAction", lsp.CodeActionParams{
		TextDocument: lsp.TextDocumentIdentifier{URI: uri(handler)},
		Range:        rng(10, 40, 10, 40),
		Context:      lsp.CodeActionContext{Diagnostics: []lsp.Diagnostic{schedule}},
	}, &actions))
	require.Len(t, actions, 1)
	fix := actions[0]
	assert.Equal(t, lsp.CodeActionKindQuickFix, fix.Kind)
	assert.Equal(t, "write rate(1 minute)", fix.Title)
	assert.Equal(t, []lsp.Diagnostic{schedule}, fix.Diagnostics)
	require.NotNil(t, fix.Edit)
	assert.Equal(t, map[string][]lsp.TextEdit{uri(handler): {{Range: rng(10, 34, 10, 51), NewText: `"rate(1 minute)"`}}}, fix.Edit.Changes)

	// No quick fix elsewhere, nor when other kinds are asked for.
	require.Nil(t, c.call("textDocument/codeAction", lsp.CodeActionParams{
		TextDocument: lsp.TextDocumentIdentifier{URI: uri(handler)}, Range: rng(0, 0, 5, 0),
	}, &actions))
	assert.Empty(t, actions)
	require.Nil(t, c.call("textDocument/codeAction", lsp.CodeActionParams{
		TextDocument: lsp.TextDocumentIdentifier{URI: uri(handler)}, Range: rng(10, 40, 10, 40),
		Context: lsp.CodeActionContext{Only: []string{"refactor"}},
	}, &actions))
	assert.Empty(t, actions)

	// The editor applies the fix: a change is not analysed, and while it
	// is unsaved the fix is not offered again.
	fixed := applyEdits(t, string(src), fix.Edit.Changes[uri(handler)])
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   lsp.VersionedTextDocumentIdentifier{URI: uri(handler), Version: 2},
		"contentChanges": []map[string]any{{"text": fixed}},
	})
	require.Nil(t, c.call("textDocument/codeAction", lsp.CodeActionParams{
		TextDocument: lsp.TextDocumentIdentifier{URI: uri(handler)}, Range: rng(10, 40, 10, 40),
	}, &actions))
	assert.Empty(t, actions, "no fix on a document with unsaved changes")
	c.quiet(500 * time.Millisecond)

	// Saving analyses the package again.
	require.NoError(t, os.WriteFile(handler, []byte(fixed), 0o644))
	c.notify("textDocument/didSave", lsp.DidSaveTextDocumentParams{TextDocument: lsp.TextDocumentIdentifier{URI: uri(handler)}})
	diags = c.diagnostics(2)
	assert.Equal(t, []lsp.Diagnostic{handlersize, noexit}, diags[uri(handler)])
	assert.Equal(t, []lsp.Diagnostic{nightly}, diags[uri(ignored)])
	if full {
		clearAndBreak(t, c, dir, handlersize, noexit)
	}

	require.Nil(t, c.call("shutdown", nil, nil))
	c.notify("exit", nil)
	_, open := <-c.msgs
	assert.False(t, open, "the server should close its output after exit")
}

// clearAndBreak goes on with the session: a file whose findings are fixed
// is cleared, and a type error is shown where it is.
func clearAndBreak(t *testing.T, c *client, dir string, handlersize, noexit lsp.Diagnostic) {
	handler, ignored := filepath.Join(dir, "handler.go"), filepath.Join(dir, "ignored.go")

	// A file that no longer has findings is cleared.
	ign, err := os.ReadFile(ignored)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(ignored, []byte(strings.Replace(string(ign), "cron(0 3 * * *)", "cron(0 3 * * ? *)", 1)), 0o644))
	c.notify("textDocument/didSave", lsp.DidSaveTextDocumentParams{TextDocument: lsp.TextDocumentIdentifier{URI: uri(ignored)}})
	diags := c.diagnostics(2)
	assert.Equal(t, []lsp.Diagnostic{handlersize, noexit}, diags[uri(handler)])
	assert.Equal(t, []lsp.Diagnostic{}, diags[uri(ignored)])

	// A type error is shown as an error where it is.
	require.NoError(t, os.WriteFile(filepath.Join(dir, "broken.go"), []byte("package lspfixture\n\nvar n int = \"ünï\" + 1\n"), 0o644))
	c.notify("textDocument/didSave", lsp.DidSaveTextDocumentParams{TextDocument: lsp.TextDocumentIdentifier{URI: uri(ignored)}})
	diags = c.diagnostics(3)
	assert.Equal(t, []lsp.Diagnostic{}, diags[uri(handler)], "no findings in a package that does not type-check")
	broken := diags[uri(filepath.Join(dir, "broken.go"))]
	require.NotEmpty(t, broken)
	assert.Equal(t, lsp.SeverityError, broken[0].Severity)
	assert.Equal(t, 2, broken[0].Range.Start.Line)
}

// applyEdits applies LSP edits, positions in UTF-16 code units, to text.
func applyEdits(t *testing.T, text string, edits []lsp.TextEdit) string {
	t.Helper()
	offset := func(p lsp.Position) int {
		lines := strings.SplitAfter(text, "\n")
		require.Less(t, p.Line, len(lines))
		off := 0
		for _, l := range lines[:p.Line] {
			off += len(l)
		}
		units := utf16.Encode([]rune(lines[p.Line]))
		require.LessOrEqual(t, p.Character, len(units))
		return off + len(string(utf16.Decode(units[:p.Character])))
	}
	edits = slices.Clone(edits)
	slices.SortFunc(edits, func(a, b lsp.TextEdit) int { return offset(b.Range.Start) - offset(a.Range.Start) })
	for _, e := range edits {
		text = text[:offset(e.Range.Start)] + e.NewText + text[offset(e.Range.End):]
	}
	return text
}
