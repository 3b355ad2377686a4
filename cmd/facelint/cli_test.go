package main_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/facelint/facelint/internal/sarif"
	"github.com/facelint/facelint/internal/sarifcheck"
)

// TestVersionAndHelp checks facelint version, -version and -help.
func TestVersionAndHelp(t *testing.T) {
	bin := facelintBinary(t)
	for _, args := range [][]string{{"version"}, {"-version"}} {
		stdout, stderr, code := run(t, t.TempDir(), bin, args...)
		if code != 0 || !strings.HasPrefix(stdout, "facelint devel") {
			t.Errorf("facelint %s: exit %d, stdout %q, stderr %q", args[0], code, stdout, stderr)
		}
	}
	_, stderr, code := run(t, t.TempDir(), bin, "-help")
	for _, want := range []string{"facelint lsp [flags]", "facelint version", "Exit codes: 0 no findings at or above -fail-on; 3 findings", "-fail-on severity", "-format format", "-enable", "-o file"} {
		if code != 0 || !strings.Contains(stderr, want) {
			t.Errorf("-help: exit %d, output lacks %q:\n%s", code, want, stderr)
		}
	}
}

// kiosk is a small program (it imports only log, so that runs are quick)
// that captures a face with no consent check, logs it (FR101) and sends it
// (FR102).
const kiosk = `package main

import "log"

// snap captures a face image.
//
//facelint:source image capture
func snap() []byte { return []byte{1} }

// send uploads data.
//
//facelint:sink network
func send(b []byte) {}

func main() {
	img := snap()
	log.Printf("%x", img)
	send(img)
}
`

// TestSeveritiesAndRules runs -enable and -fail-on on a program whose
// FR101 is made a note.
func TestSeveritiesAndRules(t *testing.T) {
	bin := facelintBinary(t)
	mod := module(t, map[string]string{"kiosk/main.go": kiosk})
	config := filepath.Join(t.TempDir(), "notes.toml")
	write(t, config, "[rules.FR101]\nseverity = \"note\"\n")
	tests := []struct {
		args  []string
		code  int
		rules []string
	}{
		{[]string{"-enable", "FR101"}, 3, []string{"FR101"}},
		{[]string{"-config", config, "-enable", "FR101", "-fail-on", "warning"}, 0, []string{"FR101"}},
		{[]string{"-config", config, "-enable", "FR101,FR102", "-fail-on", "warning"}, 3, []string{"FR101", "FR102"}},
	}
	for _, tt := range tests {
		stdout, stderr, code := run(t, mod, bin, append(tt.args, "./...")...)
		var got []string
		for _, m := range regexp.MustCompile(`(?m)^\S+: \[(FR[0-9]+)\]`).FindAllStringSubmatch(stdout, -1) {
			if !strings.Contains(strings.Join(got, " "), m[1]) {
				got = append(got, m[1])
			}
		}
		if code != tt.code || strings.Join(got, " ") != strings.Join(tt.rules, " ") {
			t.Errorf("%q: exit %d, rules %q; want %d, %q\n%s%s", tt.args, code, got, tt.code, tt.rules, stdout, stderr)
		}
	}
}

// TestOutputFile checks -o with the GitHub Actions annotation format.
func TestOutputFile(t *testing.T) {
	bin := facelintBinary(t)
	mod, _ := filepath.Abs("../../testdata/e2emod")
	out := filepath.Join(t.TempDir(), "annotations")
	stdout, _, code := run(t, mod, bin, "-format", "github", "-o", out, "./...")
	if code != 3 || stdout != "" {
		t.Fatalf("exit %d, stdout %q", code, stdout)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`(?m)^::error file=testdata/e2emod/app/main\.go,line=18,col=2,endLine=18,endColumn=\d+,title=FR101 face-data-logged::\[FR101\] .*%0A  testdata/e2emod/lib/lib\.go:12:12: written to a log by log\.Printf$`).Match(data) {
		t.Errorf("no FR101 annotation with its path, relative to the repository root:\n%s", data)
	}
}

// TestExampleSARIF checks the SARIF of the bundled example as code
// scanning would take it: valid, paths relative to the repository root,
// every location a real position (FR202's age check has none of its own),
// the tool's version set.
func TestExampleSARIF(t *testing.T) {
	bin := facelintBinary(t)
	root, _ := filepath.Abs("../..")
	stdout, stderr, code := run(t, filepath.Join(root, "examples", "faceservice"), bin, "-sarif", "./...")
	if code != 3 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	for _, p := range sarifcheck.Check([]byte(stdout)) {
		t.Error(p)
	}
	var log sarif.Log
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if run.Tool.Driver.Version == "" {
		t.Error("tool.driver.version is not set")
	}
	rules := map[string]bool{}
	for _, r := range run.Results {
		rules[r.RuleID] = true
		for _, l := range append(r.Locations, r.RelatedLocations...) {
			if uri := l.PhysicalLocation.ArtifactLocation.URI; !strings.HasPrefix(uri, "examples/faceservice/") {
				t.Errorf("%s: URI %q is not relative to the repository root", r.RuleID, uri)
			}
		}
	}
	if !rules["FR202"] {
		t.Error("the example's SARIF has no FR202")
	}
}

// TestPartialLoadingEveryFormat runs the binary on a module with a package
// that does not type-check next to one with a finding: the finding is
// reported, the broken package is reported with its position in every
// format, and the exit code is 1.
func TestPartialLoadingEveryFormat(t *testing.T) {
	bin := facelintBinary(t)
	mod := module(t, map[string]string{
		"broken/broken.go": "package broken\n\n// N is not an int.\nvar N int = \"x\"\n",
		"app/main.go":      kiosk,
	})
	const loadError = "broken/broken.go:4:13: package example.com/clean/broken not analysed: cannot use \"x\""
	checks := map[string]func(string) bool{
		"text": func(out string) bool {
			return strings.Contains(out, "[FR101]") && strings.Contains(out, loadError)
		},
		"json": func(out string) bool {
			var tree map[string]map[string]json.RawMessage
			return json.Unmarshal([]byte(out), &tree) == nil && tree["example.com/clean/app"]["facesinks"] != nil &&
				strings.Contains(string(tree["example.com/clean/broken"]["facelint"]), `"error":`)
		},
		"sarif": func(out string) bool {
			var log sarif.Log
			if len(sarifcheck.Check([]byte(out))) > 0 || json.Unmarshal([]byte(out), &log) != nil {
				return false
			}
			inv := log.Runs[0].Invocations[0]
			return !inv.ExecutionSuccessful && len(inv.ToolExecutionNotifications) == 1 && len(log.Runs[0].Results) > 0 &&
				inv.ToolExecutionNotifications[0].Locations[0].PhysicalLocation.ArtifactLocation.URI == "broken/broken.go"
		},
		"github": func(out string) bool {
			return strings.Contains(out, "::error file=broken/broken.go,line=4,col=13,title=facelint%3A package not analysed::") && strings.Contains(out, "title=FR101")
		},
	}
	for format, ok := range checks {
		stdout, stderr, code := run(t, mod, bin, "-format", format, "./...")
		if code != 1 || !ok(stdout) {
			t.Errorf("-format %s: exit %d, want 1 and the finding and the load error\nstdout:\n%s\nstderr:\n%s", format, code, stdout, stderr)
		}
	}
}

// TestFailClosed checks that a pattern that matches no package fails the
// run, and that packages left out by cgo or build constraints are warned
// about.
func TestFailClosed(t *testing.T) {
	bin := facelintBinary(t)
	mod := module(t, map[string]string{
		"docs/README":        "no Go here\n",
		"cgo/cgo.go":         "package cgo\n\nimport \"C\"\n\n// F is C.\nfunc F() {}\n",
		"win/win_windows.go": "package win\n",
	})
	stdout, _, code := run(t, mod, bin, "./docs/...")
	if code != 1 || !strings.Contains(stdout, "./docs/...: matched no packages") {
		t.Errorf("./docs/...: exit %d, stdout:\n%s", code, stdout)
	}
	env := append(os.Environ(), "CGO_ENABLED=0")
	_, stderr, code := runEnv(t, mod, env, bin, "./...")
	for _, want := range []string{"warning: cgo skipped: its Go files use cgo, which is disabled (CGO_ENABLED=0)", "warning: win skipped: build constraints exclude all its Go files"} {
		if code != 0 || !strings.Contains(stderr, want) {
			t.Errorf("./... with CGO_ENABLED=0: exit %d, stderr lacks %q:\n%s", code, want, stderr)
		}
	}
}

// readmeCommand returns the first line of README.md's code blocks that
// starts with prefix.
func readmeCommand(t *testing.T, prefix string) string {
	t.Helper()
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, prefix) {
			return line
		}
	}
	t.Fatalf("README.md has no line starting with %q", prefix)
	return ""
}

// TestREADMEVetCommand runs the README's go vet command in a shell where
// facelint is not installed: it must fail, not fall back to the standard
// vet checks and pass. Once facelint is installed where go install puts
// it, the same command reports the findings.
func TestREADMEVetCommand(t *testing.T) {
	bin := facelintBinary(t)
	command := readmeCommand(t, "go vet -vettool=")
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatal(err)
	}
	mod, _ := filepath.Abs("../../testdata/e2emod")
	gopath := t.TempDir()
	env := []string{"PATH=" + filepath.Dir(goBin) + ":/usr/bin:/bin", "HOME=" + os.Getenv("HOME"), "GOPATH=" + gopath, "GOCACHE=" + goEnv(t, "GOCACHE"), "GOMODCACHE=" + goEnv(t, "GOMODCACHE"), "GOTOOLCHAIN=local"}
	stdout, stderr, code := runEnv(t, mod, env, "sh", "-c", command)
	if code == 0 {
		t.Errorf("%s without facelint installed: exit 0\n%s%s", command, stdout, stderr)
	}

	if err := os.MkdirAll(filepath.Join(gopath, "bin"), 0o755); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(gopath, "bin", "facelint"), data, 0o755); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code = runEnv(t, mod, env, "sh", "-c", command)
	if code == 0 || !strings.Contains(stderr, "[FR101]") {
		t.Errorf("%s with facelint installed: exit %d\n%s%s", command, code, stdout, stderr)
	}
}

// TestREADMEInstall runs the README's install command in this checkout,
// as in a clone: it must build a facelint that runs.
func TestREADMEInstall(t *testing.T) {
	command := readmeCommand(t, "go install ")
	if strings.Contains(command, "@latest") {
		t.Fatalf("the README installs from the module proxy, where facelint is not published: %s", command)
	}
	root, _ := filepath.Abs("../..")
	gobin := t.TempDir()
	env := append(os.Environ(), "GOBIN="+gobin)
	if stdout, stderr, code := runEnv(t, root, env, "sh", "-c", command); code != 0 {
		t.Fatalf("%s: exit %d\n%s%s", command, code, stdout, stderr)
	}
	stdout, _, code := run(t, root, filepath.Join(gobin, "facelint"), "version")
	if code != 0 || !strings.HasPrefix(stdout, "facelint ") {
		t.Errorf("the installed facelint: exit %d, %q", code, stdout)
	}
}

// goEnv returns a go env variable.
func goEnv(t *testing.T, name string) string {
	t.Helper()
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(out))
}
