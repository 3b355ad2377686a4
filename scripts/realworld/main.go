// Command realworld runs facelint over code that does not handle face data,
// Go's standard library (with -std) and a pinned list of popular modules
// fetched through the module proxy, and checks that facelint
//
//   - does not crash,
//   - reports no internal error (rule FR900),
//   - fails on no package that go build accepts, and
//   - reports no finding: on such code every finding is a false positive.
//
// Each module is analysed in a throwaway module that requires it at its
// pinned version; facelint runs on the module's own packages (Path/...),
// which it analyses as the user's own code (-own-modules), not as the
// third-party code that it only summarises,
// without tests. Packages that go build rejects too are left out and listed.
// The report, a markdown table with packages, lines of Go, findings, wall
// time, CPU time and peak RSS per target, goes to standard output; progress
// goes to standard error. The exit status is 0 when every check passes and 1
// otherwise.
//
// Usage, from the repository:
//
//	go run ./scripts/realworld [-work dir] [-out file] [-run regexp] [-timeout d] [-facelint binary]
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/facelint/facelint/bench/measure"
)

func main() {
	work := flag.String("work", "", "working `directory`; default: a temporary directory, removed afterwards")
	out := flag.String("out", "", "also write the report to `file`")
	only := flag.String("run", "", "check only the targets whose module path (or \"std\") matches `regexp`")
	timeout := flag.Duration("timeout", 15*time.Minute, "time limit of one facelint run")
	facelint := flag.String("facelint", "", "run this facelint `binary` instead of building one from the repository")
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	ok, err := run(*work, *out, *only, *facelint, *timeout)
	if err != nil {
		fmt.Fprintf(os.Stderr, "realworld: %v\n", err)
		os.Exit(2)
	}
	if !ok {
		os.Exit(1)
	}
}

// run checks the targets that match only and reports whether all passed.
func run(work, out, only, facelint string, timeout time.Duration) (bool, error) {
	start := time.Now()
	match, err := regexp.Compile(only)
	if err != nil {
		return false, err
	}
	var targets []target
	for _, t := range append([]target{std}, modules...) {
		if match.MatchString(t.Path) {
			targets = append(targets, t)
		}
	}
	if len(targets) == 0 {
		return false, fmt.Errorf("no target matches %q", only)
	}
	if work == "" {
		if work, err = os.MkdirTemp("", "facelint-realworld-"); err != nil {
			return false, err
		}
		defer os.RemoveAll(work)
	}
	if work, err = filepath.Abs(work); err != nil {
		return false, err
	}
	ctx := context.Background()
	if facelint == "" {
		facelint = filepath.Join(work, "bin", "facelint")
		if _, err := measure.Go(ctx, "", nil, "build", "-o", facelint, "github.com/facelint/facelint/cmd/facelint"); err != nil {
			return false, err
		}
	} else if facelint, err = filepath.Abs(facelint); err != nil {
		return false, err
	}
	// A cache of facts of the check's own, empty at first: each target is
	// analysed as on a first run, but for the facts that an earlier
	// target left (the standard library's, shared modules').
	c := &checker{facelint: facelint, timeout: timeout, cache: filepath.Join(work, "facelint-cache")}
	env, err := goEnvVars(ctx, "GOVERSION", "GOROOT", "GOMODCACHE")
	if err != nil {
		return false, err
	}

	// Prepare the next workspace (network, go list) while facelint
	// analyses the current one.
	ready := make(chan *workspace, 1)
	go func() {
		defer close(ready)
		for _, t := range targets {
			ready <- prepare(ctx, filepath.Join(work, "targets"), t)
		}
	}()
	var outcomes []*outcome
	for ws := range ready {
		o := &outcome{ws: ws}
		if ws.setup != nil {
			o.failures = []string{"setup: " + ws.setup.Error()}
		} else {
			o = c.check(ctx, ws)
		}
		outcomes = append(outcomes, o)
		fmt.Fprintf(os.Stderr, "%s: %d packages, %d lines, %d findings, %d failures, %.1f s\n",
			ws.target, o.packages, o.lines, len(o.findings), len(o.failures), o.wall.Seconds())
	}

	r := &report{
		outcomes: outcomes,
		goVer:    env["GOVERSION"],
		trim:     []string{env["GOMODCACHE"] + string(filepath.Separator), filepath.Join(env["GOROOT"], "src") + string(filepath.Separator)},
		duration: time.Since(start),
	}
	w := io.Writer(os.Stdout)
	if out != "" {
		f, err := os.Create(out)
		if err != nil {
			return false, err
		}
		defer f.Close()
		w = io.MultiWriter(os.Stdout, f)
	}
	if err := r.write(w); err != nil {
		return false, err
	}
	return r.passed(), nil
}

// goEnvVars returns go env variables.
func goEnvVars(ctx context.Context, names ...string) (map[string]string, error) {
	out, err := measure.Go(ctx, "", nil, append([]string{"env"}, names...)...)
	if err != nil {
		return nil, err
	}
	vals := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(vals) != len(names) {
		return nil, fmt.Errorf("go env printed %d lines for %d variables", len(vals), len(names))
	}
	m := map[string]string{}
	for i, n := range names {
		m[n] = vals[i]
	}
	return m, nil
}
