package lsp_test

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/lsp"
)

// serve runs Serve with analyze over pipes and returns a client and a
// channel that receives Serve's error.
func serve(t *testing.T, analyze lsp.AnalyzeFunc) (*client, <-chan error, io.Closer) {
	t.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- lsp.Serve(context.Background(), inR, outW, lsp.Options{Analyze: analyze, Version: "test"})
		outW.Close()
	}()
	t.Cleanup(func() { inW.Close() })
	return newClient(t, outR, inW), done, inW
}

func wait(t *testing.T, done <-chan error) error {
	t.Helper()
	select {
	case err := <-done:
		return err
	case <-time.After(timeout):
		t.Fatal("Serve did not return")
		return nil
	}
}

// noAnalysis fails the test if an analysis runs.
func noAnalysis(t *testing.T) lsp.AnalyzeFunc {
	return func(context.Context, string) (*lsp.Report, error) {
		t.Error("unexpected analysis")
		return &lsp.Report{}, nil
	}
}

func TestErrors(t *testing.T) {
	c, done, _ := serve(t, noAnalysis(t))

	code := func(method string) int {
		t.Helper()
		rerr := c.call(method, map[string]any{}, nil)
		require.NotNil(t, rerr, method)
		return rerr.Code
	}
	// Before initialize: requests fail, notifications are dropped.
	c.notify("textDocument/didOpen", lsp.DidOpenTextDocumentParams{TextDocument: lsp.TextDocumentItem{URI: uri("/x/a.go")}})
	assert.Equal(t, lsp.CodeServerNotInitialized, code("textDocument/codeAction"))

	// Malformed messages are answered with errors and the session goes on.
	for body, want := range map[string]int{
		`{"jsonrpc":"2.0","id":`:                                      lsp.CodeParseError,
		`[{"jsonrpc":"2.0","id":1,"method":"x"}]`:                     lsp.CodeInvalidRequest, // batches are not LSP
		`{"id":7,"method":"initialize"}`:                              lsp.CodeInvalidRequest, // no jsonrpc
		`{"jsonrpc":"2.0","id":8}`:                                    lsp.CodeInvalidRequest, // no method
		`{"jsonrpc":"2.0","id":9,"method":"initialize","params":"x"}`: lsp.CodeInvalidParams,
	} {
		c.send(body)
		m := c.next()
		require.NotNil(t, m.Error, body)
		assert.Equal(t, want, m.Error.Code, body)
	}

	c.initialize(t.TempDir())
	assert.Equal(t, lsp.CodeInvalidRequest, code("initialize"), "initialize twice")
	assert.Equal(t, lsp.CodeMethodNotFound, code("workspace/symbol"))
	c.notify("$/setTrace", map[string]any{"value": "off"}) // ignored: no answer
	c.notify("textDocument/didOpen", map[string]any{"textDocument": 3})
	c.send(`{"jsonrpc":"2.0","id":"s","method":"textDocument/codeAction","params":{"textDocument":3}}`)
	m := c.next()
	require.NotNil(t, m.Error)
	assert.Equal(t, lsp.CodeInvalidParams, m.Error.Code)
	assert.JSONEq(t, `"s"`, string(m.ID))

	require.Nil(t, c.call("shutdown", nil, nil))
	assert.Equal(t, lsp.CodeInvalidRequest, code("textDocument/codeAction"), "after shutdown")
	c.notify("exit", nil)
	assert.NoError(t, wait(t, done))
}

func TestExitWithoutShutdown(t *testing.T) {
	c, done, _ := serve(t, noAnalysis(t))
	c.initialize(t.TempDir())
	c.notify("exit", nil)
	assert.ErrorIs(t, wait(t, done), lsp.ErrNoShutdown)
}

func TestInputEnds(t *testing.T) {
	c, done, in := serve(t, noAnalysis(t))
	c.initialize(t.TempDir())
	in.Close()
	assert.ErrorIs(t, wait(t, done), lsp.ErrNoShutdown)

	c, done, in = serve(t, noAnalysis(t))
	c.initialize(t.TempDir())
	require.Nil(t, c.call("shutdown", nil, nil))
	in.Close()
	assert.NoError(t, wait(t, done), "input closed after shutdown")
}

func TestBadFraming(t *testing.T) {
	c, done, _ := serve(t, noAnalysis(t))
	_, err := io.WriteString(c.w, "Content-Type: x\r\n\r\n{}")
	require.NoError(t, err)
	err = wait(t, done)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "Content-Length")
}

// TestSupersede checks that a save during an analysis of the same package
// cancels it and that only the newer result is published, while opening a
// file does not.
func TestSupersede(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.go")
	require.NoError(t, os.WriteFile(file, []byte("package a\n"), 0o644))
	other := filepath.Join(t.TempDir(), "b.go") // outside the workspace
	require.NoError(t, os.WriteFile(other, []byte("package b\n"), 0o644))

	var (
		mu        sync.Mutex
		calls     int
		cancelled = make(chan bool, 1)
		started   = make(chan struct{})
	)
	analyze := func(ctx context.Context, d string) (*lsp.Report, error) {
		assert.Equal(t, dir, d)
		mu.Lock()
		calls++
		n := calls
		mu.Unlock()
		if n == 1 {
			close(started)
			select {
			case <-ctx.Done():
				cancelled <- true
			case <-time.After(timeout):
				cancelled <- false
			}
			return &lsp.Report{Files: []string{file}, LoadErrors: []packages.Error{{Pos: file + ":1:1", Msg: "old"}}}, nil
		}
		return &lsp.Report{Files: []string{file}, LoadErrors: []packages.Error{{Pos: file + ":1:9", Msg: "new"}}}, nil
	}
	c, done, _ := serve(t, analyze)
	c.initialize(dir)
	c.notify("textDocument/didOpen", lsp.DidOpenTextDocumentParams{TextDocument: lsp.TextDocumentItem{URI: uri(other), LanguageID: "go", Text: "package b\n"}})
	c.notify("textDocument/didOpen", lsp.DidOpenTextDocumentParams{TextDocument: lsp.TextDocumentItem{URI: uri(file), LanguageID: "go", Text: "package a\n"}})
	<-started
	// Opening another file of the package changes nothing on disk: the
	// running analysis covers it.
	c.notify("textDocument/didOpen", lsp.DidOpenTextDocumentParams{TextDocument: lsp.TextDocumentItem{URI: uri(filepath.Join(dir, "c.go")), LanguageID: "go"}})
	time.Sleep(200 * time.Millisecond)
	select {
	case <-cancelled:
		t.Fatal("opening a file cancelled the analysis of its package")
	default:
	}
	c.notify("textDocument/didSave", lsp.DidSaveTextDocumentParams{TextDocument: lsp.TextDocumentIdentifier{URI: uri(file)}})
	assert.True(t, <-cancelled, "the first analysis should be cancelled")

	diags := c.diagnostics(1)
	require.Len(t, diags[uri(file)], 1)
	assert.Equal(t, "new", diags[uri(file)][0].Message)
	assert.Equal(t, rng(0, 8, 0, 8), diags[uri(file)][0].Range)
	c.quiet(300 * time.Millisecond)
	mu.Lock()
	assert.Equal(t, 2, calls)
	mu.Unlock()

	require.Nil(t, c.call("shutdown", nil, nil))
	c.notify("exit", nil)
	assert.NoError(t, wait(t, done))
}

// TestAnalysisErrors checks that an analysis that fails, panics or has a
// failing analyzer is reported and that the server goes on.
func TestAnalysisErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.go")
	require.NoError(t, os.WriteFile(file, []byte("package a\n"), 0o644))
	results := []func() (*lsp.Report, error){
		func() (*lsp.Report, error) { return nil, errors.New("config: .fnlint.yml:3: unknown check \"x\"") },
		func() (*lsp.Report, error) { panic("boom") },
		func() (*lsp.Report, error) {
			return &lsp.Report{Files: []string{file}, Failures: []string{"noexit failed on a: panic: nil map"}}, nil
		},
	}
	var n int
	c, done, _ := serve(t, func(context.Context, string) (*lsp.Report, error) {
		n++
		return results[n-1]()
	})
	c.initialize(dir)
	save := func() {
		c.notify("textDocument/didSave", lsp.DidSaveTextDocumentParams{TextDocument: lsp.TextDocumentIdentifier{URI: uri(file)}})
	}

	save()
	d := c.diagnostics(1)[uri(file)]
	require.Len(t, d, 1)
	assert.Equal(t, lsp.SeverityError, d[0].Severity)
	assert.Equal(t, `fnlint: config: .fnlint.yml:3: unknown check "x"`, d[0].Message)

	save()
	d = c.diagnostics(1)[uri(file)]
	require.Len(t, d, 1)
	assert.Contains(t, d[0].Message, "panicked: boom")

	save()
	m := c.next()
	require.Equal(t, "window/showMessage", m.Method)
	assert.JSONEq(t, `{"type":1,"message":"fnlint: noexit failed on a: panic: nil map"}`, string(m.Params))
	assert.Equal(t, []lsp.Diagnostic{}, c.diagnostics(1)[uri(file)], "the error of the previous run is cleared")

	require.Nil(t, c.call("shutdown", nil, nil))
	c.notify("exit", nil)
	assert.NoError(t, wait(t, done))
}
