package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

// row is a line of expect.tsv or not-expected.tsv.
type row struct {
	Project, Rule, File string
	Line                int
	Note                string
}

// readRows reads a TSV file with a header line.
func readRows(path string) ([]row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []row
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if n == 1 || strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		cols := strings.SplitN(sc.Text(), "\t", 5)
		if len(cols) < 4 {
			return nil, fmt.Errorf("%s:%d: want project, rule, file, line", path, n)
		}
		line, err := strconv.Atoi(cols[3])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: bad line %q", path, n, cols[3])
		}
		r := row{Project: cols[0], Rule: cols[1], File: cols[2], Line: line}
		if len(cols) == 5 {
			r.Note = cols[4]
		}
		out = append(out, r)
	}
	return out, sc.Err()
}

// scores is the outcome of the whole check.
type scores struct {
	results      []*result
	expected     []row
	missed       []row
	matched      int // findings that match an expect.tsv row
	accepted     []finding
	acceptedRows []row
	rejected     []finding
	rejectedRows []row
	unclassified map[string][]finding
	total        int
	byRule       map[string][2]int // rule -> expected rows matched, expected rows
}

// score matches the findings with the rows: expect.tsv first, then
// not-expected.tsv, then the team's reviewed.tsv verdicts.
func score(results []*result, expect, rejected, reviewed []row) *scores {
	s := &scores{results: results, expected: expect, unclassified: map[string][]finding{}, byRule: map[string][2]int{}}
	usedExpect := make([]bool, len(expect))
	usedRejected := make([]bool, len(rejected))
	usedReviewed := make([]bool, len(reviewed))
	for _, r := range results {
		sort.Slice(r.findings, func(i, j int) bool {
			a, b := r.findings[i], r.findings[j]
			if a.File != b.File {
				return a.File < b.File
			}
			if a.Line != b.Line {
				return a.Line < b.Line
			}
			return a.Rule < b.Rule
		})
		for _, f := range r.findings {
			s.total++
			if i := match(r.project, f, expect, usedExpect); i >= 0 {
				usedExpect[i] = true
				s.matched++
				continue
			}
			if i := match(r.project, f, rejected, usedRejected); i >= 0 {
				usedRejected[i] = true
				s.rejected = append(s.rejected, f)
				s.rejectedRows = append(s.rejectedRows, rejected[i])
				continue
			}
			if i := match(r.project, f, reviewed, usedReviewed); i >= 0 {
				usedReviewed[i] = true
				if strings.HasPrefix(reviewed[i].Note, "accept") {
					s.accepted = append(s.accepted, f)
					s.acceptedRows = append(s.acceptedRows, reviewed[i])
				} else {
					s.rejected = append(s.rejected, f)
					s.rejectedRows = append(s.rejectedRows, reviewed[i])
				}
				continue
			}
			s.unclassified[r.project] = append(s.unclassified[r.project], f)
		}
	}
	for i, e := range expect {
		c := s.byRule[e.Rule]
		c[1]++
		if usedExpect[i] {
			c[0]++
		} else {
			s.missed = append(s.missed, e)
		}
		s.byRule[e.Rule] = c
	}
	return s
}

// match returns the first unused row a finding matches, or -1.
func match(project string, f finding, rows []row, used []bool) int {
	for i, r := range rows {
		if used[i] || r.Project != project || r.Rule != f.Rule || r.File != f.File {
			continue
		}
		if d := f.Line - r.Line; d >= -1 && d <= 1 {
			return i
		}
	}
	return -1
}

// precision is the share of findings that are expected or accepted.
func (s *scores) precision() float64 {
	if s.total == 0 {
		return 1
	}
	return float64(s.matched+len(s.accepted)) / float64(s.total)
}

// sharedPrecision is the share of findings that expect.tsv lists.
func (s *scores) sharedPrecision() float64 {
	if s.total == 0 {
		return 1
	}
	return float64(s.matched) / float64(s.total)
}

func (s *scores) recall() float64 {
	if len(s.expected) == 0 {
		return 1
	}
	return float64(s.matched) / float64(len(s.expected))
}

// crashed returns the projects facelint crashed on, and those whose SARIF
// the check rejected.
func (s *scores) failures() []string {
	var out []string
	for _, r := range s.results {
		if r.crashed {
			out = append(out, r.project+": facelint crashed (exit "+strconv.Itoa(r.exit)+")")
		}
		if r.sarif != "" {
			out = append(out, r.project+": invalid SARIF: "+r.sarif)
		}
	}
	return out
}

// pass reports whether the check passes.
func (s *scores) pass(minPrecision, minRecall float64) bool {
	return len(s.rejected) == 0 && len(s.failures()) == 0 && s.precision() >= minPrecision && s.recall() >= minRecall
}

// write prints the report in Markdown.
func (s *scores) write(w io.Writer, minPrecision, minRecall float64) {
	fmt.Fprintf(w, "# Real-world face check\n\n")
	fmt.Fprintf(w, "| project | exit | findings | expected | accepted | rejected | unclassified |\n|---|--:|--:|--:|--:|--:|--:|\n")
	for _, r := range s.results {
		rej := countProject(s.rejectedRows, r.project)
		acc := countProject(s.acceptedRows, r.project)
		exp := len(r.findings) - len(s.unclassified[r.project]) - rej - acc
		fmt.Fprintf(w, "| %s | %d | %d | %d | %d | %d | %d |\n", r.project, r.exit, len(r.findings), exp, acc, rej, len(s.unclassified[r.project]))
	}
	fmt.Fprintf(w, "\nprecision %.3f (%d of %d findings expected or accepted on review; bound %.2f); against expect.tsv alone %.3f\n",
		s.precision(), s.matched+len(s.accepted), s.total, minPrecision, s.sharedPrecision())
	fmt.Fprintf(w, "recall %.3f (%d of %d expected flows; bound %.2f)\n", s.recall(), s.matched, len(s.expected), minRecall)
	var rules []string
	for r := range s.byRule {
		rules = append(rules, r)
	}
	sort.Strings(rules)
	fmt.Fprintf(w, "\n| rule | recall |\n|---|--:|\n")
	for _, r := range rules {
		c := s.byRule[r]
		fmt.Fprintf(w, "| %s | %d/%d |\n", r, c[0], c[1])
	}
	if len(s.rejected) > 0 {
		fmt.Fprintf(w, "\n## Rejected findings reported (not-expected.tsv or reviewed.tsv; each fails the check)\n\n")
		for i, f := range s.rejected {
			fmt.Fprintf(w, "- %s %s %s:%d: %s\n  (%s)\n", s.rejectedRows[i].Project, f.Rule, f.File, f.Line, f.Message, s.rejectedRows[i].Note)
		}
	}
	if len(s.accepted) > 0 {
		fmt.Fprintf(w, "\n## Findings accepted on review (reviewed.tsv)\n\n")
		for i, f := range s.accepted {
			fmt.Fprintf(w, "- %s %s %s:%d (%s)\n", s.acceptedRows[i].Project, f.Rule, f.File, f.Line, s.acceptedRows[i].Note)
		}
	}
	if len(s.missed) > 0 {
		fmt.Fprintf(w, "\n## Expected flows missed\n\n")
		for _, r := range s.missed {
			fmt.Fprintf(w, "- %s %s %s:%d\n", r.Project, r.Rule, r.File, r.Line)
		}
	}
	if len(s.unclassified) > 0 {
		fmt.Fprintf(w, "\n## Unclassified findings (to be read)\n\n")
		for _, r := range s.results {
			for _, f := range s.unclassified[r.project] {
				fmt.Fprintf(w, "- %s %s %s:%d: %s\n", r.project, f.Rule, f.File, f.Line, f.Message)
			}
		}
	}
	if fs := s.failures(); len(fs) > 0 {
		fmt.Fprintf(w, "\n## Failures\n\n")
		for _, f := range fs {
			fmt.Fprintf(w, "- %s\n", f)
		}
	}
	for _, r := range s.results {
		if r.exit == 1 && r.stderr != "" {
			fmt.Fprintf(w, "\n%s: facelint exit status 1:\n\n```\n%s```\n", r.project, r.stderr)
		}
	}
}

func countProject(rows []row, project string) int {
	n := 0
	for _, r := range rows {
		if r.Project == project {
			n++
		}
	}
	return n
}
