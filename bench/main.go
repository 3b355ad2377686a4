// Command bench times facelint against a floor and against other tools, on
// the same packages, and prints a markdown report that ends with every
// performance target and its measured ratio.
//
// Workloads: Go's standard library (facelint with -std), the packages of one
// large module (default github.com/aws/aws-sdk-go-v2/service/s3), both
// together (to check that cost grows linearly with code size), the
// real-world face snapshots (-realworld, default ../shared/realworld-face,
// copied into the work directory), and the bundled example service.
//
// Tools, each timed on each workload (wall time, CPU time of the process and
// the processes it waits for, peak RSS of the largest process):
//
//   - facelint: the standalone driver, without tests, a second time with
//     nothing changed (its cache of facts filled by an untimed run);
//   - facelint-cold: the same with an empty cache of facts (a first run);
//   - null: bench/nulldriver, which loads the packages as facelint does and
//     builds SSA for every package of the import graph, and does nothing
//     else: the floor of facelint's cost;
//   - vet-cold (std): go vet with its default analyzers and an empty build
//     cache (so it compiles what it needs; go vet always includes tests);
//   - vet-warm: go vet again on a cache that holds its results;
//   - vettool-cold, vettool-warm, vettool-change (not std): go vet
//     -vettool=facelint with no analysis cached (compiled packages cached),
//     with everything cached, and after one file changed;
//   - vet-change (not std): go vet after the same kind of change;
//   - gosec: github.com/securego/gosec/v2, installed into the work directory;
//   - lsp: facelint lsp's time from a save to the end of its analysis, on
//     the example and on one snapshot (-lsp-snapshot), and its memory after
//     -lsp-soak saves.
//
// Targets: issue 5's (facelint at most 1.3 times the null driver and at
// most 0.5 times gosec in time, at most 1.5 times the null driver in peak
// memory) under each workload, and issue 13's in the closing table.
//
// Usage, from the repository:
//
//	go run ./bench [-work dir] [-out file] [-module path@version] [-count n] [-skip regexp] [-realworld dir] [-lsp-saves n] [-lsp-soak n] [-facelint binary]
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
	module := flag.String("module", "github.com/aws/aws-sdk-go-v2/service/s3@v1.114.8", "the large module to time, as `path@version`")
	gosec := flag.String("gosec", "v2.30.0", "gosec `version` to install")
	facelint := flag.String("facelint", "", "time this facelint `binary` (e.g. an earlier build, for a before/after comparison) instead of building the repository's")
	count := flag.Int("count", 1, "time each tool `n` times and keep the fastest run")
	skip := flag.String("skip", "", "leave out the tools whose names match `regexp` (facelint, facelint-cold, null, vet-cold, vet-warm, vettool-cold, vettool-warm, vettool-change, vet-change, gosec, lsp)")
	var cfg config
	flag.StringVar(&cfg.realworld, "realworld", filepath.Join("..", "shared", "realworld-face"), "`directory` of the real-world face snapshots (relative to the repository)")
	flag.StringVar(&cfg.realworldSkip, "realworld-skip", "go-face-detection-be", "comma-separated `snapshots` to leave out (go-face-detection-be does not load)")
	flag.StringVar(&cfg.lspSnapshot, "lsp-snapshot", "circled-server", "the `snapshot` on which facelint lsp is timed, besides the bundled example")
	flag.IntVar(&cfg.lspSaves, "lsp-saves", 20, "timed saves for facelint lsp's latency")
	flag.IntVar(&cfg.lspSoak, "lsp-soak", 500, "saves after which facelint lsp's memory is measured again, on the example (0: none)")
	flag.Parse()
	if flag.NArg() > 0 || *count < 1 || cfg.lspSaves < 1 {
		flag.Usage()
		os.Exit(2)
	}
	cfg.work, cfg.out, cfg.module, cfg.gosec, cfg.count, cfg.skip, cfg.facelint = *work, *out, *module, *gosec, *count, *skip, *facelint
	if err := run(cfg); err != nil {
		fmt.Fprintf(os.Stderr, "bench: %v\n", err)
		os.Exit(1)
	}
}

// config holds the settings of a run.
type config struct {
	work, out, module, gosec, skip string
	facelint                       string
	count                          int
	realworld, realworldSkip       string
	lspSnapshot                    string
	lspSaves, lspSoak              int
}

func run(cfg config) error {
	start := time.Now()
	skipRE, err := regexp.Compile(cfg.skip)
	if err != nil {
		return err
	}
	skipped := func(name string) bool { return cfg.skip != "" && skipRE.MatchString(name) }
	work := cfg.work
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
	b := &bench{work: work, count: cfg.count}
	if cfg.facelint != "" {
		if cfg.facelint, err = filepath.Abs(cfg.facelint); err != nil {
			return err
		}
	}
	if err := b.install(ctx, cfg.facelint, cfg.gosec); err != nil {
		return err
	}
	for _, t := range b.tools() {
		if !skipped(t.name) {
			b.selected = append(b.selected, t)
		}
	}

	logf("preparing workloads")
	std, err := stdWorkload(ctx, work)
	if err != nil {
		return err
	}
	mod, err := moduleWorkload(ctx, work, cfg.module)
	if err != nil {
		return err
	}
	if mod.editFile, mod.leafFile, err = editTargets(ctx, mod); err != nil {
		return err
	}
	both := &workload{name: "std + " + cfg.module, dir: mod.dir, patterns: []string{"std", "./..."}, std: true}
	if err := both.count(ctx); err != nil {
		return err
	}
	snapshots, err := snapshotWorkloads(ctx, work, cfg.realworld, strings.Split(cfg.realworldSkip, ","))
	if err != nil {
		return err
	}
	example, err := exampleWorkload(ctx, work)
	if err != nil {
		return err
	}
	// Warm the build cache (cgo output, export data for gosec), so that
	// no tool pays for compiling. go list -export compiles without linking
	// (a snapshot may not link without its C libraries).
	for _, w := range append([]*workload{std, mod, example}, snapshots...) {
		if _, err := measure.Go(ctx, w.dir, nil, append([]string{"list", "-e", "-export", "-deps", "--"}, w.patterns...)...); err != nil {
			return err
		}
	}

	rep := &report{gosec: cfg.gosec, count: cfg.count, loadBefore: loadAvg(), snapshotNames: snapshotNames(snapshots)}
	for _, w := range append([]*workload{std, mod}, snapshots...) {
		ms, err := b.measure(ctx, w, b.selected)
		if err != nil {
			return err
		}
		rep.runs = append(rep.runs, ms)
	}
	scaling := filterTools(b.selected, "facelint-cold", "null")
	if len(scaling) > 0 {
		ms, err := b.measure(ctx, both, scaling)
		if err != nil {
			return err
		}
		rep.scaling = []*workloadRun{rep.runs[0], ms}
	}
	if !skipped("lsp") {
		targets := []*workload{example}
		for _, w := range snapshots {
			if w.name == cfg.lspSnapshot {
				targets = append(targets, w)
			}
		}
		for _, w := range targets {
			for _, file := range []string{w.leafFile, w.editFile} {
				soak := 0
				if w == example && file == w.editFile {
					soak = cfg.lspSoak
				}
				lr, err := b.measureLSP(ctx, w, file, 2, cfg.lspSaves, soak)
				if err != nil {
					return fmt.Errorf("facelint lsp on %s: %w", w.name, err)
				}
				rep.lsp = append(rep.lsp, lr)
			}
		}
	}
	rep.loadAfter = loadAvg()
	rep.duration = time.Since(start)

	w := io.Writer(os.Stdout)
	if cfg.out != "" {
		f, err := os.Create(cfg.out)
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
