// Command bench times facelint against a floor and against other tools, on
// the same packages, and prints a markdown report.
//
// Workloads: Go's standard library (facelint with -std), the packages of one
// large module (default github.com/aws/aws-sdk-go-v2/service/s3), and, to
// check that cost grows linearly with code size, both together.
//
// Tools, each timed on each workload (wall time, CPU time of the process and
// the processes it waits for, peak RSS of the largest process):
//
//   - facelint: the standalone driver, without tests;
//   - null: bench/nulldriver, which loads the packages as facelint does and
//     builds SSA for every package of the import graph, and does nothing
//     else: the floor of facelint's cost;
//   - vet-cold: go vet with its default analyzers and an empty build cache
//     (so it compiles what it needs; go vet always includes tests);
//   - vet-warm: go vet again on a cache that holds its results;
//   - gosec: github.com/securego/gosec/v2, installed into the work directory.
//
// Targets (issue 5): facelint at most 1.3 times the null driver and at most
// 0.5 times gosec in time, and at most 1.5 times the null driver in peak
// memory. The report says whether each is met.
//
// Usage, from the repository:
//
//	go run ./bench [-work dir] [-out file] [-module path@version] [-count n] [-skip regexp]
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"time"

	"github.com/facelint/facelint/bench/measure"
)

func main() {
	work := flag.String("work", "", "working `directory`; default: a temporary directory, removed afterwards")
	out := flag.String("out", "", "also write the report to `file`")
	module := flag.String("module", "github.com/aws/aws-sdk-go-v2/service/s3@v1.114.8", "the large module to time, as `path@version`")
	gosec := flag.String("gosec", "v2.30.0", "gosec `version` to install")
	count := flag.Int("count", 1, "time each tool `n` times and keep the fastest run")
	skip := flag.String("skip", "", "leave out the tools whose names match `regexp` (facelint, null, vet-cold, vet-warm, gosec)")
	flag.Parse()
	if flag.NArg() > 0 || *count < 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*work, *out, *module, *gosec, *count, *skip); err != nil {
		fmt.Fprintf(os.Stderr, "bench: %v\n", err)
		os.Exit(1)
	}
}

func run(work, out, module, gosecVersion string, count int, skip string) error {
	start := time.Now()
	skipRE, err := regexp.Compile(skip)
	if err != nil {
		return err
	}
	if work == "" {
		if work, err = os.MkdirTemp("", "facelint-bench-"); err != nil {
			return err
		}
		defer os.RemoveAll(work)
	}
	if work, err = filepath.Abs(work); err != nil {
		return err
	}
	ctx := context.Background()
	b := &bench{work: work, count: count}
	if err := b.install(ctx, gosecVersion); err != nil {
		return err
	}
	for _, t := range b.tools() {
		if skip == "" || !skipRE.MatchString(t.name) {
			b.selected = append(b.selected, t)
		}
	}

	logf("preparing workloads")
	std, err := stdWorkload(ctx, work)
	if err != nil {
		return err
	}
	mod, err := moduleWorkload(ctx, work, module)
	if err != nil {
		return err
	}
	both := &workload{name: "std + " + module, dir: mod.dir, patterns: []string{"std", "./..."}, std: true}
	if err := both.count(ctx); err != nil {
		return err
	}
	// Warm the build cache (cgo output, export data for gosec), so that
	// no tool pays for compiling.
	for _, w := range []*workload{std, mod} {
		if _, err := measure.Go(ctx, w.dir, nil, append([]string{"build", "--"}, w.patterns...)...); err != nil {
			return err
		}
	}

	rep := &report{gosec: gosecVersion, count: count, loadBefore: loadAvg()}
	for _, w := range []*workload{std, mod} {
		ms, err := b.measure(ctx, w, b.selected)
		if err != nil {
			return err
		}
		rep.runs = append(rep.runs, ms)
	}
	scaling := filterTools(b.selected, "facelint", "null")
	if len(scaling) > 0 {
		ms, err := b.measure(ctx, both, scaling)
		if err != nil {
			return err
		}
		rep.scaling = []*workloadRun{rep.runs[0], ms}
	}
	rep.loadAfter = loadAvg()
	rep.duration = time.Since(start)

	w := io.Writer(os.Stdout)
	if out != "" {
		f, err := os.Create(out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = io.MultiWriter(os.Stdout, f)
	}
	return rep.write(w)
}

// logf prints progress to standard error.
func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}
