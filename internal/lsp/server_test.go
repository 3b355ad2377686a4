package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeAnalysis stands in for facelint: each analysis of a directory
// returns the next of its results, and may wait for the test.
type fakeAnalysis struct {
	mu      sync.Mutex
	results map[string][]result
	calls   [][]string    // the directories of each analysis
	started chan []string // if set, receives the directories of each analysis
	release chan struct{} // if set, each analysis waits for a value or its cancellation
	stopped chan error    // if set, receives the cause of each cancelled analysis
}

func (f *fakeAnalysis) analyze(ctx context.Context, dirs []string) (map[string]result, error) {
	f.mu.Lock()
	f.calls = append(f.calls, dirs)
	out := map[string]result{}
	for _, dir := range dirs {
		var r result
		if rs := f.results[dir]; len(rs) > 0 {
			r, f.results[dir] = rs[0], rs[1:]
		}
		out[dir] = r
	}
	f.mu.Unlock()
	if f.started != nil {
		f.started <- dirs
	}
	if f.release != nil {
		select {
		case <-f.release:
		case <-ctx.Done():
			if f.stopped != nil {
				f.stopped <- context.Cause(ctx)
			}
			return nil, ctx.Err()
		}
	}
	return out, nil
}

func (f *fakeAnalysis) callsSoFar() [][]string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.calls)
}

// startServer runs a server in-process over pipes and returns the client
// and the channel that receives Serve's result.
func startServer(t *testing.T, analyze analyzeFunc) (*testClient, <-chan error) {
	t.Helper()
	clientIn, serverOut := io.Pipe()
	serverIn, clientOut := io.Pipe()
	result := make(chan error, 1)
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		result <- newServer(serverOut, analyze, 0).serve(serverIn)
		serverOut.Close()
	}()
	t.Cleanup(func() {
		clientOut.Close()
		clientIn.Close()
		<-finished
	})
	return newTestClient(t, clientIn, clientOut, 10*time.Second), result
}

func initialize(t *testing.T, c *testClient) {
	t.Helper()
	if resp := c.call("initialize", map[string]any{"processId": nil, "capabilities": map[string]any{}}); resp.Error != nil {
		t.Fatalf("initialize: %+v", resp.Error)
	}
	c.notify("initialized", map[string]any{})
}

func doc(uri string) map[string]any {
	return map[string]any{"textDocument": map[string]any{"uri": uri}}
}

func wantError(t *testing.T, m clientMessage, code int) {
	t.Helper()
	if m.Error == nil || m.Error.Code != code {
		t.Errorf("got error %+v, result %s; want error code %d", m.Error, m.Result, code)
	}
}

func awaitResult(t *testing.T, result <-chan error) error {
	t.Helper()
	select {
	case err := <-result:
		return err
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return")
		return nil
	}
}

func TestLifecycle(t *testing.T) {
	c, result := startServer(t, (&fakeAnalysis{}).analyze)
	wantError(t, c.call("textDocument/hover", map[string]any{}), codeServerNotInitialized)

	resp := c.call("initialize", map[string]any{"processId": nil, "capabilities": map[string]any{}})
	want := `{"capabilities":{"textDocumentSync":{"openClose":true,"change":0,"save":{"includeText":false}}},"serverInfo":{"name":"facelint"}}`
	if resp.Error != nil || string(resp.Result) != want {
		t.Errorf("initialize = %s, %+v; want %s", resp.Result, resp.Error, want)
	}
	wantError(t, c.call("initialize", map[string]any{}), codeInvalidRequest)
	c.notify("initialized", map[string]any{})
	c.notify("$/cancelRequest", map[string]any{"id": 1})
	c.notify("workspace/didChangeConfiguration", map[string]any{"settings": nil})
	c.notify("textDocument/didChange", map[string]any{})
	wantError(t, c.call("textDocument/hover", map[string]any{}), codeMethodNotFound)

	if _, err := io.WriteString(c.conn.w, "Content-Length: 5\r\n\r\n{oops"); err != nil {
		t.Fatal(err)
	}
	parseErr := c.await("parse error", func(m clientMessage) bool { return m.Error != nil && string(m.ID) == "null" })
	wantError(t, parseErr, codeParseError)

	if resp := c.call("shutdown", nil); resp.Error != nil || string(resp.Result) != "null" {
		t.Errorf("shutdown = %s, %+v; want null", resp.Result, resp.Error)
	}
	wantError(t, c.call("textDocument/hover", map[string]any{}), codeInvalidRequest)
	c.notify("exit", nil)
	if err := awaitResult(t, result); err != nil {
		t.Errorf("Serve after shutdown and exit = %v, want nil", err)
	}
}

func TestExitWithoutShutdown(t *testing.T) {
	c, result := startServer(t, (&fakeAnalysis{}).analyze)
	initialize(t, c)
	c.notify("exit", nil)
	if err := awaitResult(t, result); !errors.Is(err, errNoShutdown) {
		t.Errorf("Serve = %v, want %v", err, errNoShutdown)
	}
}

func TestPublishAndClear(t *testing.T) {
	dir := t.TempDir()
	a, b := pathToURI(filepath.Join(dir, "a.go")), pathToURI(filepath.Join(dir, "b.go"))
	da := Diagnostic{Code: "FR101", Message: "in a", Source: source}
	db := Diagnostic{Code: "FR201", Message: "in b", Source: source}
	fake := &fakeAnalysis{results: map[string][]result{dir: {
		{diags: map[string][]Diagnostic{a: {da}, b: {db}}},
		{diags: map[string][]Diagnostic{a: {da}}},
	}}}
	c, _ := startServer(t, fake.analyze)
	initialize(t, c)

	c.notify("textDocument/didOpen", doc(pathToURI(filepath.Join(dir, "notes.txt"))))
	c.notify("textDocument/didOpen", doc(a))
	if got := c.diagnostics(a); len(got) != 1 || got[0].Message != "in a" {
		t.Errorf("diagnostics of a.go after open = %+v", got)
	}
	if got := c.diagnostics(b); len(got) != 1 || got[0].Message != "in b" {
		t.Errorf("diagnostics of b.go after open = %+v", got)
	}

	c.notify("textDocument/didSave", doc(a))
	if got := c.diagnostics(a); len(got) != 1 {
		t.Errorf("diagnostics of a.go after save = %+v", got)
	}
	if got := c.diagnostics(b); len(got) != 0 {
		t.Errorf("diagnostics of b.go after save = %+v, want none", got)
	}

	c.notify("textDocument/didClose", doc(a))
	if got := c.diagnostics(a); len(got) != 0 {
		t.Errorf("diagnostics of a.go after close = %+v, want none", got)
	}
	c.call("shutdown", nil)
	if got, want := fake.callsSoFar(), [][]string{{dir}, {dir}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("analyses = %q, want %q", got, want)
	}
}

// TestSaveAnalysesOpenPackages checks that a save analyses the saved
// package and the packages of the open documents, which may depend on it,
// and an open the opened package only.
func TestSaveAnalysesOpenPackages(t *testing.T) {
	root := t.TempDir()
	app, lib, other := filepath.Join(root, "app"), filepath.Join(root, "lib"), filepath.Join(root, "other")
	fake := &fakeAnalysis{started: make(chan []string), release: make(chan struct{})}
	c, _ := startServer(t, fake.analyze)
	initialize(t, c)

	c.notify("textDocument/didOpen", doc(pathToURI(filepath.Join(app, "main.go"))))
	if got := <-fake.started; !slices.Equal(got, []string{app}) {
		t.Errorf("analysis after opening app/main.go = %q, want app", got)
	}
	fake.release <- struct{}{}
	c.notify("textDocument/didOpen", doc(pathToURI(filepath.Join(other, "x.go"))))
	<-fake.started
	fake.release <- struct{}{}
	c.notify("textDocument/didSave", doc(pathToURI(filepath.Join(lib, "lib.go"))))
	if got, want := <-fake.started, []string{lib, app, other}; !slices.Equal(got, want) {
		t.Errorf("analysis after saving lib/lib.go = %q, want %q", got, want)
	}
	fake.release <- struct{}{}
	c.call("shutdown", nil)
}

// TestStaleAnalysisCancelled checks that a save during an analysis cancels
// it, publishes nothing of it, and analyses its packages again with the
// saved one.
func TestStaleAnalysisCancelled(t *testing.T) {
	dir, lib := t.TempDir(), t.TempDir()
	uri := pathToURI(filepath.Join(dir, "a.go"))
	fresh := Diagnostic{Code: "FR101", Message: "fresh", Source: source}
	stale := Diagnostic{Code: "FR101", Message: "stale", Source: source}
	fake := &fakeAnalysis{
		results: map[string][]result{dir: {
			{diags: map[string][]Diagnostic{uri: {stale}}},
			{diags: map[string][]Diagnostic{uri: {fresh}}},
		}},
		started: make(chan []string),
		release: make(chan struct{}),
		stopped: make(chan error, 1),
	}
	c, _ := startServer(t, fake.analyze)
	initialize(t, c)

	c.notify("textDocument/didOpen", doc(uri))
	<-fake.started
	c.notify("textDocument/didSave", doc(pathToURI(filepath.Join(lib, "lib.go"))))
	if cause := <-fake.stopped; !errors.Is(cause, errStale) {
		t.Errorf("the first analysis stopped because %v, want %v", cause, errStale)
	}
	if got, want := <-fake.started, []string{dir, lib}; !slices.Equal(got, want) {
		t.Errorf("analysis after the save = %q, want %q", got, want)
	}
	fake.release <- struct{}{}
	if got := c.diagnostics(uri); len(got) != 1 || got[0].Message != "fresh" {
		t.Errorf("diagnostics = %+v, want those of the second analysis only", got)
	}
	c.call("shutdown", nil)
}

// TestOpenDoesNotCancel checks that opening a document during an analysis
// queues its package after it without cancelling it.
func TestOpenDoesNotCancel(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	fake := &fakeAnalysis{started: make(chan []string), release: make(chan struct{}), stopped: make(chan error, 1)}
	c, _ := startServer(t, fake.analyze)
	initialize(t, c)

	c.notify("textDocument/didOpen", doc(pathToURI(filepath.Join(a, "a.go"))))
	<-fake.started
	c.notify("textDocument/didOpen", doc(pathToURI(filepath.Join(b, "b.go"))))
	c.call("facelint/sync", nil) // the open is handled before this is answered
	fake.release <- struct{}{}
	if got := <-fake.started; !slices.Equal(got, []string{b}) {
		t.Errorf("second analysis = %q, want %q", got, b)
	}
	fake.release <- struct{}{}
	select {
	case cause := <-fake.stopped:
		t.Errorf("an analysis was cancelled: %v", cause)
	default:
	}
	c.call("shutdown", nil)
}

// TestShutdownCancels checks that shutdown is answered while an analysis
// runs, by cancelling it.
func TestShutdownCancels(t *testing.T) {
	dir := t.TempDir()
	fake := &fakeAnalysis{started: make(chan []string), release: make(chan struct{}), stopped: make(chan error, 1)}
	c, _ := startServer(t, fake.analyze)
	initialize(t, c)
	c.notify("textDocument/didOpen", doc(pathToURI(filepath.Join(dir, "a.go"))))
	<-fake.started
	// The analysis never finishes by itself: shutdown must cancel it.
	if resp := c.call("shutdown", nil); resp.Error != nil {
		t.Errorf("shutdown: %+v", resp.Error)
	}
	if cause := <-fake.stopped; !errors.Is(cause, context.Canceled) {
		t.Errorf("analysis stopped because %v, want the shutdown", cause)
	}
}

func TestCoalesce(t *testing.T) {
	dir := t.TempDir()
	uri := pathToURI(filepath.Join(dir, "a.go"))
	fake := &fakeAnalysis{started: make(chan []string), release: make(chan struct{})}
	c, _ := startServer(t, fake.analyze)
	initialize(t, c)

	c.notify("textDocument/didOpen", doc(uri))
	<-fake.started
	c.notify("textDocument/didOpen", doc(pathToURI(filepath.Join(t.TempDir(), "b.go"))))
	c.notify("textDocument/didOpen", doc(pathToURI(filepath.Join(t.TempDir(), "c.go"))))
	// The opens are handled before this request is answered.
	c.call("facelint/sync", nil)
	fake.release <- struct{}{}
	if got := <-fake.started; len(got) != 2 {
		t.Errorf("second analysis = %q, want the two packages opened during the first", got)
	}
	fake.release <- struct{}{}
	c.call("shutdown", nil)
	if got := fake.callsSoFar(); len(got) != 2 {
		t.Errorf("%d analyses for three opens, two during the first analysis; want 2", len(got))
	}
}

// TestAnalysisErrors checks that build errors (a type error, a file outside
// any module) are logged and never shown, and that other errors (a broken
// configuration) are shown once until they change.
func TestAnalysisErrors(t *testing.T) {
	dir := t.TempDir()
	uri := pathToURI(filepath.Join(dir, "a.go"))
	typeErr := &buildError{msg: "a.go:3:23: cannot use \"x\" (untyped string constant) as int value"}
	configErr := errors.New(".facelint.toml:2:1: unknown key")
	fake := &fakeAnalysis{results: map[string][]result{dir: {
		{err: typeErr}, {err: typeErr}, {err: configErr}, {err: configErr}, {diags: map[string][]Diagnostic{}},
	}}}
	c, _ := startServer(t, fake.analyze)
	initialize(t, c)
	logged := func() MessageParams {
		t.Helper()
		m := c.await("error log", func(m clientMessage) bool {
			var p MessageParams
			return m.Method == "window/logMessage" && json.Unmarshal(m.Params, &p) == nil && p.Type == MessageError
		})
		var p MessageParams
		json.Unmarshal(m.Params, &p)
		return p
	}
	for range 4 {
		c.notify("textDocument/didSave", doc(uri))
		if m := logged(); !strings.Contains(m.Message, "unknown key") && !strings.Contains(m.Message, "cannot use") {
			t.Errorf("logged %q, want the error", m.Message)
		}
	}
	c.notify("textDocument/didSave", doc(uri))
	c.await("end of the fifth analysis", func(m clientMessage) bool {
		var p MessageParams
		return m.Method == "window/logMessage" && json.Unmarshal(m.Params, &p) == nil && strings.Contains(p.Message, "analysed")
	})
	var shown []string
	for _, m := range c.backlog {
		if m.Method == "window/showMessage" {
			shown = append(shown, string(m.Params))
		}
	}
	if len(shown) != 1 || !strings.Contains(shown[0], "unknown key") {
		t.Errorf("shown messages = %q, want the configuration error once", shown)
	}
	if resp := c.call("shutdown", nil); resp.Error != nil {
		t.Errorf("shutdown after analysis errors: %+v", resp.Error)
	}
}

// TestWatchedFiles checks that the server registers file watchers when the
// client can, and that a change of go.mod, go.sum or the configuration, or
// of a Go file that is not open, analyses the open packages again.
func TestWatchedFiles(t *testing.T) {
	dir := t.TempDir()
	open := pathToURI(filepath.Join(dir, "a.go"))
	fake := &fakeAnalysis{started: make(chan []string), release: make(chan struct{})}
	c, _ := startServer(t, fake.analyze)
	params := map[string]any{"processId": nil, "capabilities": map[string]any{
		"workspace": map[string]any{"didChangeWatchedFiles": map[string]any{"dynamicRegistration": true}},
	}}
	if resp := c.call("initialize", params); resp.Error != nil {
		t.Fatalf("initialize: %+v", resp.Error)
	}
	c.notify("initialized", map[string]any{})
	reg := c.await("client/registerCapability", func(m clientMessage) bool { return m.Method == "client/registerCapability" })
	if len(reg.ID) == 0 || !strings.Contains(string(reg.Params), `"**/.facelint.toml"`) || !strings.Contains(string(reg.Params), `"**/go.mod"`) {
		t.Errorf("registration = id %s, %s; want a request for the module files and the configuration", reg.ID, reg.Params)
	}
	c.conn.write(map[string]any{"jsonrpc": "2.0", "id": json.RawMessage(reg.ID), "result": nil})

	c.notify("textDocument/didOpen", doc(open))
	<-fake.started
	fake.release <- struct{}{}
	change := func(name string) map[string]any {
		return map[string]any{"changes": []map[string]any{{"uri": pathToURI(filepath.Join(dir, name)), "type": 2}}}
	}
	for _, name := range []string{"go.mod", "go.sum", ".facelint.toml", "other.go"} {
		c.notify("workspace/didChangeWatchedFiles", change(name))
		if got := <-fake.started; !slices.Equal(got, []string{dir}) {
			t.Errorf("analysis after a change of %s = %q, want %q", name, got, dir)
		}
		fake.release <- struct{}{}
	}
	// Changes of an open document and of other files are left alone.
	c.notify("workspace/didChangeWatchedFiles", change("a.go"))
	c.notify("workspace/didChangeWatchedFiles", change("README.md"))
	c.notify("textDocument/didSave", doc(pathToURI(filepath.Join(dir, ".facelint.toml"))))
	if got := <-fake.started; !slices.Equal(got, []string{dir}) {
		t.Errorf("analysis after saving .facelint.toml = %q, want %q", got, dir)
	}
	fake.release <- struct{}{}
	c.call("shutdown", nil)
	if got := len(fake.callsSoFar()); got != 6 {
		t.Errorf("%d analyses, want 6", got)
	}
}
