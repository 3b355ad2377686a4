package lsp

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/facelint/facelint/internal/testmodule"
)

const uploadSrc = `package main

import (
	"io"
	"log"
	"net/http"
)

func upload(w http.ResponseWriter, r *http.Request) {
	f, _, _ := r.FormFile("selfie")
	b, _ := io.ReadAll(f)
	log.Printf("%x", b)
}

func main() {
	http.HandleFunc("/upload", upload)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
`

// binary is the facelint binary the end-to-end tests run, built once.
var binary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "facelint-lsp-test-")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "facelint")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/facelint/facelint/cmd/facelint").CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

func TestMain(m *testing.M) {
	// The standalone driver, which some tests compare the server with,
	// keeps a cache of facts: a temporary one, not the user's.
	code := testmodule.RunWithCache(m)
	if bin, err := binary(); err == nil {
		os.RemoveAll(filepath.Dir(bin))
	}
	os.Exit(code)
}

// e2eServer is "facelint lsp" running as a subprocess.
type e2eServer struct {
	*testClient
	shutdown func() // sends shutdown and exit and checks that the server exits cleanly
}

// startBinary builds facelint and starts "facelint lsp args..." in dir,
// initialized. The server's go commands use the test's build and module
// caches, and the server keeps its configuration copies in a temporary
// directory.
func startBinary(t *testing.T, dir string, capabilities map[string]any, args ...string) *e2eServer {
	t.Helper()
	if testing.Short() {
		t.Skip("builds facelint and runs go vet")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	bin, err := binary()
	if err != nil {
		t.Fatal(err)
	}
	goEnv, err := exec.Command("go", "env", "GOCACHE", "GOMODCACHE", "GOPATH").Output()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, append([]string{"lsp"}, args...)...)
	cmd.Dir = dir
	cmd.Env = os.Environ()
	for i, v := range strings.Split(strings.TrimSpace(string(goEnv)), "\n") {
		cmd.Env = append(cmd.Env, []string{"GOCACHE", "GOMODCACHE", "GOPATH"}[i]+"="+v)
	}
	cmd.Env = append(cmd.Env, "XDG_CACHE_HOME="+t.TempDir(), "HOME="+t.TempDir())
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait closes stdout, so it is called once the test has read all it
	// needs, or at cleanup after a kill.
	var waitErr error
	exited := make(chan struct{})
	wait := sync.OnceFunc(func() {
		go func() {
			waitErr = cmd.Wait()
			close(exited)
		}()
	})
	t.Cleanup(func() {
		cmd.Process.Kill()
		wait()
		<-exited
	})
	c := newTestClient(t, stdout, stdin, time.Minute)
	if capabilities == nil {
		capabilities = map[string]any{}
	}
	if resp := c.call("initialize", map[string]any{"processId": os.Getpid(), "rootUri": pathToURI(dir), "capabilities": capabilities}); resp.Error != nil {
		t.Fatalf("initialize: %+v", resp.Error)
	}
	c.notify("initialized", map[string]any{})
	return &e2eServer{testClient: c, shutdown: func() {
		t.Helper()
		if resp := c.call("shutdown", nil); resp.Error != nil {
			t.Fatalf("shutdown: %+v", resp.Error)
		}
		c.notify("exit", nil)
		wait()
		select {
		case <-exited:
			if waitErr != nil {
				t.Errorf("facelint lsp: %v\n%s", waitErr, stderr.Bytes())
			}
		case <-time.After(30 * time.Second):
			t.Fatal("facelint lsp did not exit")
		}
	}}
}

// openDoc sends textDocument/didOpen for a file and returns its URI.
func (c *e2eServer) openDoc(file string) string {
	uri := pathToURI(file)
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": "go", "version": 1, "text": "",
	}})
	return uri
}

// saveDoc sends textDocument/didSave for a file.
func (c *e2eServer) saveDoc(file string) {
	c.notify("textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": pathToURI(file)}})
}

// TestBinary speaks the protocol with "facelint lsp": open a handler that
// logs an uploaded selfie, get FR101 (with its path) and FR201, remove the
// log line, save, and see FR101 go.
func TestBinary(t *testing.T) {
	mod := t.TempDir()
	file := filepath.Join(mod, "main.go")
	writeFile(t, filepath.Join(mod, "go.mod"), "module example.com/faceapp\n\ngo 1.22\n")
	// The project's rule set makes FR201 a warning.
	writeFile(t, filepath.Join(mod, ".facelint.toml"), "[rules.FR201]\nseverity = \"warning\"\n")
	writeFile(t, file, uploadSrc)
	c := startBinary(t, mod, nil)

	uri := c.openDoc(file)
	diags := c.diagnostics(uri)
	if got := codes(diags); !slices.Equal(got, []string{"FR101", "FR201"}) {
		t.Fatalf("codes after open = %q, want FR101 and FR201\n%+v", got, diags)
	}
	log, capture := findCode(diags, "FR101"), findCode(diags, "FR201")
	// log.Printf("%x", b) on line 12: the whole call.
	checkDiagnostic(t, log, Range{Start: Position{11, 1}, End: Position{11, 20}}, SeverityError)
	// r.FormFile("selfie") on line 10.
	checkDiagnostic(t, capture, Range{Start: Position{9, 12}, End: Position{9, 32}}, SeverityWarning)
	path := log.RelatedInformation
	if len(path) < 3 {
		t.Fatalf("FR101 path has %d steps, want at least 3: %+v", len(path), path)
	}
	if first := path[0]; first.Location.URI != uri || first.Location.Range.Start != (Position{9, 12}) || !strings.Contains(first.Message, `FormFile("selfie")`) {
		t.Errorf("first step = %+v, want the FormFile source", first)
	}
	if step := path[1]; step.Location.Range.Start.Line != 10 || !strings.Contains(step.Message, "io.ReadAll") {
		t.Errorf("second step = %+v, want io.ReadAll on line 11", step)
	}
	if last := path[len(path)-1]; last.Location.Range.Start != (Position{11, 1}) || !strings.Contains(last.Message, "log.Printf") {
		t.Errorf("last step = %+v, want the log.Printf sink", last)
	}

	writeFile(t, file, strings.Replace(uploadSrc, `log.Printf("%x", b)`, `log.Printf("received %d bytes", len(b))`, 1))
	c.saveDoc(file)
	if got := codes(c.diagnostics(uri)); !slices.Equal(got, []string{"FR201"}) {
		t.Errorf("codes after the fix = %q, want only FR201", got)
	}
	c.shutdown()
}

func writeFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(content), 0o666); err != nil {
		t.Fatal(err)
	}
}

func codes(diags []Diagnostic) []string {
	var out []string
	for _, d := range diags {
		out = append(out, d.Code)
	}
	slices.Sort(out)
	return out
}

func findCode(diags []Diagnostic, code string) Diagnostic {
	for _, d := range diags {
		if d.Code == code {
			return d
		}
	}
	return Diagnostic{}
}

func checkDiagnostic(t *testing.T, d Diagnostic, rng Range, sev DiagnosticSeverity) {
	t.Helper()
	if d.Range != rng {
		t.Errorf("%s range = %v, want %v", d.Code, d.Range, rng)
	}
	if d.Severity != sev {
		t.Errorf("%s severity = %d, want %d", d.Code, d.Severity, sev)
	}
	if d.Source != "facelint" {
		t.Errorf("%s source = %q, want facelint", d.Code, d.Source)
	}
	if strings.HasPrefix(d.Message, "[") || d.Message == "" {
		t.Errorf("%s message = %q, want it without the [rule] prefix", d.Code, d.Message)
	}
	if d.CodeDescription == nil || !strings.HasPrefix(d.CodeDescription.Href, "https://") {
		t.Errorf("%s code description = %+v, want the rule's docs", d.Code, d.CodeDescription)
	}
}
