package lsp

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"
	"sync"
)

// JSON-RPC 2.0 and LSP error codes.
const (
	CodeParseError           = -32700
	CodeInvalidRequest       = -32600
	CodeMethodNotFound       = -32601
	CodeInvalidParams        = -32602
	CodeInternalError        = -32603
	CodeServerNotInitialized = -32002
)

// maxMessageSize bounds the body of one message: a document sent whole in
// didOpen is the largest, and Go files past this size are not edited in an
// editor.
const maxMessageSize = 64 << 20

// A Message is a JSON-RPC 2.0 message: a request (Method and ID), a
// notification (Method, no ID) or a response (ID and Result or Error).
type Message struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *ResponseError  `json:"error,omitempty"`
}

// IsRequest reports whether m is a request: it has a method and an ID.
func (m *Message) IsRequest() bool { return m.Method != "" && m.ID != nil }

// A ResponseError is the error of a failed request.
type ResponseError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *ResponseError) Error() string { return fmt.Sprintf("%s (code %d)", e.Message, e.Code) }

// errorf returns a ResponseError with a formatted message.
func errorf(code int, format string, args ...any) *ResponseError {
	return &ResponseError{Code: code, Message: fmt.Sprintf(format, args...)}
}

// errFraming is the error of a stream whose headers cannot be read: the
// next message cannot be found, so the connection cannot go on.
var errFraming = errors.New("bad message header")

// ReadMessage reads the body of the next message of r: headers, each
// "Name: value" ended by CRLF, a blank line, then Content-Length bytes.
// It returns io.EOF when r ends between messages.
func ReadMessage(r *bufio.Reader) ([]byte, error) {
	tp := textproto.NewReader(r)
	hdr, err := tp.ReadMIMEHeader()
	if err != nil {
		if errors.Is(err, io.EOF) && len(hdr) == 0 {
			return nil, io.EOF
		}
		return nil, fmt.Errorf("%w: %v", errFraming, err)
	}
	cl := hdr.Get("Content-Length")
	if cl == "" {
		return nil, fmt.Errorf("%w: no Content-Length", errFraming)
	}
	n, err := strconv.Atoi(strings.TrimSpace(cl))
	if err != nil || n < 0 || n > maxMessageSize {
		return nil, fmt.Errorf("%w: Content-Length %q", errFraming, cl)
	}
	body := make([]byte, n)
	if _, err := io.ReadFull(r, body); err != nil {
		return nil, fmt.Errorf("read message body: %w", err)
	}
	return body, nil
}

// WriteMessage writes v as one message with its Content-Length header.
func WriteMessage(w io.Writer, v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode message: %w", err)
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "Content-Length: %d\r\n\r\n", len(body))
	buf.Write(body)
	_, err = w.Write(buf.Bytes())
	return err
}

// parseMessage decodes a message body. A body that is not JSON is a parse
// error, and one that is not a JSON-RPC 2.0 message object an invalid
// request; the message is returned when its ID could be read, so that the
// error can answer it.
func parseMessage(body []byte) (*Message, *ResponseError) {
	var m Message
	if err := json.Unmarshal(body, &m); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) || !json.Valid(body) {
			return nil, errorf(CodeParseError, "parse error: %v", err)
		}
		return nil, errorf(CodeInvalidRequest, "invalid request: %v", err)
	}
	switch {
	case m.JSONRPC != "2.0":
		return &m, errorf(CodeInvalidRequest, `invalid request: jsonrpc must be "2.0"`)
	case m.Method == "" && m.Result == nil && m.Error == nil:
		return &m, errorf(CodeInvalidRequest, "invalid request: no method")
	}
	return &m, nil
}

// A conn writes messages to the client; it may be used from several
// goroutines.
type conn struct {
	mu  sync.Mutex
	w   io.Writer
	err error // the first write error; later writes are dropped
}

// reply answers the request with ID id with result, or with rerr when it
// is not nil.
func (c *conn) reply(id json.RawMessage, result any, rerr *ResponseError) error {
	if id == nil {
		id = json.RawMessage("null")
	}
	m := struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Result  *any            `json:"result,omitempty"`
		Error   *ResponseError  `json:"error,omitempty"`
	}{JSONRPC: "2.0", ID: id, Error: rerr}
	if rerr == nil {
		m.Result = &result // "result": null when result is nil
	}
	return c.write(m)
}

// notify sends a notification.
func (c *conn) notify(method string, params any) error {
	return c.write(struct {
		JSONRPC string `json:"jsonrpc"`
		Method  string `json:"method"`
		Params  any    `json:"params"`
	}{"2.0", method, params})
}

// failed returns the first write error, if any.
func (c *conn) failed() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

func (c *conn) write(v any) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err != nil {
		return c.err
	}
	if err := WriteMessage(c.w, v); err != nil {
		c.err = fmt.Errorf("write message: %w", err)
	}
	return c.err
}
