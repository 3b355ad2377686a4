package main

import (
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/facelint/facelint/bench/measure"
)

// report is the markdown report of a benchmark run.
type report struct {
	gosec                 string
	count                 int
	runs                  []*workloadRun // std, module, then the snapshots
	scaling               []*workloadRun // std, std + module (facelint-cold and null only)
	lsp                   []*lspRun      // the example, then a snapshot
	snapshotNames         string
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
		if run.w.snapshot {
			continue
		}
		fmt.Fprintf(&b, "\n## %s\n\n", run.w.name)
		b.WriteString("| tool | wall | CPU | peak RSS | exit | command (in the workload directory) |\n|---|--:|--:|--:|--:|---|\n")
		for _, tr := range run.results {
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %d | `%s` |\n", tr.tool.name, measure.Seconds(tr.res.Wall),
				measure.Seconds(tr.res.CPU()), measure.MiB(tr.res.MaxRSS), tr.res.ExitCode, tr.command)
		}
		r.writeTargets(&b, run)
	}

	if len(r.scaling) == 2 {
		b.WriteString("\n## Scaling\n\nEvery package of the import graph is loaded, type-checked and turned into SSA (and, for facelint with -std, analysed: facelint-cold, with an empty cache), so cost is set against the lines of the whole graph.\n\n")
		b.WriteString("| tool | workload | lines in import graph | wall | CPU | wall per 100k lines | CPU per 100k lines |\n|---|---|--:|--:|--:|--:|--:|\n")
		for _, name := range []string{"facelint-cold", "null"} {
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
		for _, name := range []string{"facelint-cold", "null"} {
			s, l := small.result(name), large.result(name)
			if s == nil || l == nil {
				continue
			}
			fmt.Fprintf(&b, "- %s: wall %.2f, CPU %.2f (lines ×%.2f, wall ×%.2f, CPU ×%.2f)\n", name,
				ratio(l.res.Wall, s.res.Wall)/lineRatio, ratio(l.res.CPU(), s.res.CPU())/lineRatio,
				lineRatio, ratio(l.res.Wall, s.res.Wall), ratio(l.res.CPU(), s.res.CPU()))
		}
	}
	r.writeSnapshots(&b)
	r.writeLSP(&b)
	r.writeIssue13(&b)
	_, err := io.WriteString(w, b.String())
	return err
}

// snapshotTools are the columns of the real-world table.
var snapshotTools = []string{"facelint", "facelint-cold", "gosec", "vettool-cold", "vettool-warm", "vettool-change", "vet-warm", "vet-change"}

// writeSnapshots writes one row per real-world snapshot: wall, CPU and
// peak RSS of each tool.
func (r *report) writeSnapshots(b *strings.Builder) {
	header := false
	for _, run := range r.runs {
		if !run.w.snapshot {
			continue
		}
		if !header {
			b.WriteString("\n## Real-world face snapshots\n\n")
			fmt.Fprintf(b, "Snapshots: %s. Each cell is wall / CPU / peak RSS. facelint is the standalone driver (`facelint -test=false ./...`; gosec does not analyse tests either) run a second time with nothing changed, its cache of facts filled by the first run; facelint-cold is the same with an empty cache of facts, a first run (the build and module caches are warm for every tool); vettool is `go vet -vettool=facelint ./...` on a cold cache (a cache key no run had: compiled packages cached, no analysis), a warm one, and after one file changed (a line added at the top of the first file of the package that the most packages of the snapshot import); vet is plain `go vet ./...`, warm and after the same kind of change.\n\n", r.snapshotNames)
			b.WriteString("| snapshot | packages | lines in import graph |")
			for _, t := range snapshotTools {
				fmt.Fprintf(b, " %s |", t)
			}
			b.WriteString("\n|---|--:|--:|" + strings.Repeat("--:|", len(snapshotTools)) + "\n")
			header = true
		}
		fmt.Fprintf(b, "| %s | %d | %d |", run.w.name, run.w.packages, run.w.closureLines)
		for _, t := range snapshotTools {
			fmt.Fprintf(b, " %s |", cell(run.result(t)))
		}
		b.WriteString("\n")
	}
}

// cell formats a tool's run as wall / CPU / peak RSS.
func cell(tr *toolRun) string {
	if tr == nil {
		return "–"
	}
	if tr.failed() {
		return "failed: " + tr.res.Status
	}
	return fmt.Sprintf("%s / %s / %s", measure.Seconds(tr.res.Wall), measure.Seconds(tr.res.CPU()), measure.MiB(tr.res.MaxRSS))
}

// writeLSP writes the language server's latencies and memory.
func (r *report) writeLSP(b *strings.Builder) {
	if len(r.lsp) == 0 {
		return
	}
	b.WriteString("\n## Language server\n\n")
	b.WriteString("Time from textDocument/didSave of a file just edited (a line added at its top) to the end of the analysis it starts (the server's `facelint: analysed` log line, after its diagnostics), warm: after the first analysis and 2 untimed saves. The server runs `go vet -vettool=facelint ./...` on the module, which analyses the edited package and its dependents again and takes the rest from the build cache. Each workload is timed twice: saving a file of a package that the fewest packages import (usually the main package), and one of the package that the most import (every dependent is compiled and analysed again).\n\n")
	b.WriteString("| workload | edited file | saves | median | min | max | server RSS after the timed saves | after the soak saves |\n|---|---|--:|--:|--:|--:|--:|--:|\n")
	for _, lr := range r.lsp {
		lat := slices.Clone(lr.latencies)
		slices.Sort(lat)
		soak := "–"
		if lr.soak > 0 {
			soak = fmt.Sprintf("%s (%d saves)", measure.MiB(lr.rssSoak), lr.soak)
		}
		rel, _ := filepath.Rel(lr.w.dir, lr.file)
		fmt.Fprintf(b, "| %s | %s | %d | %.2f s | %.2f s | %.2f s | %s | %s |\n", lr.w.name, rel, len(lat),
			lr.median().Seconds(), lat[0].Seconds(), lat[len(lat)-1].Seconds(), measure.MiB(lr.rssWarm), soak)
	}
}

// writeIssue13 writes every target of issue 13 with its measured ratio.
func (r *report) writeIssue13(b *strings.Builder) {
	b.WriteString("\n## Targets\n\n| target | workload | measured | met |\n|---|---|---|---|\n")
	row := func(target, workload, measured string, met bool) {
		fmt.Fprintf(b, "| %s | %s | %s | %s |\n", target, workload, measured, yesNo(met))
	}
	for _, lr := range r.lsp {
		limit := 2.0
		if lr.w == r.lsp[0].w {
			limit = 1.0 // the bundled example
		}
		rel, _ := filepath.Rel(lr.w.dir, lr.file)
		row(fmt.Sprintf("language server: median save to diagnostics ≤ %.0f s", limit), lr.w.name+", saving "+rel, fmt.Sprintf("%.2f s (%.2f× the target)", lr.median().Seconds(), lr.median().Seconds()/limit), lr.median().Seconds() <= limit)
		if lr.soak > 0 {
			growth := float64(lr.rssSoak) / float64(lr.rssWarm)
			row(fmt.Sprintf("language server: memory flat over %d saves (RSS grows ≤ 1.1×)", lr.soak), lr.w.name, fmt.Sprintf("%s → %s (%.2f×)", measure.MiB(lr.rssWarm), measure.MiB(lr.rssSoak), growth), growth <= 1.1)
		}
	}
	for _, run := range r.runs {
		if run.w.std {
			continue
		}
		gs := run.completed("gosec")
		for _, v := range []struct{ tool, what string }{{"facelint", "second run"}, {"facelint-cold", "first run, empty cache"}} {
			fl := run.completed(v.tool)
			if fl == nil || gs == nil {
				continue
			}
			wall, cpu := ratio(fl.res.Wall, gs.res.Wall), ratio(fl.res.CPU(), gs.res.CPU())
			mem := float64(fl.res.MaxRSS) / float64(gs.res.MaxRSS)
			row("standalone ("+v.what+") / gosec ≤ 0.8× wall and CPU", run.w.name, fmt.Sprintf("wall %.2f×, CPU %.2f×", wall, cpu), wall <= 0.8 && cpu <= 0.8)
			row("standalone ("+v.what+") / gosec ≤ 2× peak RSS", run.w.name, fmt.Sprintf("%.2f×", mem), mem <= 2)
		}
		if fl := run.completed("facelint"); fl != nil && run.w.snapshot {
			row("standalone, second run with nothing changed ≤ 2 s", run.w.name, fmt.Sprintf("%s (%.2f× the target)", measure.Seconds(fl.res.Wall), fl.res.Wall.Seconds()/2), fl.res.Wall.Seconds() <= 2)
		}
		vt, vet := run.completed("vettool-change"), run.completed("vet-change")
		if vt != nil && vet != nil {
			wall, cpu := ratio(vt.res.Wall, vet.res.Wall), ratio(vt.res.CPU(), vet.res.CPU())
			row("go vet -vettool=facelint / go vet, one file changed ≤ 2×", run.w.name, fmt.Sprintf("wall %.2f×, CPU %.2f×", wall, cpu), wall <= 2 && cpu <= 2)
		}
	}
	if len(r.runs) > 0 && r.runs[0].w.std {
		for _, v := range []struct{ tool, what string }{{"facelint-cold", "first run, empty cache"}, {"facelint", "second run"}} {
			fl, null := r.runs[0].result(v.tool), r.runs[0].result("null")
			if fl != nil && null != nil {
				wall, cpu := ratio(fl.res.Wall, null.res.Wall), ratio(fl.res.CPU(), null.res.CPU())
				row("-std ("+v.what+") / null driver ≤ 1.3×", "std", fmt.Sprintf("wall %.2f×, CPU %.2f×", wall, cpu), wall <= 1.3 && cpu <= 1.3)
			}
		}
	}
	if len(r.scaling) == 2 {
		small, large := r.scaling[0], r.scaling[1]
		s, l := small.result("facelint-cold"), large.result("facelint-cold")
		if s != nil && l != nil {
			lineRatio := float64(large.w.closureLines) / float64(small.w.closureLines)
			growth := ratio(l.res.CPU(), s.res.CPU()) / lineRatio
			row("-std (first run): cost linear in lines (CPU per line, larger / smaller workload ≤ 1.1)", "std, std + module", fmt.Sprintf("%.2f", growth), growth <= 1.1)
		}
	}
}

// writeTargets writes the ratios of facelint (a second run, and a first
// run with an empty cache) to the other tools on a workload and whether
// the targets are met.
func (r *report) writeTargets(b *strings.Builder, run *workloadRun) {
	header := false
	for _, name := range []string{"facelint", "facelint-cold"} {
		fl := run.result(name)
		if fl == nil {
			continue
		}
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
				fmt.Fprintf(b, "| peak RSS %s / %s ≤ %.1f× | %.2f× | %s |\n", name, t.other, t.limit, m, yesNo(m <= t.limit))
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
			fmt.Fprintf(b, "| time %s / %s ≤ %.1f× | wall %.2f×, CPU %.2f× | %s |\n", name, t.other, t.limit, wall, cpu, met)
		}
	}
}

func ratio(a, b time.Duration) float64 { return a.Seconds() / b.Seconds() }

func yesNo(ok bool) string {
	if ok {
		return "yes"
	}
	return "no"
}
