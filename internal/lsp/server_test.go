package lsp

import (
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
	results map[string][]fakeResult
	calls   []string
	started chan string   // if set, receives each directory analysed
	release chan struct{} // if set, each analysis waits for a value
}

type fakeResult struct {
	diags map[string][]Diagnostic
	err   error
}

func (f *fakeAnalysis) analyze(dir string) (map[string][]Diagnostic, error) {
	f.mu.Lock()
	f.calls = append(f.calls, dir)
	var r fakeResult
	if rs := f.results[dir]; len(rs) > 0 {
		r, f.results[dir] = rs[0], rs[1:]
	}
	f.mu.Unlock()
	if f.started != nil {
		f.started <- dir
	}
	if f.release != nil {
		<-f.release
	}
	return r.diags, r.err
}

func (f *fakeAnalysis) callsSoFar() []string {
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
	fake := &fakeAnalysis{results: map[string][]fakeResult{dir: {
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
	if got, want := fake.callsSoFar(), []string{dir, dir}; !slices.Equal(got, want) {
		t.Errorf("analyses = %q, want %q", got, want)
	}
}

func TestCoalesce(t *testing.T) {
	dir := t.TempDir()
	uri := pathToURI(filepath.Join(dir, "a.go"))
	fake := &fakeAnalysis{started: make(chan string), release: make(chan struct{})}
	c, _ := startServer(t, fake.analyze)
	initialize(t, c)

	c.notify("textDocument/didOpen", doc(uri))
	<-fake.started
	for range 3 {
		c.notify("textDocument/didSave", doc(uri))
	}
	// The saves are handled before this request is answered.
	c.call("facelint/sync", nil)
	fake.release <- struct{}{}
	<-fake.started
	fake.release <- struct{}{}
	c.call("shutdown", nil)
	if got := fake.callsSoFar(); len(got) != 2 {
		t.Errorf("%d analyses for an open and three saves during the first, want 2", len(got))
	}
}

func TestAnalysisError(t *testing.T) {
	dir := t.TempDir()
	fake := &fakeAnalysis{results: map[string][]fakeResult{dir: {{err: errors.New("packages do not load or type-check")}}}}
	c, _ := startServer(t, fake.analyze)
	initialize(t, c)
	c.notify("textDocument/didSave", doc(pathToURI(filepath.Join(dir, "a.go"))))
	m := c.message()
	if m.Type != MessageError || !strings.Contains(m.Message, "do not load") {
		t.Errorf("showMessage = %+v, want the error", m)
	}
	if resp := c.call("shutdown", nil); resp.Error != nil {
		t.Errorf("shutdown after an analysis error: %+v", resp.Error)
	}
}
