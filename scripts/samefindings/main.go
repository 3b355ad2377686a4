// Command samefindings checks that two builds of facelint report the same
// on the same code: a base revision (default: the commit of main that the
// working tree's branch started from, so that only the branch's changes
// are compared) and the working tree. It
// runs both standalone on the bundled example, on every real-world face
// snapshot (-realworld, each from its own directory, as a user would: the
// one that does not load included) and on the test modules (testdata/e2emod,
// testdata/golangci, testdata/modules/*.txtar), in every output format (text
// with the paths, -json, -sarif, -format github) and with other settings on
// the example (-test=false, -enable, -disable, -fail-on, -baseline,
// -config, -std), and compares standard output, standard error and the exit
// status byte for byte.
//
// The working tree's build runs three times on each: with an empty cache of
// facts, with the cache that run left (a second run with nothing changed),
// and with the cache of every target before (the cache a user has). The
// cache directory is the work directory's; the user's is not touched.
//
// Usage, from the repository:
//
//	scripts/samefindings/run.sh [-base rev] [-work dir] [-realworld dir] [-run regexp]
//
// It prints one line per comparison and exits 1 when any differs.
package main

import (
	"archive/tar"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/txtar"
)

func main() {
	base := flag.String("base", "", "git `revision` to compare the working tree with (default: where HEAD's branch left main, git merge-base HEAD main)")
	work := flag.String("work", "", "working `directory`; default: a temporary directory, removed afterwards")
	realworld := flag.String("realworld", filepath.Join("..", "shared", "realworld-face"), "`directory` of the real-world face snapshots (relative to the repository)")
	only := flag.String("run", "", "compare only the targets whose name matches `regexp`")
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	same, err := run(*base, *work, *realworld, *only)
	if err != nil {
		fmt.Fprintf(os.Stderr, "samefindings: %v\n", err)
		os.Exit(2)
	}
	if !same {
		os.Exit(1)
	}
}

// target is a directory facelint runs in, with the argument lists to
// compare there.
type target struct {
	name string
	dir  string
	args [][]string
}

// formats are the output formats every target is compared in.
var formats = [][]string{{"./..."}, {"-json", "./..."}, {"-sarif", "./..."}, {"-format", "github", "./..."}}

func run(base, work, realworld, only string) (bool, error) {
	repoDir, err := os.Getwd()
	if err != nil {
		return false, err
	}
	if work == "" {
		if work, err = os.MkdirTemp("", "samefindings-"); err != nil {
			return false, err
		}
		defer os.RemoveAll(work)
	}
	if work, err = filepath.Abs(work); err != nil {
		return false, err
	}
	filter, err := regexp.Compile(only)
	if err != nil {
		return false, err
	}
	if base == "" {
		out, err := exec.Command("git", "merge-base", "HEAD", "main").Output()
		if err != nil {
			return false, fmt.Errorf("git merge-base HEAD main: %v (give -base)", err)
		}
		base = strings.TrimSpace(string(out))
	}
	bin := filepath.Join(work, "bin")
	baseBin, newBin := filepath.Join(bin, "facelint-base"), filepath.Join(bin, "facelint-new")
	logf("building %s and the working tree", base)
	if err := buildRevision(repoDir, base, filepath.Join(work, "base"), baseBin); err != nil {
		return false, err
	}
	if err := goBuild(repoDir, newBin); err != nil {
		return false, err
	}
	targets, err := collectTargets(repoDir, work, realworld, baseBin)
	if err != nil {
		return false, err
	}
	shared := filepath.Join(work, "cache-shared")
	same := true
	for i, t := range targets {
		if !filter.MatchString(t.name) {
			continue
		}
		for _, args := range t.args {
			want := runFacelint(baseBin, t.dir, args, "off")
			cold := filepath.Join(work, fmt.Sprintf("cache-%d", i))
			os.RemoveAll(cold)
			for _, c := range []struct{ name, cache string }{{"empty cache", cold}, {"second run", cold}, {"shared cache", shared}} {
				got := runFacelint(newBin, t.dir, args, c.cache)
				verdict := "same"
				if diff := compare(want, got); diff != "" {
					verdict = "DIFFERENT\n" + diff
					same = false
				}
				fmt.Printf("%s: facelint %s (%s, exit %d): %s\n", t.name, strings.Join(args, " "), c.name, got.exit, verdict)
			}
		}
	}
	return same, nil
}

// outcome is what one facelint run printed and returned.
type outcome struct {
	stdout, stderr string
	exit           int
}

// runFacelint runs a facelint binary in dir with a cache directory ("off"
// for none).
func runFacelint(bin, dir string, args []string, cache string) outcome {
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "FACELINT_CACHE="+cache)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	o := outcome{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		o.exit = exit.ExitCode()
	case err != nil:
		o.exit = -1
		o.stderr += err.Error()
	}
	return o
}

// compare returns the differences between two outcomes, or "".
func compare(want, got outcome) string {
	var b strings.Builder
	if want.exit != got.exit {
		fmt.Fprintf(&b, "\texit status %d, want %d\n", got.exit, want.exit)
	}
	for _, s := range []struct{ name, want, got string }{{"stdout", want.stdout, got.stdout}, {"stderr", want.stderr, got.stderr}} {
		if s.want != s.got {
			fmt.Fprintf(&b, "\t%s differs:\n%s", s.name, lineDiff(s.want, s.got))
		}
	}
	return b.String()
}

// lineDiff lists the lines only one side has, at most 40.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	n := 0
	for _, l := range w {
		if !slices.Contains(g, l) && n < 40 {
			fmt.Fprintf(&b, "\t\t- %s\n", l)
			n++
		}
	}
	for _, l := range g {
		if !slices.Contains(w, l) && n < 40 {
			fmt.Fprintf(&b, "\t\t+ %s\n", l)
			n++
		}
	}
	if n == 0 {
		b.WriteString("\t\t(same lines, another order)\n")
	}
	return b.String()
}

// collectTargets lists the directories to compare in, copying the
// real-world snapshots (with their stubs) and writing the txtar modules
// into the work directory.
func collectTargets(repoDir, work, realworld, baseBin string) ([]target, error) {
	example := filepath.Join(repoDir, "examples", "faceservice")
	config := filepath.Join(work, "example.toml")
	if err := os.WriteFile(config, []byte("[rules.FR101]\nseverity = \"error\"\n"), 0o644); err != nil {
		return nil, err
	}
	baseline := filepath.Join(work, "baseline.json")
	if out := runFacelint(baseBin, example, []string{"-baseline", baseline, "-update-baseline", "-enable", "FR101", "./..."}, "off"); out.exit != 0 {
		return nil, fmt.Errorf("writing a baseline: exit %d\n%s", out.exit, out.stderr)
	}
	exampleArgs := append(slices.Clone(formats),
		[]string{"-test=false", "./..."},
		[]string{"-enable", "FR101,FR102", "./..."},
		[]string{"-disable", "FR201", "-json", "./..."},
		[]string{"-fail-on", "error", "./..."},
		[]string{"-baseline", baseline, "./..."},
		[]string{"-config", config, "-sarif", "./..."},
		[]string{"-tags", "integration", "./..."},
		[]string{"-test=false", "-std", "./...", "net/textproto"},
		[]string{"./internal/..."},
	)
	targets := []target{{name: "examples/faceservice", dir: example, args: exampleArgs}}

	src, err := filepath.Abs(filepath.Join(repoDir, realworld))
	if err != nil {
		return nil, err
	}
	dst := filepath.Join(work, "realworld")
	if err := os.RemoveAll(dst); err != nil {
		return nil, err
	}
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		return nil, fmt.Errorf("copying %s: %v", src, err)
	}
	entries, err := os.ReadDir(dst)
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		dir := filepath.Join(dst, e.Name())
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil || e.Name() == "stubs" {
			continue
		}
		if out, err := exec.Command("go", "-C", dir, "mod", "download").CombinedOutput(); err != nil {
			return nil, fmt.Errorf("go mod download in %s: %v\n%s", dir, err, out)
		}
		targets = append(targets, target{name: "realworld/" + e.Name(), dir: dir, args: formats})
	}

	for _, mod := range []string{"e2emod", "golangci"} {
		targets = append(targets, target{name: "testdata/" + mod, dir: filepath.Join(repoDir, "testdata", mod), args: formats})
	}
	archives, err := filepath.Glob(filepath.Join(repoDir, "testdata", "modules", "*.txtar"))
	if err != nil {
		return nil, err
	}
	for _, file := range archives {
		name := strings.TrimSuffix(filepath.Base(file), ".txtar")
		dir := filepath.Join(work, "modules", name)
		if err := writeArchive(file, dir); err != nil {
			return nil, err
		}
		targets = append(targets, target{name: "testdata/modules/" + name, dir: dir, args: formats})
	}
	return targets, nil
}

// writeArchive writes the files of a txtar archive into dir.
func writeArchive(file, dir string) error {
	archive, err := txtar.ParseFile(file)
	if err != nil {
		return err
	}
	fsys, err := txtar.FS(archive)
	if err != nil {
		return err
	}
	os.RemoveAll(dir)
	return os.CopyFS(dir, fsys)
}

// buildRevision builds facelint at a git revision of the repository.
func buildRevision(repoDir, rev, dir, out string) error {
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	cmd := exec.Command("git", "archive", "--format=tar", rev)
	cmd.Dir = repoDir
	data, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("git archive %s: %v", rev, err)
	}
	tr := tar.NewReader(bytes.NewReader(data))
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return err
		}
		name := filepath.Join(dir, filepath.FromSlash(h.Name))
		switch h.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(name, 0o755); err != nil {
				return err
			}
		case tar.TypeReg:
			if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
				return err
			}
			body, err := io.ReadAll(tr)
			if err != nil {
				return err
			}
			if err := os.WriteFile(name, body, 0o644); err != nil {
				return err
			}
		}
	}
	return goBuild(dir, out)
}

// goBuild builds the facelint command of the module in dir.
func goBuild(dir, out string) error {
	cmd := exec.Command("go", "build", "-o", out, "./cmd/facelint")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-buildvcs=false")
	if data, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build in %s: %v\n%s", dir, err, data)
	}
	return nil
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "samefindings: "+format+"\n", args...)
}
