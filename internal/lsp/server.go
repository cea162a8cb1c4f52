// Package lsp is fnlint's language server: it runs beside gopls, which
// cannot load third-party analyzers, and publishes fnlint's findings as
// diagnostics, with quick fixes from their suggested fixes.
//
// The server speaks JSON-RPC 2.0 with Content-Length framing on a pair of
// streams (stdin and stdout for `fnlint lsp`). When a Go file is opened or
// saved it analyses the file's package, tests included, as the command
// line would in that directory (the same checks, the configuration file
// found upward from it, //fnlint:ignore directives) and publishes the
// diagnostics of every file of the package, clearing the files that have
// none left. It analyses files as they are on disk: edits are not analysed
// until they are saved, and while a document has unsaved changes the
// server offers no quick fixes for it, since their edits were computed on
// the saved text.
package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

// Options configure Serve.
type Options struct {
	// Analyze analyses a package directory. It is required.
	Analyze AnalyzeFunc
	// Version is the server version reported to the client.
	Version string
	// Log, if not nil, receives a line for each analysis that failed, as
	// editors keep a server's standard error in their logs.
	Log io.Writer
}

// ErrNoShutdown is returned by Serve when the client ends the session
// without a shutdown request: the exit notification came first, or the
// input ended. The LSP specification asks for exit status 1 then.
var ErrNoShutdown = errors.New("session ended without a shutdown request")

// Serve runs a language server session, reading messages from in and
// writing to out, until the exit notification, the end of in, or the end
// of ctx. It returns nil when the client asked for shutdown before
// leaving, and waits for a running analysis to finish before returning.
func Serve(ctx context.Context, in io.Reader, out io.Writer, opts Options) error {
	if opts.Analyze == nil {
		return errors.New("lsp: no Analyze function")
	}
	s := &server{
		opts:  opts,
		conn:  &conn{w: out},
		docs:  make(map[string]*document),
		diags: make(map[string]map[string][]fileDiagnostic),
		owned: make(map[string][]string),
	}
	s.queue = newQueue(s.analyze)
	defer s.queue.wait()
	defer s.queue.stop()

	msgs := make(chan []byte)
	readErr := make(chan error, 1)
	go func() {
		br := bufio.NewReader(in)
		for {
			body, err := ReadMessage(br)
			if err != nil {
				readErr <- err
				return
			}
			select {
			case msgs <- body:
			case <-ctx.Done():
				return
			}
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err := <-readErr:
			if !errors.Is(err, io.EOF) {
				return fmt.Errorf("read message: %w", err)
			}
			if s.isShutdown() {
				return nil
			}
			return ErrNoShutdown
		case body := <-msgs:
			if s.handle(body) {
				if s.isShutdown() {
					return nil
				}
				return ErrNoShutdown
			}
			if err := s.conn.failed(); err != nil {
				return err
			}
		}
	}
}

// A server is the state of one session.
type server struct {
	opts  Options
	conn  *conn
	queue *queue

	mu             sync.Mutex
	initialized    bool
	shutdown       bool
	roots          []string // workspace folders; nil means anywhere
	literalActions bool     // the client takes CodeAction literals
	docs           map[string]*document
	// diags holds the diagnostics of each file, by file name and then by
	// the package directory whose analysis reported them: a file may
	// hold errors reported by the analysis of another package.
	diags map[string]map[string][]fileDiagnostic
	// owned lists, by package directory, the files its last analysis
	// published.
	owned map[string][]string
}

// A document is a file open in the editor.
type document struct {
	uri   string // as the client wrote it
	dirty bool   // changed since it was last saved or opened
}

func (s *server) isShutdown() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.shutdown
}

// handle handles one message and reports whether the session ends.
func (s *server) handle(body []byte) (exit bool) {
	m, rerr := parseMessage(body)
	if rerr != nil {
		var id json.RawMessage
		if m != nil {
			id = m.ID
		}
		s.conn.reply(id, nil, rerr)
		return false
	}
	if m.Method == "" {
		return false // a response: the server sends no requests
	}
	if m.Method == "exit" {
		return true
	}
	if !m.IsRequest() {
		s.notification(m)
		return false
	}
	result, rerr := s.request(m)
	s.conn.reply(m.ID, result, rerr)
	return false
}

// request answers a request.
func (s *server) request(m *Message) (any, *ResponseError) {
	s.mu.Lock()
	initialized, shutdown := s.initialized, s.shutdown
	s.mu.Unlock()
	switch {
	case shutdown:
		return nil, errorf(CodeInvalidRequest, "%s after shutdown", m.Method)
	case !initialized && m.Method != "initialize":
		return nil, errorf(CodeServerNotInitialized, "%s before initialize", m.Method)
	}
	switch m.Method {
	case "initialize":
		if initialized {
			return nil, errorf(CodeInvalidRequest, "initialize sent twice")
		}
		var p InitializeParams
		if err := decodeParams(m.Params, &p); err != nil {
			return nil, err
		}
		return s.initialize(&p), nil
	case "shutdown":
		s.mu.Lock()
		s.shutdown = true
		s.mu.Unlock()
		s.queue.stop()
		return nil, nil
	case "textDocument/codeAction":
		var p CodeActionParams
		if err := decodeParams(m.Params, &p); err != nil {
			return nil, err
		}
		return s.codeActions(&p), nil
	}
	return nil, errorf(CodeMethodNotFound, "method not found: %s", m.Method)
}

// decodeParams decodes the parameters of a message into v.
func decodeParams(params json.RawMessage, v any) *ResponseError {
	if len(params) == 0 {
		return errorf(CodeInvalidParams, "no params")
	}
	if err := json.Unmarshal(params, v); err != nil {
		return errorf(CodeInvalidParams, "invalid params: %v", err)
	}
	return nil
}

// initialize records the workspace folders and the client's capabilities
// and returns the server's.
func (s *server) initialize(p *InitializeParams) *InitializeResult {
	var roots []string
	for _, f := range p.WorkspaceFolders {
		if dir, ok := uriToPath(f.URI); ok {
			roots = append(roots, dir)
		}
	}
	if len(roots) == 0 {
		if dir, ok := uriToPath(p.RootURI); ok {
			roots = append(roots, dir)
		} else if p.RootPath != "" {
			roots = append(roots, filepath.Clean(p.RootPath))
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.initialized = true
	s.roots = roots
	s.literalActions = len(p.Capabilities.TextDocument.CodeAction.CodeActionLiteralSupport) > 0
	res := &InitializeResult{
		Capabilities: ServerCapabilities{
			TextDocumentSync: TextDocumentSyncOptions{
				OpenClose: true,
				// Changes are only counted, to know which documents
				// differ from the disk: incremental ones are the
				// smallest to send.
				Change: SyncIncremental,
				Save:   &SaveOptions{IncludeText: false},
			},
		},
		ServerInfo: ServerInfo{Name: "fnlint", Version: s.opts.Version},
	}
	if s.literalActions {
		res.Capabilities.CodeActionProvider = &CodeActionOptions{CodeActionKinds: []string{CodeActionKindQuickFix}}
	}
	return res
}

// notification handles a notification; unknown ones are ignored, as are
// all before initialize and after shutdown.
func (s *server) notification(m *Message) {
	s.mu.Lock()
	active := s.initialized && !s.shutdown
	s.mu.Unlock()
	if !active {
		return
	}
	switch m.Method {
	case "textDocument/didOpen":
		var p DidOpenTextDocumentParams
		if json.Unmarshal(m.Params, &p) == nil {
			s.didOpen(&p)
		}
	case "textDocument/didChange":
		var p DidChangeTextDocumentParams
		if json.Unmarshal(m.Params, &p) == nil {
			s.setDirty(p.TextDocument.URI, true)
		}
	case "textDocument/didSave":
		var p DidSaveTextDocumentParams
		if json.Unmarshal(m.Params, &p) == nil {
			s.setDirty(p.TextDocument.URI, false)
			s.schedule(p.TextDocument.URI, true)
		}
	case "textDocument/didClose":
		var p DidCloseTextDocumentParams
		if json.Unmarshal(m.Params, &p) == nil {
			if name, ok := uriToPath(p.TextDocument.URI); ok {
				s.mu.Lock()
				delete(s.docs, name)
				s.mu.Unlock()
			}
		}
	}
}

// didOpen records the document, dirty when its text is not the file's
// on disk, and analyses its package.
func (s *server) didOpen(p *DidOpenTextDocumentParams) {
	name, ok := uriToPath(p.TextDocument.URI)
	if !ok {
		return
	}
	disk, err := os.ReadFile(name)
	s.mu.Lock()
	s.docs[name] = &document{uri: p.TextDocument.URI, dirty: err != nil || string(disk) != p.TextDocument.Text}
	s.mu.Unlock()
	s.schedule(p.TextDocument.URI, false)
}

func (s *server) setDirty(uri string, dirty bool) {
	name, ok := uriToPath(uri)
	if !ok {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if d := s.docs[name]; d != nil {
		d.dirty = dirty
	}
}

// schedule asks for the analysis of the package of the Go file at uri,
// when it is in the workspace; saved tells whether the file was just
// saved, or only opened.
func (s *server) schedule(uri string, saved bool) {
	name, ok := uriToPath(uri)
	if !ok || !strings.HasSuffix(name, ".go") || !s.inWorkspace(name) {
		return
	}
	s.queue.add(job{dir: filepath.Dir(name), trigger: name}, saved)
}

// inWorkspace reports whether the file is in a workspace folder, or the
// client named none. Files outside, such as those of the module cache
// opened by "go to definition", are not analysed.
func (s *server) inWorkspace(name string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.roots) == 0 {
		return true
	}
	for _, root := range s.roots {
		if rel, err := filepath.Rel(root, name); err == nil && filepath.IsLocal(rel) {
			return true
		}
	}
	return false
}

// analyze runs a job of the queue and publishes its diagnostics, unless a
// newer request superseded it meanwhile.
func (s *server) analyze(ctx context.Context, j job) {
	rep, err := s.callAnalyze(ctx, j.dir)
	if ctx.Err() != nil || s.queue.superseded(j) {
		return
	}
	var byFile map[string][]fileDiagnostic
	if err != nil {
		msg := strings.TrimSpace(err.Error())
		s.logf("%s: %s", j.dir, msg)
		byFile = map[string][]fileDiagnostic{j.trigger: {errorDiagnostic(Range{}, "fnlint: "+msg)}}
	} else {
		byFile = convert(rep, j.trigger)
		for _, f := range rep.Failures {
			s.logf("%s: %s", j.dir, f)
			s.conn.notify("window/showMessage", ShowMessageParams{Type: MessageError, Message: "fnlint: " + f})
		}
	}
	s.publish(j.dir, byFile)
}

// logf writes a line to the log, if there is one.
func (s *server) logf(format string, args ...any) {
	if s.opts.Log != nil {
		fmt.Fprintf(s.opts.Log, "fnlint lsp: "+format+"\n", args...)
	}
}

// callAnalyze calls the Analyze function, turning a panic into an error.
func (s *server) callAnalyze(ctx context.Context, dir string) (rep *Report, err error) {
	defer func() {
		if v := recover(); v != nil {
			rep, err = nil, fmt.Errorf("analysis of %s panicked: %v", dir, v)
		}
	}()
	return s.opts.Analyze(ctx, dir)
}

// publish replaces the diagnostics that the analysis of dir reported with
// byFile and publishes every file whose diagnostics changed owner or
// content: the files of byFile and those the previous analysis of dir
// published.
func (s *server) publish(dir string, byFile map[string][]fileDiagnostic) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.shutdown {
		return
	}
	files := slices.Sorted(maps.Keys(byFile))
	for _, name := range s.owned[dir] {
		if _, ok := byFile[name]; !ok {
			files = append(files, name)
			delete(s.diags[name], dir)
		}
	}
	for name, ds := range byFile {
		if s.diags[name] == nil {
			s.diags[name] = make(map[string][]fileDiagnostic)
		}
		s.diags[name][dir] = ds
	}
	s.owned[dir] = slices.Sorted(maps.Keys(byFile))
	for _, name := range files {
		diags := []Diagnostic{} // never null: an empty list clears the file
		for _, owner := range slices.Sorted(maps.Keys(s.diags[name])) {
			for _, d := range s.diags[name][owner] {
				diags = append(diags, d.Diagnostic)
			}
		}
		if len(s.diags[name]) == 0 {
			delete(s.diags, name)
		}
		s.conn.notify("textDocument/publishDiagnostics", PublishDiagnosticsParams{URI: s.uri(name), Diagnostics: diags})
	}
}

// uri is the URI of a file: the one the client used if it opened it.
// Called with s.mu held.
func (s *server) uri(name string) string {
	if d := s.docs[name]; d != nil {
		return d.uri
	}
	return pathToURI(name)
}
