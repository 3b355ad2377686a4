// Command realworldface runs facelint on snapshots of public projects that
// handle face data, exactly as a user would (in each project's directory,
// with the embedded rules and no configuration), and scores the findings
// against what reviewers confirmed (expect.tsv) and rejected
// (not-expected.tsv).
//
// A finding matches a row when project, rule and file are the same and its
// line is within one line of the row's; each finding matches at most one row
// and each row at most one finding. Recall is the share of expect.tsv rows
// matched. Findings that match no row of the two files must be read:
// reviewed.tsv, beside this command, records the team's verdict on each
// one read (accept or reject, and why). Precision is the share of findings
// that match an expect.tsv row or an accepted reviewed.tsv row; findings
// nobody has read count against it, as rejected ones do. The report also
// gives the precision against the shared files alone.
//
// The exit status is 1 when a not-expected.tsv row or a rejected
// reviewed.tsv row is reported, when precision or recall falls below its
// bound, or when facelint crashes; 2 when the check cannot run.
//
// Usage, from the repository:
//
//	go run ./scripts/realworldface [-dir ../shared/realworld-face] [-facelint binary] [-out report.md] [-min-precision 0.9] [-min-recall 0.8]
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
)

func main() {
	dir := flag.String("dir", "", "the snapshots `directory` (default: ../shared/realworld-face from the repository)")
	bin := flag.String("facelint", "", "run this facelint `binary` instead of building one from the repository")
	out := flag.String("out", "", "also write the report to `file`")
	minPrecision := flag.Float64("min-precision", 0.9, "fail when precision is below `p`")
	minRecall := flag.Float64("min-recall", 0.8, "fail when recall is below `r`")
	sarifCheck := flag.String("sarif-check", "", "also check each project's SARIF output with this `command` (given the file as its last argument)")
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	ok, err := run(*dir, *bin, *out, *sarifCheck, *minPrecision, *minRecall)
	if err != nil {
		fmt.Fprintf(os.Stderr, "realworldface: %v\n", err)
		os.Exit(2)
	}
	if !ok {
		os.Exit(1)
	}
}

func run(dir, bin, out, sarifCheck string, minPrecision, minRecall float64) (bool, error) {
	repo, err := repoRoot()
	if err != nil {
		return false, err
	}
	if dir == "" {
		dir = filepath.Join(repo, "..", "shared", "realworld-face")
	}
	if dir, err = filepath.Abs(dir); err != nil {
		return false, err
	}
	expect, err := readRows(filepath.Join(dir, "expect.tsv"))
	if err != nil {
		return false, err
	}
	rejected, err := readRows(filepath.Join(dir, "not-expected.tsv"))
	if err != nil {
		return false, err
	}
	reviewed, err := readRows(filepath.Join(repo, "scripts", "realworldface", "reviewed.tsv"))
	if err != nil {
		return false, err
	}
	projects, err := listProjects(dir)
	if err != nil {
		return false, err
	}
	if bin == "" {
		tmp, err := os.MkdirTemp("", "realworldface-")
		if err != nil {
			return false, err
		}
		defer os.RemoveAll(tmp)
		bin = filepath.Join(tmp, "facelint")
		build := exec.Command("go", "build", "-o", bin, "./cmd/facelint")
		build.Dir, build.Stdout, build.Stderr = repo, os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			return false, fmt.Errorf("building facelint: %v", err)
		}
	}
	var results []*result
	for _, p := range projects {
		fmt.Fprintf(os.Stderr, "realworldface: %s\n", p)
		r, err := analyse(bin, dir, p, sarifCheck)
		if err != nil {
			return false, err
		}
		results = append(results, r)
	}
	s := score(results, expect, rejected, reviewed)
	var buf bytes.Buffer
	s.write(&buf, minPrecision, minRecall)
	os.Stdout.Write(buf.Bytes())
	if out != "" {
		if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
			return false, err
		}
	}
	return s.pass(minPrecision, minRecall), nil
}

// repoRoot returns the repository this command is run from.
func repoRoot() (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}").Output()
	if err != nil {
		return "", fmt.Errorf("finding the repository: %v", err)
	}
	return string(bytes.TrimSpace(out)), nil
}

// listProjects returns the snapshot directories: those with a go.mod,
// except the stubs.
func listProjects(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() || e.Name() == "stubs" {
			continue
		}
		if _, err := os.Stat(filepath.Join(dir, e.Name(), "go.mod")); errors.Is(err, os.ErrNotExist) {
			continue
		} else if err != nil {
			return nil, err
		}
		out = append(out, e.Name())
	}
	sort.Strings(out)
	if len(out) == 0 {
		return nil, fmt.Errorf("no projects in %s", dir)
	}
	return out, nil
}
