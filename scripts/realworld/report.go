package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/facelint/facelint/bench/measure"
)

// report is the markdown report of a run of the check.
type report struct {
	outcomes []*outcome
	goVer    string
	trim     []string // path prefixes left out of positions (module cache, GOROOT/src)
	duration time.Duration
}

// passed reports whether every check passed on every target.
func (r *report) passed() bool {
	for _, o := range r.outcomes {
		if !o.passed() {
			return false
		}
	}
	return true
}

// passed reports whether every check passed on the target.
func (o *outcome) passed() bool { return len(o.findings) == 0 && len(o.failures) == 0 }

// internalErrors counts the FR900 findings.
func (o *outcome) internalErrors() int {
	n := 0
	for _, f := range o.findings {
		if f.internal() {
			n++
		}
	}
	return n
}

func (r *report) write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# facelint on real-world code\n\n")
	fmt.Fprintf(&b, "%s, %s, load average %s at the end. Whole check: %s.\n\n",
		r.goVer, measure.Machine(), measure.LoadAvg(), r.duration.Round(time.Second))
	fmt.Fprintf(&b, "Findings count every diagnostic (all are false positives on this code); FR900 counts internal errors of the engine among them; failures are crashes, analysis errors and packages facelint cannot load although go build can. Wall and CPU time and peak RSS are those of facelint (with the go list it runs); lines are the non-test lines of Go of the analysed packages.\n\n")
	b.WriteString("| target | kind | packages | lines | findings | FR900 | failures | excluded | wall | CPU | peak RSS | result |\n")
	b.WriteString("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n")
	var total outcome
	for _, o := range r.outcomes {
		result := "ok"
		if !o.passed() {
			result = "**FAIL**"
		}
		fmt.Fprintf(&b, "| %s | %s | %d | %d | %d | %d | %d | %d | %s | %s | %s | %s |\n",
			o.ws.target, o.ws.target.Kind, o.packages, o.lines, len(o.findings), o.internalErrors(),
			len(o.failures), len(o.excluded), measure.Seconds(o.wall), measure.Seconds(o.cpu), measure.MiB(o.maxRSS), result)
		total.packages += o.packages
		total.lines += o.lines
		total.findings = append(total.findings, o.findings...)
		total.failures = append(total.failures, o.failures...)
		total.excluded = append(total.excluded, o.excluded...)
		total.wall += o.wall
		total.cpu += o.cpu
		total.maxRSS = max(total.maxRSS, o.maxRSS)
	}
	result := "ok"
	if !r.passed() {
		result = "**FAIL**"
	}
	fmt.Fprintf(&b, "| **total** (%d targets) | | %d | %d | %d | %d | %d | %d | %s | %s | %s | %s |\n",
		len(r.outcomes), total.packages, total.lines, len(total.findings), total.internalErrors(),
		len(total.failures), len(total.excluded), measure.Seconds(total.wall), measure.Seconds(total.cpu), measure.MiB(total.maxRSS), result)

	r.section(&b, "False positives", func(o *outcome) []string {
		var items []string
		for _, f := range o.findings {
			if !f.internal() {
				items = append(items, r.finding(f))
			}
		}
		return items
	})
	r.section(&b, "Internal errors (FR900)", func(o *outcome) []string {
		var items []string
		for _, f := range o.findings {
			if f.internal() {
				items = append(items, r.finding(f))
			}
		}
		return items
	})
	r.section(&b, "Failures", func(o *outcome) []string {
		items := make([]string, len(o.failures))
		for i, f := range o.failures {
			items[i] = "```\n" + r.trimPaths(f) + "\n```"
		}
		return items
	})
	r.section(&b, "Packages left out", func(o *outcome) []string {
		items := make([]string, len(o.excluded))
		for i, e := range o.excluded {
			items[i] = r.trimPaths(e)
		}
		return items
	})
	_, err := io.WriteString(w, b.String())
	return err
}

// section writes a section listing the items of each target, if there are
// any.
func (r *report) section(b *strings.Builder, title string, items func(*outcome) []string) {
	header := false
	for _, o := range r.outcomes {
		list := items(o)
		if len(list) == 0 {
			continue
		}
		if !header {
			fmt.Fprintf(b, "\n## %s\n", title)
			header = true
		}
		fmt.Fprintf(b, "\n### %s\n\n", o.ws.target)
		for _, it := range list {
			fmt.Fprintf(b, "- %s\n", strings.ReplaceAll(it, "\n", "\n  "))
		}
	}
}

// finding formats a finding with its source line.
func (r *report) finding(f finding) string {
	s := fmt.Sprintf("`%s` %s (%s): %s", r.trimPaths(f.Posn), f.Rule, f.Analyzer, f.Message)
	if f.Snippet != "" {
		s += "\n```go\n" + f.Snippet + "\n```"
	}
	return s
}

// trimPaths shortens the file paths in s to paths under the module cache
// or GOROOT/src.
func (r *report) trimPaths(s string) string {
	for _, p := range r.trim {
		s = strings.ReplaceAll(s, p, "")
	}
	return s
}
