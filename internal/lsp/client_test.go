package lsp_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/fnlint/fnlint/internal/lsp"
)

// timeout bounds the wait for one message: an analysis of the fixture
// takes a second or two, more on a loaded machine.
const timeout = 60 * time.Second

// A client is a scripted LSP client: it writes requests and notifications
// and reads the server's messages in order.
type client struct {
	t      *testing.T
	w      io.Writer
	msgs   chan *lsp.Message
	nextID int
}

// newClient starts reading the server's messages from r.
func newClient(t *testing.T, r io.Reader, w io.Writer) *client {
	c := &client{t: t, w: w, msgs: make(chan *lsp.Message, 100)}
	go func() {
		defer close(c.msgs)
		br := bufio.NewReader(r)
		for {
			body, err := lsp.ReadMessage(br)
			if err != nil {
				return
			}
			m := new(lsp.Message)
			if err := json.Unmarshal(body, m); err != nil {
				t.Errorf("server sent invalid JSON %q: %v", body, err)
				return
			}
			c.msgs <- m
		}
	}()
	return c
}

// send writes a raw message body with its header.
func (c *client) send(body string) {
	c.t.Helper()
	_, err := fmt.Fprintf(c.w, "Content-Length: %d\r\n\r\n%s", len(body), body)
	require.NoError(c.t, err)
}

// notify sends a notification.
func (c *client) notify(method string, params any) {
	c.t.Helper()
	require.NoError(c.t, lsp.WriteMessage(c.w, map[string]any{"jsonrpc": "2.0", "method": method, "params": params}))
}

// request sends a request and returns its ID.
func (c *client) request(method string, params any) json.RawMessage {
	c.t.Helper()
	c.nextID++
	m := map[string]any{"jsonrpc": "2.0", "id": c.nextID, "method": method}
	if params != nil {
		m["params"] = params
	}
	require.NoError(c.t, lsp.WriteMessage(c.w, m))
	return json.RawMessage(strconv.Itoa(c.nextID))
}

// next returns the next message of the server.
func (c *client) next() *lsp.Message {
	c.t.Helper()
	select {
	case m, ok := <-c.msgs:
		require.True(c.t, ok, "the server closed the connection")
		return m
	case <-time.After(timeout):
		c.t.Fatalf("no message from the server in %v", timeout)
		return nil
	}
}

// call sends a request and decodes its result into result, or returns
// its error; the response must be the next message of the server.
func (c *client) call(method string, params any, result any) *lsp.ResponseError {
	c.t.Helper()
	id := c.request(method, params)
	m := c.next()
	require.Empty(c.t, m.Method, "want the response to %s, got %s", method, m.Method)
	require.JSONEq(c.t, string(id), string(m.ID))
	if m.Error != nil {
		return m.Error
	}
	if result != nil {
		require.NoError(c.t, json.Unmarshal(m.Result, result))
	}
	return nil
}

// diagnostics reads n publishDiagnostics notifications and returns them
// by URI; any other message fails the test.
func (c *client) diagnostics(n int) map[string][]lsp.Diagnostic {
	c.t.Helper()
	out := make(map[string][]lsp.Diagnostic)
	for range n {
		m := c.next()
		require.Equal(c.t, "textDocument/publishDiagnostics", m.Method, "message: %+v", m)
		var p lsp.PublishDiagnosticsParams
		require.NoError(c.t, json.Unmarshal(m.Params, &p))
		require.NotContains(c.t, out, p.URI, "two publications for one file")
		require.NotNil(c.t, p.Diagnostics, "diagnostics must be a list, never null")
		out[p.URI] = p.Diagnostics
	}
	return out
}

// quiet checks that the server sends nothing for a while.
func (c *client) quiet(d time.Duration) {
	c.t.Helper()
	select {
	case m, ok := <-c.msgs:
		if ok {
			c.t.Fatalf("unexpected message %s %s %s", m.Method, m.Params, m.Result)
		}
	case <-time.After(d):
	}
}

// initialize runs the handshake with a client that takes code action
// literals, with root as the workspace folder.
func (c *client) initialize(root string) lsp.InitializeResult {
	c.t.Helper()
	var res lsp.InitializeResult
	params := map[string]any{
		"processId":        nil,
		"rootUri":          uri(root),
		"workspaceFolders": []map[string]string{{"uri": uri(root), "name": "fixture"}},
		"capabilities": map[string]any{"textDocument": map[string]any{"codeAction": map[string]any{
			"codeActionLiteralSupport": map[string]any{"codeActionKind": map[string]any{"valueSet": []string{"quickfix"}}},
		}}},
	}
	require.Nil(c.t, c.call("initialize", params, &res))
	c.notify("initialized", map[string]any{})
	return res
}
