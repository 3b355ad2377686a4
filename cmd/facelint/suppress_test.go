package main_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/facelint/facelint/internal/testmodule"
)

// TestSuppressionsEveryDriver runs the whole analyzer set, standalone and
// under go vet, on a module whose suppressions are all used but one: on
// the line, on the line above, at a sink in another package, for the whole
// file. Each driver must report exactly what the "// want RULE" comments
// say: the finding on the line after a trailing ignore, and FR902 for the
// stale ignore only.
func TestSuppressionsEveryDriver(t *testing.T) {
	bin := facelintBinary(t)
	mod := testmodule.Write(t, "suppressions")
	want := wantComments(t, mod)

	stdout, stderr, code := run(t, mod, bin, "./...")
	if code != 3 {
		t.Fatalf("standalone exit code = %d, want 3\n%s%s", code, stdout, stderr)
	}
	if got := reported(stdout); !slices.Equal(got, want) {
		t.Errorf("standalone reported %q, want %q\n%s", got, want, stdout)
	}

	_, stderr, code = run(t, mod, "go", "vet", "-vettool="+bin, "./...")
	if code == 0 {
		t.Fatalf("go vet exit code = 0, want failure\n%s", stderr)
	}
	if got := reported(stderr); !slices.Equal(got, want) {
		t.Errorf("go vet reported %q, want %q\n%s", got, want, stderr)
	}
}

var (
	wantRE    = regexp.MustCompile(`// want (FR[0-9]{3})`)
	findingRE = regexp.MustCompile(`(?m)^(\S+\.go):([0-9]+):[0-9]+: \[(FR[0-9]{3})\]`)
)

// wantComments returns "file:line RULE" for each "// want RULE" comment of
// the Go files under dir, sorted.
func wantComments(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		for i, line := range strings.Split(string(data), "\n") {
			for _, m := range wantRE.FindAllStringSubmatch(line, -1) {
				out = append(out, filepath.ToSlash(rel)+":"+strconv.Itoa(i+1)+" "+m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// reported returns "file:line RULE" for each finding of a text output
// (path steps, which carry no rule, are left out), sorted.
func reported(output string) []string {
	var out []string
	for _, m := range findingRE.FindAllStringSubmatch(output, -1) {
		out = append(out, filepath.ToSlash(m[1])+":"+m[2]+" "+m[3])
	}
	slices.Sort(out)
	return out
}
