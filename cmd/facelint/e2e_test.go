package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/facelint/facelint/internal/testmodule"
)

// TestMain gives the facelint runs of the tests a cache of facts of their
// own, which they share, instead of the user's.
func TestMain(m *testing.M) { os.Exit(testmodule.RunWithCache(m)) }

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// facelintBinary builds the facelint binary once for all tests.
func facelintBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "facelint-e2e")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "facelint")
		if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// run runs a command in dir and returns its stdout, stderr and exit code.
func run(t *testing.T, dir, name string, args ...string) (string, string, int) {
	t.Helper()
	return runEnv(t, dir, nil, name, args...)
}

// runEnv is run with an environment (nil: the test's).
func runEnv(t *testing.T, dir string, env []string, name string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		t.Fatalf("%s: %v", name, err)
	}
	return stdout.String(), stderr.String(), code
}

// crossPackage is the finding computed from lib's summary and reported at
// the call into lib, in app.
var crossPackage = regexp.MustCompile(`app/main.go:18:2: \[FR101\] face image \(name-based source\) from http.Request.FormFile\("selfie"\) is written to a log by log.Printf`)

// TestStandaloneAndVet runs the binary standalone and as a go vet tool on a
// two-package module and checks that the cross-package finding appears in
// both.
func TestStandaloneAndVet(t *testing.T) {
	bin := facelintBinary(t)
	mod, _ := filepath.Abs("../../testdata/e2emod")

	stdout, stderr, code := run(t, mod, bin, "./...")
	if code != 3 {
		t.Fatalf("standalone exit code = %d, want 3\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if !crossPackage.MatchString(stdout) {
		t.Errorf("standalone output lacks the cross-package FR101:\n%s", stdout)
	}
	for _, want := range []string{"[FR102]", "[FR201]", "\tlib/lib.go:12:12: written to a log by log.Printf"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("standalone output lacks %q:\n%s", want, stdout)
		}
	}

	standaloneSteps := pathSteps(standaloneStep, stdout)

	stdout, stderr, code = run(t, mod, "go", "vet", "-vettool="+bin, "./...")
	if code == 0 {
		t.Fatalf("go vet exit code = 0, want failure\nstdout:\n%s\nstderr:\n%s", stdout, stderr)
	}
	if !crossPackage.MatchString(stderr) {
		t.Errorf("go vet output lacks the cross-package FR101:\n%s", stderr)
	}
	// The steps of the paths, those in package lib included, are where
	// the standalone driver shows them, columns and relative paths kept.
	if vetSteps := pathSteps(vetStep, stderr); !slices.Equal(vetSteps, standaloneSteps) || !slices.Contains(vetSteps, "lib/lib.go:17:104 through bytes.NewReader") {
		t.Errorf("go vet shows the path steps\n%s\nthe standalone driver\n%s", strings.Join(vetSteps, "\n"), strings.Join(standaloneSteps, "\n"))
	}

	// go vet -json passes the standard JSON tree through.
	stdout, stderr, _ = run(t, mod, "go", "vet", "-vettool="+bin, "-json", "./app")
	if !strings.Contains(stdout+stderr, `"category": "FR101"`) {
		t.Errorf("go vet -json lacks category FR101:\n%s%s", stdout, stderr)
	}
}

// Path steps in the text output of the standalone driver and of go vet.
var (
	standaloneStep = regexp.MustCompile(`(?m)^\t(\S+:[0-9]+:[0-9]+): (.*)$`)
	vetStep        = regexp.MustCompile(`(?m)^(\S+:[0-9]+:[0-9]+): \t(.*)$`)
)

// pathSteps returns the path steps of an output as sorted, distinct
// "file:line:col message" lines.
func pathSteps(re *regexp.Regexp, output string) []string {
	var out []string
	for _, m := range re.FindAllStringSubmatch(output, -1) {
		out = append(out, m[1]+" "+m[2])
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TestJSON checks that -json prints the JSON tree of go vet -json, with the
// rule ID as category and the path as related information.
func TestJSON(t *testing.T) {
	bin := facelintBinary(t)
	mod, _ := filepath.Abs("../../testdata/e2emod")
	stdout, stderr, code := run(t, mod, bin, "-json", "./...")
	if code != 3 {
		t.Fatalf("exit code = %d, want 3\n%s", code, stderr)
	}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
		t.Fatalf("not a JSON tree: %v\n%s", err, stdout)
	}
	var diags []struct {
		Posn     string `json:"posn"`
		Message  string `json:"message"`
		Category string `json:"category"`
		Related  []struct {
			Posn    string `json:"posn"`
			Message string `json:"message"`
		} `json:"related"`
	}
	raw := tree["example.com/e2emod/app"]["facesinks"]
	if err := json.Unmarshal(raw, &diags); err != nil {
		t.Fatalf("facesinks diagnostics of app: %v\n%s", err, stdout)
	}
	found := false
	for _, d := range diags {
		if d.Category == "FR101" && strings.HasPrefix(d.Message, "[FR101] ") && len(d.Related) >= 4 {
			found = true
		}
	}
	if !found {
		t.Errorf("no FR101 with its path in:\n%s", raw)
	}
}

// TestExitCodes checks 0 on a clean package and 1 on one that does not
// type-check.
func TestExitCodes(t *testing.T) {
	bin := facelintBinary(t)
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/clean\n\ngo 1.22\n")
	write("clean.go", "package clean\n\nimport \"log\"\n\n// Hello logs a greeting.\nfunc Hello(name string) { log.Printf(\"hello %s\", name) }\n")
	if stdout, stderr, code := run(t, dir, bin, "./..."); code != 0 {
		t.Errorf("clean package: exit code = %d, want 0\n%s%s", code, stdout, stderr)
	}
	write("broken.go", "package clean\n\nfunc Broken() int { return \"x\" }\n")
	stdout, stderr, code := run(t, dir, bin, "./...")
	if code != 1 {
		t.Errorf("broken package: exit code = %d, want 1\n%s%s", code, stdout, stderr)
	}
	if !strings.Contains(stdout, "broken.go:3:") {
		t.Errorf("the type error has no file:line:\n%s", stdout)
	}
}

// TestBadConfig checks that a broken configuration file fails the run
// with its position.
func TestBadConfig(t *testing.T) {
	bin := facelintBinary(t)
	mod, _ := filepath.Abs("../../testdata/e2emod")
	cfg := filepath.Join(t.TempDir(), "bad.toml")
	if err := os.WriteFile(cfg, []byte("[rules.FR101]\nseverity = \"loud\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := run(t, mod, bin, "-config", cfg, "./...")
	if code != 1 || !strings.Contains(stderr, "bad.toml:2:1: unknown severity \"loud\"") {
		t.Errorf("exit code = %d, stderr:\n%s", code, stderr)
	}
	_, stderr, code = run(t, mod, "go", "vet", "-vettool="+bin, "-config="+cfg, "./...")
	if code == 0 || !strings.Contains(stderr, "bad.toml:2:1: unknown severity") {
		t.Errorf("go vet: exit code = %d, stderr:\n%s", code, stderr)
	}
}

// TestExample runs facelint on the bundled example service, as the README
// does, and checks that it finds FR101, FR102, FR103, FR201 and FR301 with
// their paths.
func TestExample(t *testing.T) {
	bin := facelintBinary(t)
	root, _ := filepath.Abs("../..")
	stdout, stderr, code := run(t, root, bin, "-C", "examples/faceservice", "./...")
	if code != 3 {
		t.Fatalf("exit code = %d, want 3\n%s%s", code, stdout, stderr)
	}
	for _, rule := range []string{"FR101", "FR102", "FR103", "FR104", "FR105", "FR106", "FR107", "FR201", "FR202", "FR301"} {
		re := regexp.MustCompile(`(?m)^examples/faceservice/\S+: \[` + rule + `\] .*\n(\t\S+: .*\n)+`)
		if !re.MatchString(stdout) {
			t.Errorf("no %s with its path in:\n%s", rule, stdout)
		}
	}
}
