package lsp

import (
	"bufio"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"
)

// testClient is the client side of the protocol, for tests.
type testClient struct {
	t       *testing.T
	conn    *conn
	msgs    chan clientMessage
	backlog []clientMessage
	nextID  int
	timeout time.Duration
}

// clientMessage is any message from the server.
type clientMessage struct {
	ID     json.RawMessage `json:"id"`
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
	Result json.RawMessage `json:"result"`
	Error  *ResponseError  `json:"error"`
}

// newTestClient reads the server's messages from r and writes to w.
func newTestClient(t *testing.T, r io.Reader, w io.Writer, timeout time.Duration) *testClient {
	c := &testClient{t: t, conn: &conn{w: w}, msgs: make(chan clientMessage, 1000), timeout: timeout}
	go func() {
		defer close(c.msgs)
		br := bufio.NewReader(r)
		for {
			body, err := readMessage(br)
			if err != nil {
				return
			}
			var m clientMessage
			if err := json.Unmarshal(body, &m); err != nil {
				t.Errorf("server sent invalid JSON %q: %v", body, err)
				return
			}
			c.msgs <- m
		}
	}()
	return c
}

// request sends a request and returns its ID.
func (c *testClient) request(method string, params any) int {
	c.t.Helper()
	c.nextID++
	msg := map[string]any{"jsonrpc": "2.0", "id": c.nextID, "method": method, "params": params}
	if err := c.conn.write(msg); err != nil {
		c.t.Fatalf("sending %s: %v", method, err)
	}
	return c.nextID
}

// call sends a request and waits for its response.
func (c *testClient) call(method string, params any) clientMessage {
	c.t.Helper()
	id := strconv.Itoa(c.request(method, params))
	return c.await("response to "+method, func(m clientMessage) bool { return m.Method == "" && string(m.ID) == id })
}

// notify sends a notification.
func (c *testClient) notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.write(map[string]any{"jsonrpc": "2.0", "method": method, "params": params}); err != nil {
		c.t.Fatalf("sending %s: %v", method, err)
	}
}

// await returns the first message, received or kept from earlier, that
// matches; the others are kept for later calls.
func (c *testClient) await(what string, match func(clientMessage) bool) clientMessage {
	c.t.Helper()
	for i, m := range c.backlog {
		if match(m) {
			c.backlog = append(c.backlog[:i], c.backlog[i+1:]...)
			return m
		}
	}
	timer := time.NewTimer(c.timeout)
	defer timer.Stop()
	for {
		select {
		case m, ok := <-c.msgs:
			if !ok {
				c.t.Fatalf("server closed the stream while waiting for %s", what)
			}
			if match(m) {
				return m
			}
			c.backlog = append(c.backlog, m)
		case <-timer.C:
			var logs []string
			for _, m := range c.backlog {
				if m.Method == "window/logMessage" || m.Method == "window/showMessage" {
					logs = append(logs, string(m.Params))
				}
			}
			c.t.Fatalf("no %s after %v; the server said:\n%s", what, c.timeout, strings.Join(logs, "\n"))
		}
	}
}

// diagnostics waits for the next diagnostics of a document.
func (c *testClient) diagnostics(uri string) []Diagnostic {
	c.t.Helper()
	m := c.await("diagnostics for "+uri, func(m clientMessage) bool {
		if m.Method != "textDocument/publishDiagnostics" {
			return false
		}
		var p PublishDiagnosticsParams
		return json.Unmarshal(m.Params, &p) == nil && p.URI == uri
	})
	var p PublishDiagnosticsParams
	if err := json.Unmarshal(m.Params, &p); err != nil {
		c.t.Fatal(err)
	}
	if p.Diagnostics == nil {
		c.t.Errorf("diagnostics of %s are null, want a list", uri)
	}
	return p.Diagnostics
}
