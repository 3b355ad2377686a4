package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/facelint/facelint/bench/measure"
)

// maxRuns bounds how often facelint is run on one target: each run after
// the first leaves out the packages the previous one failed on.
const maxRuns = 5

// outcome is what facelint did on one target.
type outcome struct {
	ws       *workspace
	packages int // packages analysed
	lines    int // their non-test lines of Go
	findings []finding
	// failures are violations other than findings: crashes, analysis
	// errors, packages facelint cannot load although go build can.
	failures []string
	// excluded are packages left out, with the reason: they do not build
	// (go build fails on them too), or facelint failed on them.
	excluded []string
	runs     int // facelint runs
	wall     time.Duration
	cpu      time.Duration
	maxRSS   int64
}

// finding is one diagnostic facelint reported.
type finding struct {
	Rule     string // Diagnostic.Category
	Analyzer string
	Posn     string // file:line:col
	Message  string
	Snippet  string // the source line
}

// internal reports whether the finding is an internal error of the engine.
func (f finding) internal() bool { return f.Rule == "FR900" }

// jsonDiagnostic is a diagnostic of the JSON tree that -json prints.
type jsonDiagnostic struct {
	Category string `json:"category"`
	Posn     string `json:"posn"`
	Message  string `json:"message"`
}

// checker runs facelint over workspaces.
type checker struct {
	facelint string        // the facelint binary
	timeout  time.Duration // per facelint run
	cache    string        // facelint's cache of facts
}

// check analyses a prepared workspace.
func (c *checker) check(ctx context.Context, ws *workspace) *outcome {
	o := &outcome{ws: ws}
	skip := map[string]string{} // root package -> why it is left out
	for _, p := range ws.roots {
		if e := p.listError(); e != "" {
			skip[p.ImportPath] = "go list: " + firstLine(e)
		}
	}
	for {
		var roots []string
		for _, p := range ws.roots {
			if _, ok := skip[p.ImportPath]; !ok {
				roots = append(roots, p.ImportPath)
			}
		}
		if len(roots) == 0 {
			break
		}
		if o.runs == maxRuns {
			o.failures = append(o.failures, fmt.Sprintf("gave up after %d runs of facelint", maxRuns))
			break
		}
		patterns := ws.target.patterns()
		if len(skip) > 0 {
			patterns = roots
		}
		res, err := c.run(ctx, ws, patterns)
		if err != nil {
			o.failures = append(o.failures, err.Error())
			break
		}
		if !c.classify(ctx, o, res, skip) {
			break
		}
	}
	for _, p := range ws.roots {
		if why, ok := skip[p.ImportPath]; ok {
			o.excluded = append(o.excluded, p.ImportPath+": "+why)
			continue
		}
		n, err := p.lines()
		if err != nil {
			o.failures = append(o.failures, err.Error())
		}
		o.packages++
		o.lines += n
	}
	return o
}

// run runs facelint once on patterns.
func (c *checker) run(ctx context.Context, ws *workspace, patterns []string) (*measure.Result, error) {
	args := []string{"-C", ws.dir, "-json", "-test=false"}
	if ws.target.Path == "std" {
		args = append(args, "-std")
	} else {
		// The module is a dependency of the throwaway module: analyse it as
		// a user's own code, the whole engine, not only its summaries.
		args = append(args, "-own-modules="+ws.target.Path)
	}
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, c.facelint, append(args, patterns...)...)
	cmd.Env = measure.GoEnv("FACELINT_CACHE=" + c.cache)
	res, err := measure.Run(cmd)
	if err != nil {
		return nil, err
	}
	if ctx.Err() != nil {
		return nil, fmt.Errorf("facelint did not finish within %v", c.timeout)
	}
	return res, nil
}

// classify records the result of one run in o. It returns true if facelint
// should run again: it failed on some packages, which are now in skip.
func (c *checker) classify(ctx context.Context, o *outcome, res *measure.Result, skip map[string]string) bool {
	o.runs++
	o.wall += res.Wall
	o.cpu += res.CPU()
	o.maxRSS = max(o.maxRSS, res.MaxRSS)
	stderr := string(res.Stderr)
	switch {
	case strings.Contains(stderr, "panic: ") && strings.Contains(stderr, "goroutine "),
		strings.Contains(stderr, "fatal error: "):
		o.failures = append(o.failures, "facelint crashed ("+res.Status+"):\n"+head(stderr, 40))
		return false
	case res.ExitCode == 0 || res.ExitCode == 3:
		fs, errs := parseJSON(res.Stdout)
		o.findings = append(o.findings, fs...)
		o.failures = append(o.failures, errs...)
		return false
	case res.ExitCode != 1:
		o.failures = append(o.failures, fmt.Sprintf("facelint ended with %s:\n%s", res.Status, head(stderr, 40)))
		return false
	}
	return c.excludeFailed(ctx, o, stderr, skip)
}

// excludeFailed handles a run that failed with errors (exit 1). Packages
// that do not load or type-check are compared with go build: if it fails on
// them too, they are left out; if not, facelint's failure is a violation.
// Analysis errors are violations. The root packages that are, or depend on,
// a failing package are put in skip, and it returns true if any was new.
func (c *checker) excludeFailed(ctx context.Context, o *outcome, stderr string, skip map[string]string) bool {
	ws := o.ws
	lines := strings.Split(strings.TrimSpace(strings.TrimPrefix(stderr, "facelint: ")), "\n")
	failed := map[string][]string{} // package -> its errors
	// Load errors are lines "facelint: file:line:col: package P not
	// analysed: message", then a summary line.
	var loadErrors []string
	for _, l := range strings.Split(stderr, "\n") {
		if l = strings.TrimPrefix(l, "facelint: "); strings.Contains(l, " not analysed: ") && !strings.Contains(l, "exit code 1 even with findings") {
			loadErrors = append(loadErrors, l)
		}
	}
	loading := len(loadErrors) > 0
	if loading {
		lines = loadErrors
	}
	for _, l := range lines {
		p := ws.packageOfError(l, loading)
		if p == "" {
			o.failures = append(o.failures, "facelint failed: "+head(stderr, 40))
			return false
		}
		failed[p] = append(failed[p], l)
	}
	pkgs := slices.Sorted(maps.Keys(failed))
	var reason string
	if !loading {
		reason = "facelint analysis error"
		for _, p := range pkgs {
			o.failures = append(o.failures, "analysis error: "+strings.Join(failed[p], "\n"))
		}
	} else if e := buildError(ctx, ws.dir, pkgs); e != "" {
		reason = "go build fails too: " + e
	} else {
		reason = "facelint cannot load it, go build can"
		for _, p := range pkgs {
			o.failures = append(o.failures, fmt.Sprintf("%s: facelint cannot load or type-check it, go build can:\n%s", p, strings.Join(failed[p], "\n")))
		}
	}
	grew := false
	for _, r := range ws.roots {
		if _, ok := skip[r.ImportPath]; ok {
			continue
		}
		for bad := range failed {
			if r.ImportPath == bad || slices.Contains(r.Deps, bad) {
				skip[r.ImportPath] = reason + " (" + bad + ")"
				grew = true
				break
			}
		}
	}
	return grew
}

// packageOfError finds the package an error line of facelint is about: for
// load errors the package of the file at the start of the line, for analysis
// errors ("pkg: analyzer: message") the package named first.
func (ws *workspace) packageOfError(line string, loading bool) string {
	before, _, ok := strings.Cut(line, ":")
	if !ok {
		return ""
	}
	if !loading {
		if _, known := ws.pkgs[before]; known {
			return before
		}
		return ""
	}
	if p := ws.byDir[filepath.Dir(before)]; p != nil {
		return p.ImportPath
	}
	return ""
}

// parseJSON reads the JSON tree facelint prints with -json: package ID ->
// analyzer -> diagnostics, or {"error": ...} for an analysis error.
func parseJSON(out []byte) ([]finding, []string) {
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(out, &tree); err != nil {
		return nil, []string{fmt.Sprintf("facelint -json output: %v", err)}
	}
	var fs []finding
	var errs []string
	for _, pkg := range slices.Sorted(maps.Keys(tree)) {
		for _, an := range slices.Sorted(maps.Keys(tree[pkg])) {
			raw := tree[pkg][an]
			var diags []jsonDiagnostic
			if err := json.Unmarshal(raw, &diags); err != nil {
				errs = append(errs, fmt.Sprintf("%s: %s: %s", pkg, an, raw))
				continue
			}
			for _, d := range diags {
				fs = append(fs, finding{Rule: d.Category, Analyzer: an, Posn: d.Posn, Message: d.Message, Snippet: sourceLine(d.Posn)})
			}
		}
	}
	return fs, errs
}

// sourceLine returns the line of source a file:line:col position points
// at, trimmed, or "".
func sourceLine(posn string) string {
	parts := strings.Split(posn, ":")
	if len(parts) < 3 {
		return ""
	}
	n, err := strconv.Atoi(parts[len(parts)-2])
	if err != nil {
		return ""
	}
	f, err := os.Open(strings.Join(parts[:len(parts)-2], ":"))
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for i := 1; sc.Scan(); i++ {
		if i == n {
			return strings.TrimSpace(sc.Text())
		}
	}
	return ""
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return l
}

// head returns the first n lines of s.
func head(s string, n int) string {
	lines := strings.SplitN(strings.TrimSpace(s), "\n", n+1)
	if len(lines) > n {
		lines[n] = "..."
	}
	return strings.Join(lines, "\n")
}

// buildError runs go build on packages and returns its first error line,
// or "" if they build.
func buildError(ctx context.Context, dir string, pkgs []string) string {
	cmd := exec.CommandContext(ctx, "go", append([]string{"build", "--"}, pkgs...)...)
	cmd.Dir = dir
	cmd.Env = measure.GoEnv()
	out, err := cmd.CombinedOutput()
	if err == nil {
		return ""
	}
	for _, l := range strings.Split(string(out), "\n") {
		if l != "" && !strings.HasPrefix(l, "# ") {
			return l
		}
	}
	return err.Error()
}
