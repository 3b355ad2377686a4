package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/facelint/facelint/bench/measure"
)

// bench holds the binaries and settings of a run.
type bench struct {
	work     string
	count    int
	selected []*tool
	runs     int // timed runs so far, to number edits and cold configurations
	// coldConfig is the configuration file of the vettool-cold run under
	// way, or "".
	coldConfig string
}

// tool is one of the timed programs.
type tool struct {
	name string
	// command returns the command line and extra environment that run the
	// tool on w.
	command func(w *workload) (args, env []string)
	// before, if set, runs untimed before each timed run; n counts the
	// runs of the harness.
	before func(ctx context.Context, w *workload, n int) error
	// on reports whether the tool runs on w; nil means every workload.
	on func(w *workload) bool
}

// runsOn reports whether t runs on w.
func (t *tool) runsOn(w *workload) bool { return t.on == nil || t.on(w) }

// bin is the path of an installed binary.
func (b *bench) bin(name string) string { return filepath.Join(b.work, "bin", name) }

// install builds facelint (or copies the binary given) and the null
// driver and installs gosec into the work directory.
func (b *bench) install(ctx context.Context, facelint, gosecVersion string) error {
	logf("building facelint and the null driver, installing gosec %s", gosecVersion)
	pkgs := map[string]string{
		"facelint":   "github.com/facelint/facelint/cmd/facelint",
		"nulldriver": "github.com/facelint/facelint/bench/nulldriver",
	}
	if facelint != "" {
		data, err := os.ReadFile(facelint)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(b.bin("facelint")), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(b.bin("facelint"), data, 0o755); err != nil {
			return err
		}
		delete(pkgs, "facelint")
	}
	for name, pkg := range pkgs {
		if _, err := measure.Go(ctx, "", nil, "build", "-o", b.bin(name), pkg); err != nil {
			return err
		}
	}
	_, err := measure.Go(ctx, b.work, []string{"GOBIN=" + filepath.Join(b.work, "bin")},
		"install", "github.com/securego/gosec/v2/cmd/gosec@"+gosecVersion)
	return err
}

// tools returns every tool the harness knows.
func (b *bench) tools() []*tool {
	vetCache := filepath.Join(b.work, "gocache-vet")
	warmCache, coldCache := filepath.Join(b.work, "facelint-cache"), filepath.Join(b.work, "facelint-cache-cold")
	vet := func(w *workload) (args, env []string) {
		return append([]string{"go", "vet", "--"}, w.patterns...), []string{"GOCACHE=" + vetCache}
	}
	return []*tool{
		{name: "facelint", command: b.facelint(warmCache), before: func(ctx context.Context, w *workload, _ int) error {
			// A second run with nothing changed: the first, untimed,
			// fills the cache of facts.
			return warm(ctx, "facelint", b.facelint(warmCache), w)
		}},
		{name: "facelint-cold", command: b.facelint(coldCache), before: func(context.Context, *workload, int) error {
			// A first run: an empty cache of facts (the build and module
			// caches stay warm, as for every tool).
			return os.RemoveAll(coldCache)
		}},
		{name: "null", command: func(w *workload) (args, env []string) {
			return append([]string{b.bin("nulldriver"), "-C", w.dir}, w.patterns...), nil
		}},
		{name: "vet-cold", command: vet, on: isStd, before: func(context.Context, *workload, int) error { return os.RemoveAll(vetCache) }},
		{name: "vet-warm", command: vet, before: func(ctx context.Context, w *workload, _ int) error {
			// Fill the cache, in case vet-cold did not just do so.
			return warm(ctx, "vet-warm", vet, w)
		}},
		{name: "vettool-cold", command: b.vettool, on: notStd, before: func(_ context.Context, w *workload, n int) error {
			// A configuration file of its own (empty: the embedded rules)
			// gives the run a cache key that no run had: go vet analyses
			// every package again, while the compiled packages stay cached.
			b.coldConfig = filepath.Join(b.work, fmt.Sprintf("cold-%d.toml", n))
			return os.WriteFile(b.coldConfig, nil, 0o644)
		}},
		{name: "vettool-warm", command: b.vettool, on: notStd, before: func(ctx context.Context, w *workload, _ int) error {
			b.coldConfig = ""
			return warm(ctx, "vettool-warm", b.vettool, w)
		}},
		{name: "vettool-change", command: b.vettool, on: notStd, before: func(ctx context.Context, w *workload, n int) error {
			b.coldConfig = ""
			if err := warm(ctx, "vettool-change", b.vettool, w); err != nil {
				return err
			}
			return edit(w.editFile, n)
		}},
		{name: "vet-change", command: plainVet, on: notStd, before: func(ctx context.Context, w *workload, n int) error {
			if err := warm(ctx, "vet-change", plainVet, w); err != nil {
				return err
			}
			return edit(w.editFile, n)
		}},
		{name: "gosec", command: func(w *workload) (args, env []string) {
			out := filepath.Join(b.work, "gosec-"+filepath.Base(w.dir)+".json")
			return append([]string{b.bin("gosec"), "-quiet", "-no-fail", "-fmt=json", "-out=" + out}, w.gosecDirs...), nil
		}},
	}
}

// facelint returns the command of the standalone driver on a workload,
// with a cache of facts in dir.
func (b *bench) facelint(dir string) func(w *workload) (args, env []string) {
	return func(w *workload) (args, env []string) {
		args = []string{b.bin("facelint"), "-C", w.dir, "-test=false"}
		if w.std {
			args = append(args, "-std")
		}
		return append(args, w.patterns...), []string{"FACELINT_CACHE=" + dir}
	}
}

// vettool runs facelint as go vet's tool on w, with the build cache of the
// user (compiled packages are cached by the warm-up build).
func (b *bench) vettool(w *workload) (args, env []string) {
	args = []string{"go", "vet", "-vettool=" + b.bin("facelint")}
	if b.coldConfig != "" {
		args = append(args, "-faceconfig.config="+b.coldConfig)
	}
	return append(append(args, "--"), w.patterns...), nil
}

// plainVet runs go vet with its own analyzers on w, with the build cache
// of the user.
func plainVet(w *workload) (args, env []string) {
	return append([]string{"go", "vet", "--"}, w.patterns...), nil
}

func isStd(w *workload) bool  { return w.std }
func notStd(w *workload) bool { return !w.std }

// warm runs a tool once, untimed, so that its cache holds w.
func warm(ctx context.Context, name string, command func(*workload) (args, env []string), w *workload) error {
	args, env := command(w)
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	cmd.Dir = w.dir
	cmd.Env = measure.GoEnv(env...)
	out, err := cmd.CombinedOutput()
	if err != nil && (cmd.ProcessState == nil || !okExit(name, cmd.ProcessState.ExitCode())) {
		return fmt.Errorf("warming the cache of %s on %s: %v\n%s", name, w.name, err, tail(string(out), 20))
	}
	return nil
}

// filterTools returns the tools among ts with the given names.
func filterTools(ts []*tool, names ...string) []*tool {
	var out []*tool
	for _, t := range ts {
		if slices.Contains(names, t.name) {
			out = append(out, t)
		}
	}
	return out
}

// workloadRun is the measurements of tools on one workload.
type workloadRun struct {
	w       *workload
	results []*toolRun
}

// toolRun is the fastest of the timed runs of a tool.
type toolRun struct {
	tool    *tool
	command string // as run, for the report
	res     *measure.Result
}

// result returns the run of the named tool, or nil.
func (r *workloadRun) result(name string) *toolRun {
	for _, tr := range r.results {
		if tr.tool.name == name {
			return tr
		}
	}
	return nil
}

// completed returns the run of the named tool if it ran to completion, or
// nil.
func (r *workloadRun) completed(name string) *toolRun {
	if tr := r.result(name); tr != nil && !tr.failed() {
		return tr
	}
	return nil
}

// measure times tools on w, each b.count times, keeping the fastest run.
// A tool that fails (exit status other than 0, or 3 for facelint's
// findings, or 1 for go vet's) is an error.
func (b *bench) measure(ctx context.Context, w *workload, tools []*tool) (*workloadRun, error) {
	run := &workloadRun{w: w}
	for _, t := range tools {
		if !t.runsOn(w) {
			continue
		}
		var best *measure.Result
		var args, env []string
		for i := 0; i < b.count; i++ {
			b.runs++
			if t.before != nil {
				if err := t.before(ctx, w, b.runs); err != nil {
					return nil, err
				}
			}
			args, env = t.command(w)
			logf("%s on %s (run %d of %d), load average %s", t.name, w.name, i+1, b.count, loadAvg())
			cmd := exec.CommandContext(ctx, args[0], args[1:]...)
			cmd.Dir = w.dir
			cmd.Env = measure.GoEnv(env...)
			res, err := measure.Run(cmd)
			if err != nil {
				return nil, err
			}
			if !okExit(t.name, res.ExitCode) {
				err := fmt.Errorf("%s on %s: %s\n%s", t.name, w.name, res.Status, tail(string(res.Stderr), 20))
				if !w.snapshot {
					return nil, err
				}
				// Code nobody wrote for facelint: report the failure.
				logf("%v", err)
				best = res
				break
			}
			if best == nil || res.Wall < best.Wall {
				best = res
			}
		}
		run.results = append(run.results, &toolRun{tool: t, command: b.shorten(args, env), res: best})
	}
	return run, nil
}

// failed reports whether the tool did not run to completion.
func (tr *toolRun) failed() bool { return !okExit(tr.tool.name, tr.res.ExitCode) }

// okExit reports whether a tool's exit status means it ran to completion.
func okExit(tool string, code int) bool {
	switch {
	case code == 0:
		return true
	case strings.HasPrefix(tool, "facelint"):
		return code == 3 // findings
	case strings.HasPrefix(tool, "vet"):
		return code == 1 // diagnostics (go vet -vettool=facelint: findings)
	}
	return false
}

// shorten formats a command line for the report, with $WORK for the work
// directory and at most a few of gosec's directory arguments.
func (b *bench) shorten(args, env []string) string {
	const maxArgs = 12
	s := strings.Join(env, " ")
	for i, a := range args {
		if i == maxArgs {
			s += fmt.Sprintf(" ... (%d more)", len(args)-maxArgs)
			break
		}
		s += " " + a
	}
	return strings.TrimSpace(strings.ReplaceAll(s, b.work, "$WORK"))
}

// tail returns the last n lines of s.
func tail(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// loadAvg is measure.LoadAvg, or "unknown".
func loadAvg() string {
	if l := measure.LoadAvg(); l != "" {
		return l
	}
	return "unknown"
}
