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
}

// tool is one of the timed programs.
type tool struct {
	name string
	// command returns the command line and extra environment that run the
	// tool on w.
	command func(w *workload) (args, env []string)
	// before, if set, runs untimed before each timed run.
	before func(ctx context.Context, w *workload) error
}

// bin is the path of an installed binary.
func (b *bench) bin(name string) string { return filepath.Join(b.work, "bin", name) }

// install builds facelint and the null driver and installs gosec into the
// work directory.
func (b *bench) install(ctx context.Context, gosecVersion string) error {
	logf("building facelint and the null driver, installing gosec %s", gosecVersion)
	for name, pkg := range map[string]string{
		"facelint":   "github.com/facelint/facelint/cmd/facelint",
		"nulldriver": "github.com/facelint/facelint/bench/nulldriver",
	} {
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
	vet := func(w *workload) (args, env []string) {
		return append([]string{"go", "vet", "--"}, w.patterns...), []string{"GOCACHE=" + vetCache}
	}
	return []*tool{
		{name: "facelint", command: func(w *workload) (args, env []string) {
			args = []string{b.bin("facelint"), "-C", w.dir, "-test=false"}
			if w.std {
				args = append(args, "-std")
			}
			return append(args, w.patterns...), nil
		}},
		{name: "null", command: func(w *workload) (args, env []string) {
			return append([]string{b.bin("nulldriver"), "-C", w.dir}, w.patterns...), nil
		}},
		{name: "vet-cold", command: vet, before: func(context.Context, *workload) error { return os.RemoveAll(vetCache) }},
		{name: "vet-warm", command: vet, before: func(ctx context.Context, w *workload) error {
			// Fill the cache, in case vet-cold did not just do so.
			args, env := vet(w)
			cmd := exec.CommandContext(ctx, args[0], args[1:]...)
			cmd.Dir = w.dir
			cmd.Env = measure.GoEnv(env...)
			out, err := cmd.CombinedOutput()
			if err != nil && (cmd.ProcessState == nil || !okExit("vet-warm", cmd.ProcessState.ExitCode())) {
				return fmt.Errorf("warming the go vet cache on %s: %v\n%s", w.name, err, tail(string(out), 20))
			}
			return nil
		}},
		{name: "gosec", command: func(w *workload) (args, env []string) {
			out := filepath.Join(b.work, "gosec-"+filepath.Base(w.dir)+".json")
			return append([]string{b.bin("gosec"), "-quiet", "-no-fail", "-fmt=json", "-out=" + out}, w.gosecDirs...), nil
		}},
	}
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

// measure times tools on w, each b.count times, keeping the fastest run.
// A tool that fails (exit status other than 0, or 3 for facelint's
// findings, or 1 for go vet's) is an error.
func (b *bench) measure(ctx context.Context, w *workload, tools []*tool) (*workloadRun, error) {
	run := &workloadRun{w: w}
	for _, t := range tools {
		args, env := t.command(w)
		var best *measure.Result
		for i := 0; i < b.count; i++ {
			if t.before != nil {
				if err := t.before(ctx, w); err != nil {
					return nil, err
				}
			}
			logf("%s on %s (run %d of %d), load average %s", t.name, w.name, i+1, b.count, loadAvg())
			cmd := exec.CommandContext(ctx, args[0], args[1:]...)
			cmd.Dir = w.dir
			cmd.Env = measure.GoEnv(env...)
			res, err := measure.Run(cmd)
			if err != nil {
				return nil, err
			}
			if !okExit(t.name, res.ExitCode) {
				return nil, fmt.Errorf("%s on %s: %s\n%s", t.name, w.name, res.Status, tail(string(res.Stderr), 20))
			}
			if best == nil || res.Wall < best.Wall {
				best = res
			}
		}
		run.results = append(run.results, &toolRun{tool: t, command: b.shorten(args, env), res: best})
	}
	return run, nil
}

// okExit reports whether a tool's exit status means it ran to completion.
func okExit(tool string, code int) bool {
	switch {
	case code == 0:
		return true
	case tool == "facelint":
		return code == 3 // findings
	case strings.HasPrefix(tool, "vet"):
		return code == 1 // diagnostics
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
