package lsp

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

// JSON-RPC 2.0 and LSP error codes.
const (
	codeParseError           = -32700
	codeInvalidRequest       = -32600
	codeMethodNotFound       = -32601
	codeServerNotInitialized = -32002
)

// maxBody bounds the size of one message body, and maxHeader that of its
// header lines together.
const (
	maxBody   = 64 << 20
	maxHeader = 64 << 10
)

// ResponseError is the error of a failed request.
type ResponseError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// inMessage is a message from the client: a request (it has an ID), a
// notification (no ID) or a response (no method).
type inMessage struct {
	ID     json.RawMessage `json:"id,omitempty"`
	Method string          `json:"method"`
	Params json.RawMessage `json:"params,omitempty"`
}

// isRequest reports whether the client expects a response.
func (m *inMessage) isRequest() bool { return len(m.ID) > 0 && string(m.ID) != "null" }

type response struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *ResponseError  `json:"error,omitempty"`
}

type notification struct {
	JSONRPC string `json:"jsonrpc"`
	Method  string `json:"method"`
	Params  any    `json:"params"`
}

// readMessage reads the body of one message framed by a Content-Length
// header. It returns io.EOF when the stream ends between messages.
func readMessage(r *bufio.Reader) ([]byte, error) {
	length, headers, size := -1, 0, 0
	for {
		line, err := readLine(r, maxHeader-size)
		if errors.Is(err, errLongHeader) {
			return nil, err
		}
		if err != nil {
			if errors.Is(err, io.EOF) && line == "" && headers == 0 {
				return nil, io.EOF
			}
			return nil, fmt.Errorf("reading header: %w", io.ErrUnexpectedEOF)
		}
		size += len(line)
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			break
		}
		headers++
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("malformed header %q", line)
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			n, err := strconv.Atoi(strings.TrimSpace(value))
			if err != nil || n < 0 || n > maxBody {
				return nil, fmt.Errorf("bad Content-Length %q", value)
			}
			length = n
		}
	}
	if length < 0 {
		return nil, errors.New("message without Content-Length header")
	}
	body := make([]byte, length)
	if _, err := io.ReadFull(r, body); err != nil {
		return nil, fmt.Errorf("reading body: %w", err)
	}
	return body, nil
}

// errLongHeader is returned for a header longer than maxHeader.
var errLongHeader = fmt.Errorf("message header longer than %d bytes", maxHeader)

// readLine reads a line, its newline included, of at most limit bytes.
func readLine(r *bufio.Reader, limit int) (string, error) {
	var line []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if len(line)+len(chunk) > limit {
			return "", errLongHeader
		}
		line = append(line, chunk...)
		if !errors.Is(err, bufio.ErrBufferFull) {
			return string(line), err
		}
	}
}

// conn writes framed messages. It is safe for concurrent use.
type conn struct {
	mu  sync.Mutex
	w   io.Writer
	err error // first write error; later writes are dropped
}

func (c *conn) write(v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "Content-Length: %d\r\n\r\n", len(body))
	buf.Write(body)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err == nil {
		_, c.err = c.w.Write(buf.Bytes())
	}
	return c.err
}

// reply answers a request with a result or an error.
func (c *conn) reply(id json.RawMessage, result any, rerr *ResponseError) error {
	resp := response{JSONRPC: "2.0", ID: id, Error: rerr}
	if rerr == nil {
		data, err := json.Marshal(result)
		if err != nil {
			return err
		}
		resp.Result = data
	}
	return c.write(resp)
}

// request sends a request to the client. The server does not wait for the
// response.
func (c *conn) request(id, method string, params any) {
	_ = c.write(struct {
		notification
		ID string `json:"id"`
	}{notification{JSONRPC: "2.0", Method: method, Params: params}, id})
}

// notify sends a notification. A write error is kept and returned by the
// next reply, which ends the server.
func (c *conn) notify(method string, params any) {
	_ = c.write(notification{JSONRPC: "2.0", Method: method, Params: params})
}
