package driver_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/facelint/facelint/internal/driver"
	"github.com/facelint/facelint/internal/sarif"
	"github.com/facelint/facelint/internal/sarifcheck"
)

// logs is a handler that logs a selfie: FR101 (and FR201).
const logs = `

import (
	"io"
	"log"
	"net/http"
)

func Upload(w http.ResponseWriter, r *http.Request) {
	f, _, _ := r.FormFile("selfie")
	b, _ := io.ReadAll(f)
	log.Printf("%x", b)
}
`

// partialModule is a module with packages that do not type-check next to
// packages with findings: broken has a type error; user imports it and
// type-checks; misuser calls what broken does not declare; aliasuser uses
// a type that broken failed to declare; tested has a broken test file.
var partialModule = map[string]string{
	"good/good.go":           "package good" + logs,
	"broken/broken.go":       "package broken\n\n// OK works.\nfunc OK() int { return 1 }\n\n// Bad does not type-check.\nfunc Bad() int { return \"x\" }\n\n// T is an alias of nothing.\ntype T = Undefined\n",
	"user/user.go":           "package user\n\nimport (\n\t\"example.com/app/broken\"" + strings.TrimPrefix(logs, "\n\nimport (") + "\nvar n = broken.OK()\n",
	"misuser/misuser.go":     "package misuser\n\nimport \"example.com/app/broken\"\n\n// F calls what broken lacks.\nfunc F() { broken.Missing() }\n",
	"aliasuser/aliasuser.go": "package aliasuser\n\nimport \"example.com/app/broken\"\n\n// V has the type broken failed to declare.\nvar V broken.T\n",
	"tested/tested.go":       "package tested" + logs,
	"tested/tested_test.go":  "package tested\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) { var s string = 1; _ = s }\n",
}

// TestPartialLoading checks that packages that do not type-check are
// reported with their positions and every other package is analysed,
// including one that imports a broken package and type-checks itself.
func TestPartialLoading(t *testing.T) {
	dir := module(t, partialModule)
	res, err := driver.Analyze(driver.Options{Dir: dir, Patterns: []string{"./..."}, Tests: true})
	if err != nil {
		t.Fatal(err)
	}
	var broken []string
	for _, e := range res.LoadErrors {
		rel, _ := filepath.Rel(dir, e.File)
		broken = append(broken, e.Package+" "+filepath.ToSlash(rel))
		if e.Line < 1 {
			t.Errorf("load error without a position: %v", e)
		}
	}
	slices.Sort(broken)
	want := []string{
		"example.com/app/aliasuser aliasuser/aliasuser.go",
		"example.com/app/broken broken/broken.go",
		"example.com/app/broken broken/broken.go",
		"example.com/app/misuser misuser/misuser.go",
		"example.com/app/tested tested/tested_test.go",
	}
	if !slices.Equal(broken, want) {
		t.Errorf("load errors in %q, want %q\n%v", broken, want, res.LoadErrors)
	}
	var found []string
	for _, f := range res.Findings {
		if f.Diagnostic.Category == "FR101" {
			found = append(found, strings.TrimPrefix(f.Package, "example.com/app/"))
		}
	}
	if want := []string{"good", "tested", "user"}; !slices.Equal(found, want) {
		t.Errorf("FR101 in %q, want %q", found, want)
	}

	// Every format carries the load errors.
	var text, js, sr, gh bytes.Buffer
	for format, b := range map[string]*bytes.Buffer{"text": &text, "json": &js, "sarif": &sr, "github": &gh} {
		if err := driver.Print(b, res, format); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
	}
	if !strings.Contains(text.String(), "misuser/misuser.go:6:19: package example.com/app/misuser not analysed: undefined: broken.Missing") {
		t.Errorf("text output lacks the load error of misuser:\n%s", text.String())
	}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(js.Bytes(), &tree); err != nil {
		t.Fatal(err)
	}
	if e := string(tree["example.com/app/misuser"]["facelint"]); !strings.Contains(e, `"error":`) || !strings.Contains(e, "undefined: broken.Missing") {
		t.Errorf("JSON tree lacks the load error of misuser: %s", e)
	}
	for _, p := range sarifcheck.Check(sr.Bytes()) {
		t.Error(p)
	}
	var log sarif.Log
	if err := json.Unmarshal(sr.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	inv := log.Runs[0].Invocations[0]
	if inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != len(want) {
		t.Errorf("SARIF invocation: successful %v, %d notifications; want false, %d", inv.ExecutionSuccessful, len(inv.ToolExecutionNotifications), len(want))
	}
	if !strings.Contains(gh.String(), "::error file=misuser/misuser.go,line=6,col=19,title=facelint%3A package not analysed::") {
		t.Errorf("GitHub annotations lack the load error of misuser:\n%s", gh.String())
	}
}

// TestPartialExitCode checks that findings are printed and the exit code
// is 1 when some packages were not analysed.
func TestPartialExitCode(t *testing.T) {
	dir := module(t, partialModule)
	stdout, stderr, code := run(t, "-C", dir, "./...")
	if code != driver.ExitError {
		t.Errorf("exit code %d, want %d", code, driver.ExitError)
	}
	if !strings.Contains(stdout, "[FR101]") || !strings.Contains(stderr, "not analysed: exit code 1 even with findings") {
		t.Errorf("stdout:\n%s\nstderr:\n%s", stdout, stderr)
	}
}

// TestFailClosed checks that a pattern matching no package is an error,
// and that directories left out by build constraints or a disabled cgo
// are warned about.
func TestFailClosed(t *testing.T) {
	dir := module(t, map[string]string{
		"good/good.go":       "package good\n",
		"empty/README":       "no Go here\n",
		"win/win_windows.go": "package win\n",
		"cgo/cgo.go":         "package cgo\n\nimport \"C\"\n\n// F is C.\nfunc F() {}\n",
		"mixed/mixed.go":     "package mixed\n",
		"mixed/mixed_cgo.go": "package mixed\n\nimport \"C\"\n",
	})
	t.Setenv("CGO_ENABLED", "0")
	stdout, stderr, code := run(t, "-C", dir, "./empty/...")
	if code != driver.ExitError || !strings.Contains(stdout, "./empty/...: matched no packages") {
		t.Errorf("./empty/...: exit %d, stdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	_, stderr, code = run(t, "-C", dir, "./...")
	if code != driver.ExitClean {
		t.Errorf("./...: exit %d, stderr:\n%s", code, stderr)
	}
	for _, want := range []string{
		"facelint: warning: cgo skipped: its Go files use cgo, which is disabled (CGO_ENABLED=0)",
		"facelint: warning: win skipped: build constraints exclude all its Go files",
		"facelint: warning: mixed/mixed_cgo.go skipped: it uses cgo, which is disabled (CGO_ENABLED=0)",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, "empty") {
		t.Errorf("a directory without Go files is warned about:\n%s", stderr)
	}
}

// TestFailOn checks that -fail-on sets the least severity that fails the
// run: the module's only finding is a note.
func TestFailOn(t *testing.T) {
	dir := module(t, map[string]string{mainFile: handler, ".facelint.toml": "[rules.FR101]\nseverity = \"note\"\n[rules.FR201]\nenabled = false\n"})
	for _, tt := range []struct {
		failOn string
		code   int
	}{{"", driver.ExitFindings}, {"note", driver.ExitFindings}, {"warning", driver.ExitClean}, {"error", driver.ExitClean}} {
		args := []string{"-C", dir, "./..."}
		if tt.failOn != "" {
			args = append([]string{"-fail-on", tt.failOn}, args...)
		}
		stdout, _, code := run(t, args...)
		if code != tt.code || !strings.Contains(stdout, "[FR101]") {
			t.Errorf("-fail-on %q: exit %d, want %d; stdout:\n%s", tt.failOn, code, tt.code, stdout)
		}
	}
}

// TestOutputFile checks -o and -format github.
func TestOutputFile(t *testing.T) {
	dir := module(t, map[string]string{mainFile: handler})
	out := filepath.Join(t.TempDir(), "annotations.txt")
	stdout, _, code := run(t, "-C", dir, "-format", "github", "-o", out, "./...")
	if code != driver.ExitFindings || stdout != "" {
		t.Fatalf("exit %d, stdout %q", code, stdout)
	}
	data := readFile(t, out)
	for _, want := range []string{
		"::error file=cmd/app/main.go,line=12,col=2,endLine=12,endColumn=21,title=FR101 face-data-logged::[FR101] face image",
		"%0A  cmd/app/main.go:10:13: face image from http.Request.FormFile(\"selfie\")%0A",
	} {
		if !strings.Contains(data, want) {
			t.Errorf("annotations lack %q:\n%s", want, data)
		}
	}
}

// TestSARIFRepositoryRoot analyses a module in a subdirectory of a
// repository: SARIF paths are relative to the repository root, which
// originalUriBaseIds records.
func TestSARIFRepositoryRoot(t *testing.T) {
	repo := t.TempDir()
	write(t, filepath.Join(repo, ".git", "HEAD"), "ref: refs/heads/main\n")
	dir := filepath.Join(repo, "services", "my kiosk")
	write(t, filepath.Join(dir, "go.mod"), "module example.com/app\n\ngo 1.22\n")
	write(t, filepath.Join(dir, mainFile), handler)
	stdout, _, code := run(t, "-C", dir, "-sarif", "./...")
	if code != driver.ExitFindings {
		t.Fatalf("exit %d", code)
	}
	for _, p := range sarifcheck.Check([]byte(stdout)) {
		t.Error(p)
	}
	var log sarif.Log
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if got, want := run.OriginalURIBaseIDs[sarif.SrcRoot].URI, sarif.FileURI(repo)+"/"; got != want {
		t.Errorf("originalUriBaseIds = %q, want %q", got, want)
	}
	if run.Tool.Driver.Version == "" {
		t.Error("tool.driver.version is not set")
	}
	for _, r := range run.Results {
		if l := r.Locations[0].PhysicalLocation.ArtifactLocation; l.URI != "services/my%20kiosk/cmd/app/main.go" || l.URIBaseID != sarif.SrcRoot {
			t.Errorf("%s: location %+v, want services/my%%20kiosk/cmd/app/main.go relative to %s", r.RuleID, l, sarif.SrcRoot)
		}
	}
}

// TestPartialBaseline checks that -update-baseline does not record a run
// in which some packages were not analysed.
func TestPartialBaseline(t *testing.T) {
	dir := module(t, partialModule)
	file := filepath.Join(t.TempDir(), "baseline.json")
	_, stderr, code := run(t, "-C", dir, "-baseline", file, "-update-baseline", "./...")
	if code != driver.ExitError || !strings.Contains(stderr, "the baseline is not updated") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
	if _, err := os.Stat(file); err == nil {
		t.Error("the baseline was written")
	}
}
