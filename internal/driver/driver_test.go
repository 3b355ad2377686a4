package driver_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/facelint/facelint/analyzers/faceconfig"
	"github.com/facelint/facelint/internal/driver"
	"github.com/facelint/facelint/internal/sarif"
	"github.com/facelint/facelint/internal/sarifcheck"
)

// handler reads an uploaded selfie and logs it: FR201 at FormFile and
// FR101 at Printf, with a path of three steps.
const handler = `package main

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

func main() { http.HandleFunc("/upload", upload) }
`

// another is a second handler that logs a face, added after the baseline.
const another = `package main

import (
	"io"
	"log"
	"net/http"
)

func enroll(w http.ResponseWriter, r *http.Request) {
	f, _, _ := r.FormFile("face")
	b, _ := io.ReadAll(f)
	log.Println(b)
}
`

const mainFile = "cmd/app/main.go"

// module writes a module with the given files into a new directory.
func module(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files["go.mod"] = "module example.com/app\n\ngo 1.22\n"
	for name, content := range files {
		write(t, filepath.Join(dir, name), content)
	}
	return dir
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// run runs the driver and returns its output and exit code.
func run(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = driver.Main(args, &out, &errOut)
	return out.String(), errOut.String(), code
}

// TestSARIF checks that the SARIF output is valid, has the path of a flow
// and repo-relative URIs, and that the JSON output is go vet's tree.
// TestDeterministicOutput checks that both are the same in every run.
func TestSARIF(t *testing.T) {
	dir := module(t, map[string]string{mainFile: handler})
	res, err := driver.Analyze(driver.Options{Dir: dir, Patterns: []string{"./..."}, Tests: true})
	if err != nil {
		t.Fatal(err)
	}
	var sarifOut, jsonOut bytes.Buffer
	if err := driver.Print(&sarifOut, res, "sarif"); err != nil {
		t.Fatal(err)
	}
	if err := driver.Print(&jsonOut, res, "json"); err != nil {
		t.Fatal(err)
	}
	log := checkSARIF(t, sarifOut.Bytes(), dir, "FR201", "FR101")
	flow := resultOf(t, log, "FR101")
	steps := flow.CodeFlows[0].ThreadFlows[0].Locations
	if len(steps) < 3 {
		t.Fatalf("FR101 code flow has %d steps, want the 3 from FormFile to Printf", len(steps))
	}
	for i, want := range []int{10, 11, 12} {
		if got := steps[i].Location.PhysicalLocation.Region.StartLine; got != want {
			t.Errorf("step %d is on line %d, want %d", i, got, want)
		}
	}
	// The whole call: log.Printf("%x", b).
	want := sarif.Region{StartLine: 12, StartColumn: 2, EndLine: 12, EndColumn: 21}
	if got := flow.Locations[0].PhysicalLocation.Region; got != want {
		t.Errorf("FR101 region = %+v, want %+v", got, want)
	}

	var tree map[string]map[string][]struct{ Category, Posn string }
	if err := json.Unmarshal(jsonOut.Bytes(), &tree); err != nil {
		t.Fatal(err)
	}
	if d := tree["example.com/app/cmd/app"]["facesinks"]; len(d) != 1 || d[0].Category != "FR101" || !strings.HasSuffix(d[0].Posn, "main.go:12:2") {
		t.Errorf("JSON tree = %s", jsonOut.String())
	}
}

// TestBaseline records the findings, checks that they are no longer
// reported after lines move, and that a new finding still fails.
func TestBaseline(t *testing.T) {
	dir := module(t, map[string]string{mainFile: handler})
	file := filepath.Join(t.TempDir(), "facelint-baseline.json")

	_, stderr, code := run(t, "-C", dir, "-baseline", file, "-update-baseline", "./...")
	if code != driver.ExitClean || !strings.Contains(stderr, "recorded 2 findings") {
		t.Fatalf("-update-baseline: exit %d, stderr %q", code, stderr)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"rule": "FR101"`, `"rule": "FR201"`, `"file": "` + mainFile + `"`, `"fingerprint": "`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("baseline lacks %s:\n%s", want, data)
		}
	}

	// Lines move: the findings are still the baselined ones.
	write(t, filepath.Join(dir, mainFile), strings.Replace(handler, "package main\n", "// Package main serves uploads.\n\npackage main\n", 1))
	stdout, stderr, code := run(t, "-C", dir, "-baseline", file, "./...")
	if code != driver.ExitClean || stdout != "facelint: 2 findings in the baseline not reported\n" {
		t.Fatalf("after moving lines: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}

	// A new finding is reported, in every format, without the old ones.
	write(t, filepath.Join(dir, "cmd/app/enroll.go"), another)
	stdout, stderr, code = run(t, "-C", dir, "-baseline", file, "-sarif", "./...")
	if code != driver.ExitFindings || !strings.Contains(stderr, "2 findings in baseline") {
		t.Fatalf("after a new finding: exit %d, stderr %q", code, stderr)
	}
	log := checkSARIF(t, []byte(stdout), dir, "FR201", "FR101")
	for _, r := range log.Runs[0].Results {
		if uri := r.Locations[0].PhysicalLocation.ArtifactLocation.URI; uri != "cmd/app/enroll.go" {
			t.Errorf("%s in %s is reported although it is in the baseline", r.RuleID, uri)
		}
	}
}

// checkSARIF validates a SARIF log against the schema, checks that its
// URIs are relative to dir, and that its results are of the rules given.
func checkSARIF(t *testing.T, data []byte, dir string, rules ...string) *sarif.Log {
	t.Helper()
	for _, p := range sarifcheck.Check(data) {
		t.Error(p)
	}
	var log sarif.Log
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if got, want := run.Invocations[0].WorkingDirectory.URI, sarif.FileURI(dir)+"/"; got != want {
		t.Errorf("workingDirectory = %s, want %s", got, want)
	}
	var got []string
	for _, r := range run.Results {
		got = append(got, r.RuleID)
		locs := append([]sarif.Location{}, r.Locations...)
		locs = append(locs, r.RelatedLocations...)
		for _, l := range locs {
			if uri := l.PhysicalLocation.ArtifactLocation.URI; !strings.HasPrefix(uri, "cmd/app/") || strings.Contains(uri, `\`) {
				t.Errorf("%s: URI %q is not relative to the module root", r.RuleID, uri)
			}
		}
	}
	if strings.Join(got, " ") != strings.Join(rules, " ") {
		t.Errorf("results of rules %v, want %v", got, rules)
	}
	return &log
}

func resultOf(t *testing.T, log *sarif.Log, rule string) sarif.Result {
	t.Helper()
	for _, r := range log.Runs[0].Results {
		if r.RuleID == rule {
			return r
		}
	}
	t.Fatalf("no %s result", rule)
	return sarif.Result{}
}

// TestFlags runs -list-rules and -explain, and the command lines that fail
// before any package is loaded.
func TestFlags(t *testing.T) {
	t.Cleanup(func() {
		// The settings are faceconfig's global flags: reset them.
		faceconfig.Analyzer.Flags.Set("config", "")
		faceconfig.Analyzer.Flags.Set("enable", "")
		faceconfig.Analyzer.Flags.Set("disable", "")
	})
	config := filepath.Join(t.TempDir(), ".facelint.toml")
	write(t, config, "[rules.FR102]\nseverity = \"warning\"\n[rules.FR107]\nenabled = false\n")
	broken := filepath.Join(t.TempDir(), "baseline.json")
	write(t, broken, `{"version": 1, "findings": {}}`)
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout []string
		stderr string
	}{
		{
			name:   "list",
			args:   []string{"-list-rules"},
			stdout: []string{"ID     SEVERITY  ENABLED  SUMMARY", "FR101  error     yes      face data reaches a log sink", "Measures Art. 14 第十四条", "FR902  warning   yes"},
		},
		{
			name:   "list with config",
			args:   []string{"-config", config, "-disable", "FR301", "-list-rules"},
			stdout: []string{"FR102  warning   yes", "FR107  warning   no", "FR301  error     no"},
		},
		{
			name:   "explain",
			args:   []string{"-config", config, "-explain", "FR102"},
			stdout: []string{"FR102 face-data-egress-without-consent", "Severity:          warning (enabled)", "Reported:", "Compliant:", "zh:     除法律、行政法规另有规定", "en:     Unless a law", "source: sentences from the CAC press release", "url:    https://www.gov.cn/"},
		},
		{name: "explain unknown", args: []string{"-explain", "FR10"}, code: driver.ExitError, stderr: `facelint: unknown rule ID "FR10" (did you mean "FR101"?)`},
		{name: "bad disable", args: []string{"-disable", "FR999", "-list-rules"}, code: driver.ExitError, stderr: `-disable: unknown rule ID "FR999"`},
		{name: "update without baseline", args: []string{"-update-baseline", "./..."}, code: driver.ExitError, stderr: "-update-baseline needs -baseline FILE"},
		{name: "json and sarif", args: []string{"-json", "-sarif", "./..."}, code: driver.ExitError, stderr: "exclusive"},
		{name: "json and format", args: []string{"-json", "-format", "github", "./..."}, code: driver.ExitError, stderr: "exclusive"},
		{name: "unknown format", args: []string{"-format", "xml", "./..."}, code: driver.ExitError, stderr: "-format xml: want one of text, json, sarif, github"},
		{name: "bad fail-on", args: []string{"-fail-on", "info", "./..."}, code: driver.ExitError, stderr: "-fail-on info: want error, warning or note"},
		{name: "bad enable", args: []string{"-enable", "FR1O1", "-list-rules"}, code: driver.ExitError, stderr: `-enable: unknown rule ID "FR1O1"`},
		{name: "list with enable", args: []string{"-enable", "FR101,FR202", "-list-rules"}, stdout: []string{"FR101  error     yes", "FR102  error     no", "FR202  error     yes"}},
		{name: "version", args: []string{"-version"}, stdout: []string{"facelint devel"}},
		{name: "help", args: []string{"-help"}, stderr: "facelint lsp [flags]"},
		{name: "help exit codes", args: []string{"-help"}, stderr: "Exit codes: 0 no findings at or above -fail-on; 3 findings at or above"},
		{name: "broken baseline", args: []string{"-baseline", broken, "./..."}, code: driver.ExitError, stderr: "facelint: baseline " + broken + ": json: cannot unmarshal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			faceconfig.Analyzer.Flags.Set("config", "")
			faceconfig.Analyzer.Flags.Set("enable", "")
			faceconfig.Analyzer.Flags.Set("disable", "")
			stdout, stderr, code := run(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr %q", code, tt.code, stderr)
			}
			for _, w := range tt.stdout {
				if !strings.Contains(stdout, w) {
					t.Errorf("stdout lacks %q:\n%s", w, stdout)
				}
			}
			if !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr %q lacks %q", stderr, tt.stderr)
			}
		})
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
