package main

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"time"

	"github.com/facelint/facelint/bench/measure"
)

// report is the markdown report of a benchmark run.
type report struct {
	gosec                 string
	count                 int
	runs                  []*workloadRun // std, module
	scaling               []*workloadRun // std, std + module (facelint and null only)
	loadBefore, loadAfter string
	duration              time.Duration
}

// A target of issue 5: facelint's cost over another tool's at most limit.
type target struct {
	other  string // tool facelint is compared with
	memory bool   // peak RSS rather than time
	limit  float64
}

var targets = []target{
	{other: "null", limit: 1.3},
	{other: "null", memory: true, limit: 1.5},
	{other: "gosec", limit: 0.5},
}

func (r *report) write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# facelint benchmark\n\n")
	fmt.Fprintf(&b, "%s (harness), %s/%s, %s. Load average before %s, after %s. Fastest of %d run(s) per tool; whole benchmark %s.\n\n",
		runtime.Version(), runtime.GOOS, runtime.GOARCH, measure.Machine(), r.loadBefore, r.loadAfter, r.count, r.duration.Round(time.Second))
	fmt.Fprintf(&b, "CPU is user + system time of the tool and of the processes it waited for (go list, compilers, vet); peak RSS is that of the largest single process. gosec %s; lines are non-test lines of Go.\n\n", r.gosec)

	b.WriteString("| workload | packages | lines | packages in import graph | lines in import graph |\n|---|--:|--:|--:|--:|\n")
	seen := map[*workload]bool{}
	for _, run := range append(append([]*workloadRun(nil), r.runs...), r.scaling...) {
		if wl := run.w; !seen[wl] {
			seen[wl] = true
			fmt.Fprintf(&b, "| %s | %d | %d | %d | %d |\n", wl.name, wl.packages, wl.lines, wl.closurePackages, wl.closureLines)
		}
	}

	for _, run := range r.runs {
		fmt.Fprintf(&b, "\n## %s\n\n", run.w.name)
		b.WriteString("| tool | wall | CPU | peak RSS | exit | command (in the workload directory) |\n|---|--:|--:|--:|--:|---|\n")
		for _, tr := range run.results {
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %d | `%s` |\n", tr.tool.name, measure.Seconds(tr.res.Wall),
				measure.Seconds(tr.res.CPU()), measure.MiB(tr.res.MaxRSS), tr.res.ExitCode, tr.command)
		}
		r.writeTargets(&b, run)
	}

	if len(r.scaling) == 2 {
		b.WriteString("\n## Scaling\n\nEvery package of the import graph is loaded, type-checked and turned into SSA (and, for facelint with -std, analysed), so cost is set against the lines of the whole graph.\n\n")
		b.WriteString("| tool | workload | lines in import graph | wall | CPU | wall per 100k lines | CPU per 100k lines |\n|---|---|--:|--:|--:|--:|--:|\n")
		for _, name := range []string{"facelint", "null"} {
			for _, run := range r.scaling {
				if tr := run.result(name); tr != nil {
					per := 1e5 / float64(run.w.closureLines)
					fmt.Fprintf(&b, "| %s | %s | %d | %s | %s | %.2f s | %.2f s |\n", name, run.w.name, run.w.closureLines,
						measure.Seconds(tr.res.Wall), measure.Seconds(tr.res.CPU()),
						tr.res.Wall.Seconds()*per, tr.res.CPU().Seconds()*per)
				}
			}
		}
		b.WriteString("\nGrowth (cost per line of the larger workload over the smaller; 1.0 is linear):\n\n")
		small, large := r.scaling[0], r.scaling[1]
		lineRatio := float64(large.w.closureLines) / float64(small.w.closureLines)
		for _, name := range []string{"facelint", "null"} {
			s, l := small.result(name), large.result(name)
			if s == nil || l == nil {
				continue
			}
			fmt.Fprintf(&b, "- %s: wall %.2f, CPU %.2f (lines ×%.2f, wall ×%.2f, CPU ×%.2f)\n", name,
				ratio(l.res.Wall, s.res.Wall)/lineRatio, ratio(l.res.CPU(), s.res.CPU())/lineRatio,
				lineRatio, ratio(l.res.Wall, s.res.Wall), ratio(l.res.CPU(), s.res.CPU()))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeTargets writes the ratios of facelint to the other tools on a
// workload and whether the targets are met.
func (r *report) writeTargets(b *strings.Builder, run *workloadRun) {
	fl := run.result("facelint")
	if fl == nil {
		return
	}
	header := false
	for _, t := range targets {
		other := run.result(t.other)
		if other == nil {
			continue
		}
		if !header {
			b.WriteString("\n| target | measured | met |\n|---|---|---|\n")
			header = true
		}
		if t.memory {
			m := float64(fl.res.MaxRSS) / float64(other.res.MaxRSS)
			fmt.Fprintf(b, "| peak RSS facelint / %s ≤ %.1f× | %.2f× | %s |\n", t.other, t.limit, m, yesNo(m <= t.limit))
			continue
		}
		wall, cpu := ratio(fl.res.Wall, other.res.Wall), ratio(fl.res.CPU(), other.res.CPU())
		met := "no"
		switch {
		case wall <= t.limit && cpu <= t.limit:
			met = "yes"
		case wall <= t.limit:
			met = "wall time only"
		case cpu <= t.limit:
			met = "CPU time only"
		}
		fmt.Fprintf(b, "| time facelint / %s ≤ %.1f× | wall %.2f×, CPU %.2f× | %s |\n", t.other, t.limit, wall, cpu, met)
	}
}

func ratio(a, b time.Duration) float64 { return a.Seconds() / b.Seconds() }

func yesNo(ok bool) string {
	if ok {
		return "yes"
	}
	return "no"
}
