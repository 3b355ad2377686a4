package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"time"
)

// Options configure the analyses of the server.
type Options struct {
	Tags  string // build tags
	Tests bool   // report findings in test files too
	// Config is the configuration file given by -config, absolute, or ""
	// to use the .facelint.toml found for each package.
	Config string
	// Disable is the value of -disable: rules to switch off.
	Disable string
	// Flags are the other faceconfig flags set on the command line, as
	// go vet takes them (-faceconfig.std=true...).
	Flags []string
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
// analysis under way when Serve returns is cancelled.
func Serve(r io.Reader, w io.Writer, opts Options) error {
	v, err := newVetter(opts)
	if err != nil {
		return err
	}
	return newServer(w, v.analyze, settle).serve(r)
}

// The states of a server.
const (
	stateNew      = iota // waiting for initialize
	stateRunning         // initialized
	stateShutdown        // shutdown received: only exit is left
)

// watchedFiles are the files whose changes, reported by the client, make
// the server analyse the open packages again: Go files that are not open
// (edited outside the editor, or a branch switch), the module files and
// the configuration.
var watchedFiles = []string{"**/*.go", "**/go.mod", "**/go.sum", "**/go.work", "**/.facelint.toml"}

type server struct {
	conn    *conn
	analyze analyzeFunc
	queue   *queue

	// Touched by the reading goroutine only.
	state     int
	open      map[string]string // URI of an open Go document -> its directory
	canWatch  bool              // the client registers file watchers on request
	requestID int               // of the last request sent to the client

	mu        sync.Mutex          // orders the publishing of diagnostics
	published map[string][]string // package dir -> URIs that have diagnostics
	shown     map[string]string   // package dir -> error last shown for it
}

func newServer(w io.Writer, analyze analyzeFunc, delay time.Duration) *server {
	s := &server{
		conn:      &conn{w: w},
		analyze:   analyze,
		open:      map[string]string{},
		published: map[string][]string{},
		shown:     map[string]string{},
	}
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
			// A response to client/registerCapability: nothing to do.
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

// initializeParams is the part of the parameters of initialize that the
// server reads.
type initializeParams struct {
	Capabilities struct {
		Workspace struct {
			DidChangeWatchedFiles struct {
				DynamicRegistration bool `json:"dynamicRegistration"`
			} `json:"didChangeWatchedFiles"`
		} `json:"workspace"`
	} `json:"capabilities"`
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
		var p initializeParams
		if len(msg.Params) > 0 && json.Unmarshal(msg.Params, &p) == nil {
			s.canWatch = p.Capabilities.Workspace.DidChangeWatchedFiles.DynamicRegistration
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
// are ignored: textDocument/didChange (analyses read files as saved),
// $/cancelRequest (requests are answered at once) and unknown ones.
func (s *server) notification(msg *inMessage) {
	if s.state != stateRunning {
		return
	}
	switch msg.Method {
	case "initialized":
		s.registerWatchers()
	case "textDocument/didOpen", "textDocument/didSave", "textDocument/didClose":
		var p DocumentParams
		if json.Unmarshal(msg.Params, &p) == nil {
			s.document(msg.Method, p.TextDocument.URI)
		}
	case "workspace/didChangeWatchedFiles":
		var p DidChangeWatchedFilesParams
		if json.Unmarshal(msg.Params, &p) == nil {
			s.filesChanged(p.Changes)
		}
	}
}

// registerWatchers asks the client to report changes of watchedFiles, if
// it can.
func (s *server) registerWatchers() {
	if !s.canWatch {
		return
	}
	var opts DidChangeWatchedFilesRegistrationOptions
	for _, glob := range watchedFiles {
		opts.Watchers = append(opts.Watchers, FileSystemWatcher{GlobPattern: glob})
	}
	s.requestID++
	s.conn.request("facelint-"+strconv.Itoa(s.requestID), "client/registerCapability", RegistrationParams{
		Registrations: []Registration{{ID: "facelint-watched-files", Method: "workspace/didChangeWatchedFiles", RegisterOptions: opts}},
	})
}

// document handles the opening, saving and closing of a document. A Go
// file's package is analysed when it is opened; when it is saved, so are
// the packages of the other open documents, which may depend on it: go
// vet's cache makes those that do not cost little. Saving go.mod, go.sum,
// go.work or the configuration analyses every open package again.
func (s *server) document(method, uri string) {
	path, err := uriToPath(uri)
	if err != nil {
		return
	}
	if filepath.Ext(path) != ".go" {
		if method == "textDocument/didSave" && invalidates(path) {
			s.queue.add(s.openDirs(), true)
		}
		return
	}
	dir := filepath.Dir(path)
	// The URI as the server spells it, which may differ from the client's
	// in its escapes.
	uri = pathToURI(path)
	switch method {
	case "textDocument/didOpen":
		s.open[uri] = dir
		s.queue.add([]string{dir}, false)
	case "textDocument/didSave":
		s.queue.add(append([]string{dir}, s.openDirs()...), true)
	case "textDocument/didClose":
		delete(s.open, uri)
		s.clear(uri)
	}
}

// filesChanged handles changes of watched files. Changes of open Go
// documents are left to textDocument/didSave.
func (s *server) filesChanged(changes []FileEvent) {
	for _, c := range changes {
		path, err := uriToPath(c.URI)
		if err != nil {
			continue
		}
		if _, open := s.open[pathToURI(path)]; open {
			continue
		}
		if filepath.Ext(path) == ".go" || invalidates(path) {
			s.queue.add(s.openDirs(), true)
			return
		}
	}
}

// invalidates reports whether a change of the file at path may change the
// findings of every package: the module files and the configuration.
func invalidates(path string) bool {
	switch filepath.Base(path) {
	case "go.mod", "go.sum", "go.work", ".facelint.toml":
		return true
	}
	return false
}

// openDirs returns the directories of the open Go documents, sorted.
func (s *server) openDirs() []string {
	dirs := slices.Sorted(maps.Values(s.open))
	return slices.Compact(dirs)
}

// run analyses the packages in dirs and publishes their diagnostics. When
// the analysis is cancelled it publishes nothing and returns false. A package that does not
// build, or lies outside any module, is logged; other errors (a broken
// .facelint.toml) are shown once, until they change or are fixed. Either
// way the diagnostics published before stay.
func (s *server) run(ctx context.Context, dirs []string) bool {
	start := time.Now()
	results, err := s.analyze(ctx, dirs)
	if err != nil {
		s.conn.notify("window/logMessage", MessageParams{Type: MessageLog, Message: fmt.Sprintf("facelint: analysis of %d packages stopped: %v", len(dirs), context.Cause(ctx))})
		return false
	}
	n := 0
	for _, dir := range dirs {
		res, ok := results[dir]
		if !ok {
			continue
		}
		if res.err != nil {
			s.report(dir, res.err)
			continue
		}
		n += s.publish(dir, res.diags)
	}
	s.conn.notify("window/logMessage", MessageParams{Type: MessageLog, Message: fmt.Sprintf("facelint: analysed %d packages in %.2fs: %d findings", len(dirs), time.Since(start).Seconds(), n)})
	return true
}

// report logs the error of the analysis of a package, and shows it unless
// it is a build error or was shown already.
func (s *server) report(dir string, err error) {
	msg := fmt.Sprintf("facelint: %s: %v", dir, err)
	s.conn.notify("window/logMessage", MessageParams{Type: MessageError, Message: msg})
	var build *buildError
	if errors.As(err, &build) {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.shown[dir] != msg {
		s.shown[dir] = msg
		s.conn.notify("window/showMessage", MessageParams{Type: MessageError, Message: msg})
	}
}

// publish sends the diagnostics of the package in dir, after empty lists
// for its files that had diagnostics and have none now. It returns the
// number of diagnostics.
func (s *server) publish(dir string, diags map[string][]Diagnostic) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.shown, dir)
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
