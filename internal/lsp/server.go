package lsp

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"slices"
	"sync"
	"time"
)

// Options configure the analyses of the server.
type Options struct {
	Tags  string // build tags
	Tests bool   // analyse test files too
}

// settle is how long the server lets a burst of saves settle before it
// starts an analysis.
const settle = 100 * time.Millisecond

// errNoShutdown is returned when the client sends exit before shutdown.
var errNoShutdown = errors.New("exit without shutdown")

// Serve runs the language server: it reads the client's messages from r
// and writes responses and notifications to w. It returns nil when the
// client sends exit after shutdown or closes r, and an error when the
// stream is malformed or the client exits without shutting down. An
// analysis under way when Serve returns is finished first.
func Serve(r io.Reader, w io.Writer, opts Options) error {
	return newServer(w, opts.analyze, settle).serve(r)
}

// The states of a server.
const (
	stateNew      = iota // waiting for initialize
	stateRunning         // initialized
	stateShutdown        // shutdown received: only exit is left
)

type server struct {
	conn    *conn
	analyze analyzeFunc
	queue   *queue
	state   int // touched by the reading goroutine only

	mu        sync.Mutex          // orders the publishing of diagnostics
	published map[string][]string // package dir -> URIs that have diagnostics
}

func newServer(w io.Writer, analyze analyzeFunc, delay time.Duration) *server {
	s := &server{conn: &conn{w: w}, analyze: analyze, published: map[string][]string{}}
	s.queue = newQueue(s.run, delay)
	return s
}

func (s *server) serve(r io.Reader) error {
	defer s.queue.stop()
	br := bufio.NewReader(r)
	for {
		body, err := readMessage(br)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		var msg inMessage
		if err := json.Unmarshal(body, &msg); err != nil {
			if err := s.conn.reply(json.RawMessage("null"), nil, &ResponseError{Code: codeParseError, Message: err.Error()}); err != nil {
				return err
			}
			continue
		}
		switch {
		case msg.Method == "":
			// A response: the server sends no requests.
		case msg.Method == "exit":
			if s.state != stateShutdown {
				return errNoShutdown
			}
			return nil
		case msg.isRequest():
			result, rerr := s.request(&msg)
			if err := s.conn.reply(msg.ID, result, rerr); err != nil {
				return err
			}
		default:
			s.notification(&msg)
		}
	}
}

// request handles a request and returns its result or error.
func (s *server) request(msg *inMessage) (any, *ResponseError) {
	switch {
	case s.state == stateNew && msg.Method != "initialize":
		return nil, &ResponseError{Code: codeServerNotInitialized, Message: "server not initialized"}
	case s.state == stateShutdown:
		return nil, &ResponseError{Code: codeInvalidRequest, Message: "server is shutting down"}
	}
	switch msg.Method {
	case "initialize":
		if s.state != stateNew {
			return nil, &ResponseError{Code: codeInvalidRequest, Message: "server already initialized"}
		}
		s.state = stateRunning
		return InitializeResult{
			Capabilities: ServerCapabilities{TextDocumentSync: TextDocumentSyncOptions{
				OpenClose: true,
				Change:    SyncNone,
				Save:      &SaveOptions{IncludeText: false},
			}},
			ServerInfo: ServerInfo{Name: source},
		}, nil
	case "shutdown":
		s.state = stateShutdown
		s.queue.stop()
		return nil, nil
	}
	return nil, &ResponseError{Code: codeMethodNotFound, Message: "method not supported: " + msg.Method}
}

// notification handles a notification. Those the server does not act on
// are ignored: initialized, textDocument/didChange (analyses read files as
// saved), $/cancelRequest (requests are answered at once) and unknown ones.
func (s *server) notification(msg *inMessage) {
	switch {
	case s.state != stateRunning:
		return
	case msg.Method != "textDocument/didOpen" && msg.Method != "textDocument/didSave" && msg.Method != "textDocument/didClose":
		return
	}
	var p DocumentParams
	if json.Unmarshal(msg.Params, &p) != nil {
		return
	}
	path, err := uriToPath(p.TextDocument.URI)
	if err != nil || filepath.Ext(path) != ".go" {
		return
	}
	if msg.Method == "textDocument/didClose" {
		// The URI as the server spells it, which may differ from the
		// client's in its escapes.
		s.clear(pathToURI(path))
		return
	}
	s.queue.add(filepath.Dir(path))
}

// run analyses the package in dir and publishes its diagnostics. On error
// it shows the error and leaves the diagnostics published before.
func (s *server) run(dir string) {
	start := time.Now()
	diags, err := s.analyze(dir)
	if err != nil {
		s.conn.notify("window/showMessage", MessageParams{Type: MessageError, Message: fmt.Sprintf("facelint: %s: %v", dir, err)})
		return
	}
	n := s.publish(dir, diags)
	s.conn.notify("window/logMessage", MessageParams{Type: MessageLog, Message: fmt.Sprintf("facelint: analysed %s in %.1fs: %d findings", dir, time.Since(start).Seconds(), n)})
}

// publish sends the diagnostics of the package in dir, after empty lists
// for its files that had diagnostics and have none now. It returns the
// number of diagnostics.
func (s *server) publish(dir string, diags map[string][]Diagnostic) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, uri := range s.published[dir] {
		if _, ok := diags[uri]; !ok {
			s.conn.notify("textDocument/publishDiagnostics", PublishDiagnosticsParams{URI: uri, Diagnostics: []Diagnostic{}})
		}
	}
	uris := slices.Sorted(maps.Keys(diags))
	n := 0
	for _, uri := range uris {
		n += len(diags[uri])
		s.conn.notify("textDocument/publishDiagnostics", PublishDiagnosticsParams{URI: uri, Diagnostics: diags[uri]})
	}
	s.published[dir] = uris
	return n
}

// clear removes the diagnostics of a closed document.
func (s *server) clear(uri string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	had := false
	for dir, uris := range s.published {
		if i := slices.Index(uris, uri); i >= 0 {
			s.published[dir] = slices.Delete(uris, i, i+1)
			had = true
		}
	}
	if had {
		s.conn.notify("textDocument/publishDiagnostics", PublishDiagnosticsParams{URI: uri, Diagnostics: []Diagnostic{}})
	}
}
