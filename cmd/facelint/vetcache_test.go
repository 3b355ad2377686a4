package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/facelint/facelint/internal/testmodule"
)

// These tests run the real go vet twice or more on the same module with
// the test's GOCACHE, so that the second run can reuse what the first
// cached: the configuration must be part of what the cache keys on.

// vet runs go vet with facelint in dir and returns its output and whether
// it failed.
func vet(t *testing.T, dir string, args ...string) (string, bool) {
	t.Helper()
	stdout, stderr, code := run(t, dir, "go", append(append([]string{"vet", "-vettool=" + facelintBinary(t)}, args...), "./...")...)
	return stdout + stderr, code != 0
}

// TestVetConfigEdits edits the configuration between go vet runs: every
// run must reflect the configuration of its time, whether the file is
// found (.facelint.toml) or named (-config, relative to the directory go
// vet runs in).
func TestVetConfigEdits(t *testing.T) {
	mod := testmodule.Write(t, "guardconfig")
	dotfile := filepath.Join(mod, ".facelint.toml")
	steps := []struct {
		name    string
		dir     string // relative to the module
		config  string // content of .facelint.toml; "" for none
		args    []string
		finding bool // FR201 is reported
	}{
		{name: "no configuration", finding: true},
		{name: "FR201 disabled", config: "[rules.FR201]\nenabled = false\n"},
		{name: "consent guard declared", config: "[[guard]]\nfuncs = [\"example.com/guardconfig/app.hasFaceConsent\"]\nkind = \"consent\"\n"},
		{name: "file removed", finding: true},
		{name: "relative -config from the module root", args: []string{"-config=ci/facelint.toml"}},
		{name: "relative -config from a package directory", dir: "app", args: []string{"-config", "../ci/facelint.toml"}},
	}
	for _, s := range steps {
		if s.config == "" {
			os.Remove(dotfile)
		} else {
			write(t, dotfile, s.config)
		}
		out, failed := vet(t, filepath.Join(mod, s.dir), s.args...)
		if got := strings.Contains(out, "[FR201]"); got != s.finding || failed != s.finding {
			t.Errorf("%s: FR201 reported %v, go vet failed %v; want %v\n%s", s.name, got, failed, s.finding, out)
		}
	}

	// Editing the named file changes the next run's result too.
	write(t, filepath.Join(mod, "ci", "facelint.toml"), "# no guard\n")
	if out, failed := vet(t, mod, "-config=ci/facelint.toml"); !failed || !strings.Contains(out, "[FR201]") {
		t.Errorf("after the guard was removed from ci/facelint.toml: failed %v\n%s", failed, out)
	}
}

// TestVetConfigErrorFailsEveryRun runs go vet twice on a broken
// configuration file and twice with a missing -config file: every run
// must fail with the error.
func TestVetConfigErrorFailsEveryRun(t *testing.T) {
	mod := testmodule.Write(t, "guardconfig")
	write(t, filepath.Join(mod, ".facelint.toml"), "[rules.FR201]\nseverity = \"loud\"\n")
	for run := 1; run <= 2; run++ {
		out, failed := vet(t, mod)
		if !failed || !strings.Contains(out, ".facelint.toml:2:1: unknown severity \"loud\"") {
			t.Errorf("broken .facelint.toml, run %d: failed %v\n%s", run, failed, out)
		}
	}
	os.Remove(filepath.Join(mod, ".facelint.toml"))
	for run := 1; run <= 2; run++ {
		out, failed := vet(t, mod, "-config=missing.toml")
		if !failed || !strings.Contains(out, "missing.toml: no such file or directory") {
			t.Errorf("missing -config file, run %d: failed %v\n%s", run, failed, out)
		}
	}
}
