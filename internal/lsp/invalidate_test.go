package lsp

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/facelint/facelint/internal/driver"
)

// appSrc is a handler that passes an uploaded selfie to a package of the
// same module (lib) and to a module required through a replace directive
// (store), and logs what store.Encode returns.
const appSrc = `package main

import (
	"io"
	"log"
	"net/http"

	"example.com/faceapp/lib"
	"example.com/store"
)

func upload(w http.ResponseWriter, r *http.Request) {
	f, _, _ := r.FormFile("selfie")
	b, _ := io.ReadAll(f)
	lib.Keep(b)
	log.Printf("%d %x", len(b), store.Encode(b))
}

func main() {
	http.HandleFunc("/upload", upload)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
`

const (
	libQuiet = "package lib\n\n// Keep keeps nothing.\nfunc Keep(b []byte) { _ = len(b) }\n"
	libLog   = "package lib\n\nimport \"log\"\n\n// Keep logs b.\nfunc Keep(b []byte) { log.Printf(\"%x\", b) }\n"
	// Two versions of example.com/store: one whose Encode returns its
	// input, one whose Encode returns nothing of it.
	storeCopy  = "package store\n\n// Encode returns b.\nfunc Encode(b []byte) []byte { return append([]byte(nil), b...) }\n"
	storeEmpty = "package store\n\n// Encode returns nothing of b.\nfunc Encode(b []byte) []byte { return nil }\n"
)

// faceApp writes the module of appSrc, with example.com/store replaced by
// ./store-empty, and returns its root and the path of app/main.go.
func faceApp(t *testing.T) (string, string) {
	t.Helper()
	mod := t.TempDir()
	writeModule(t, mod, map[string]string{
		"go.mod":               "module example.com/faceapp\n\ngo 1.22\n\nrequire example.com/store v0.0.0\n\nreplace example.com/store => ./store-empty\n",
		"app/main.go":          appSrc,
		"lib/lib.go":           libQuiet,
		"store-empty/go.mod":   "module example.com/store\n\ngo 1.22\n",
		"store-empty/store.go": storeEmpty,
		"store-copy/go.mod":    "module example.com/store\n\ngo 1.22\n",
		"store-copy/store.go":  storeCopy,
	})
	return mod, filepath.Join(mod, "app", "main.go")
}

func writeModule(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(root, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(root, name), content)
	}
}

// logFindings returns the FR101 diagnostics' messages.
func logFindings(diags []Diagnostic) []string {
	var out []string
	for _, d := range diags {
		if d.Code == "FR101" {
			out = append(out, d.Message)
		}
	}
	return out
}

// TestInvalidateOnDependencyEdit edits a package of the workspace that the
// open package imports: saving it re-analyses the open package, whose
// finding now goes through the dependency's new summary.
func TestInvalidateOnDependencyEdit(t *testing.T) {
	mod, app := faceApp(t)
	c := startBinary(t, mod, nil)
	uri := c.openDoc(app)
	if got := logFindings(c.diagnostics(uri)); len(got) != 0 {
		t.Fatalf("FR101 before the edit: %q", got)
	}
	lib := filepath.Join(mod, "lib", "lib.go")
	c.openDoc(lib)
	writeFile(t, lib, libLog)
	c.saveDoc(lib)
	var got []Diagnostic
	for _, d := range c.diagnostics(uri) {
		if d.Code == "FR101" {
			got = append(got, d)
		}
	}
	// The finding is at the call lib.Keep(b), on line 15.
	if len(got) != 1 || got[0].Range.Start.Line != 14 {
		t.Errorf("FR101 after lib.Keep logs its argument = %+v, want one at the call of lib.Keep", got)
	}
	c.shutdown()
}

// TestInvalidateOnConfigEdit edits .facelint.toml: the client reports the
// change of the watched file, and the open package's diagnostics follow
// the new rule set, severities included.
func TestInvalidateOnConfigEdit(t *testing.T) {
	mod, app := faceApp(t)
	writeFile(t, filepath.Join(mod, "lib", "lib.go"), libLog)
	config := filepath.Join(mod, ".facelint.toml")
	writeFile(t, config, "[rules.FR201]\nseverity = \"note\"\n")
	c := startBinary(t, mod, nil)
	uri := c.openDoc(app)
	diags := c.diagnostics(uri)
	if got := codes(diags); !slices.Equal(got, []string{"FR101", "FR201"}) {
		t.Fatalf("codes before the edit = %q, want FR101 and FR201", got)
	}
	if sev := findCode(diags, "FR201").Severity; sev != SeverityInformation {
		t.Errorf("FR201 severity = %d, want %d (note)", sev, SeverityInformation)
	}

	writeFile(t, config, "[rules.FR201]\nseverity = \"error\"\n\n[rules.FR101]\nenabled = false\n")
	c.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []map[string]any{{"uri": pathToURI(config), "type": 2}}})
	diags = c.diagnostics(uri)
	if got := codes(diags); !slices.Equal(got, []string{"FR201"}) {
		t.Errorf("codes after FR101 is disabled = %q, want FR201", got)
	}
	if sev := findCode(diags, "FR201").Severity; sev != SeverityError {
		t.Errorf("FR201 severity after the edit = %d, want %d (error)", sev, SeverityError)
	}
	c.shutdown()
}

// TestInvalidateOnGoModEdit edits go.mod to replace a required module by
// another version: the open package's findings follow the new version.
func TestInvalidateOnGoModEdit(t *testing.T) {
	mod, app := faceApp(t)
	c := startBinary(t, mod, nil)
	uri := c.openDoc(app)
	if got := logFindings(c.diagnostics(uri)); len(got) != 0 {
		t.Fatalf("FR101 with store-empty: %q", got)
	}
	gomod := filepath.Join(mod, "go.mod")
	writeFile(t, gomod, "module example.com/faceapp\n\ngo 1.22\n\nrequire example.com/store v0.0.0\n\nreplace example.com/store => ./store-copy\n")
	c.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []map[string]any{{"uri": pathToURI(gomod), "type": 2}}})
	got := logFindings(c.diagnostics(uri))
	if len(got) != 1 || !strings.Contains(got[0], "log.Printf") {
		t.Errorf("FR101 with store-copy, whose Encode returns its input = %q, want one", got)
	}
	c.shutdown()
}

// TestSameAsDriver checks that the server's diagnostics of the example
// service, related information (the path) included, are the standalone
// driver's.
func TestSameAsDriver(t *testing.T) {
	_, this, _, _ := runtime.Caller(0)
	example := filepath.Join(filepath.Dir(this), "..", "..", "examples", "faceservice")
	c := startBinary(t, example, nil)
	handlers := filepath.Join(example, "internal", "handlers")
	got := map[string][]Diagnostic{}
	for _, file := range []string{filepath.Join(example, "main.go"), filepath.Join(handlers, "handlers.go")} {
		uri := c.openDoc(file)
		got[uri] = c.diagnostics(uri)
	}
	c.shutdown()

	want := map[string][]Diagnostic{}
	opts := Options{Tests: true}
	for _, dir := range []string{example, handlers} {
		res, err := driver.Analyze(driver.Options{Dir: dir, Patterns: []string{"."}, Tests: true})
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := driver.Print(&out, res, "json"); err != nil {
			t.Fatal(err)
		}
		cfg, err := opts.configFor(dir)
		if err != nil {
			t.Fatal(err)
		}
		conv, err := (&vetter{opts: opts}).convert(&out, group{cfg: cfg, dirs: []string{dir}})
		if err != nil {
			t.Fatal(err)
		}
		for uri, diags := range conv[dir].diags {
			want[uri] = diags
		}
	}
	for uri, diags := range want {
		if len(diags) == 0 {
			t.Errorf("the driver reports nothing in %s", uri)
		}
		g, _ := json.MarshalIndent(got[uri], "", " ")
		w, _ := json.MarshalIndent(diags, "", " ")
		if !bytes.Equal(g, w) {
			t.Errorf("diagnostics of %s differ from the driver's:\nserver: %s\ndriver: %s", uri, g, w)
		}
	}
}

// TestBuildErrorsLogged opens a file outside any module and saves a type
// error: both are logged, never shown in a window, and the diagnostics
// published before the type error stay.
func TestBuildErrorsLogged(t *testing.T) {
	root := t.TempDir()
	_, app := faceApp(t)
	c := startBinary(t, root, nil)
	errorLog := func(what, substr string) {
		t.Helper()
		c.await(what, func(m clientMessage) bool {
			var p MessageParams
			return m.Method == "window/logMessage" && json.Unmarshal(m.Params, &p) == nil && p.Type == MessageError && strings.Contains(p.Message, substr)
		})
	}

	outside := filepath.Join(root, "scratch", "x.go")
	writeModule(t, root, map[string]string{"scratch/x.go": "package x\n"})
	c.openDoc(outside)
	errorLog("the go command's error on a file outside any module", "go.mod")

	uri := c.openDoc(app)
	if got := codes(c.diagnostics(uri)); len(got) == 0 {
		t.Fatal("no diagnostics before the type error")
	}
	writeFile(t, app, strings.Replace(appSrc, "lib.Keep(b)", "lib.Keep(b, 1)", 1))
	for range 2 {
		c.saveDoc(app)
		errorLog("the type error", "too many arguments")
	}
	c.shutdown()
	for _, m := range c.backlog {
		switch m.Method {
		case "window/showMessage":
			t.Errorf("shown: %s", m.Params)
		case "textDocument/publishDiagnostics":
			t.Errorf("published after the type error: %s", m.Params)
		}
	}
}
