package faceconfig

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/facelint/facelint/rules"
)

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestDiscover checks that the configuration files are found from a
// package directory up to the module root, and not above it, outermost
// first.
func TestDiscover(t *testing.T) {
	root := t.TempDir()
	mod := filepath.Join(root, "mod")
	write(t, filepath.Join(root, FileName), "") // above the module: ignored
	write(t, filepath.Join(mod, "go.mod"), "module example.com/m\n")
	pkg := filepath.Join(mod, "internal", "x")
	write(t, filepath.Join(pkg, "x.go"), "package x\n")

	if got := Discover(pkg); len(got) != 0 {
		t.Errorf("discover found %q above the module root", got)
	}
	write(t, filepath.Join(mod, FileName), "")
	if got, want := Discover(pkg), []string{filepath.Join(mod, FileName)}; !slices.Equal(got, want) {
		t.Errorf("discover = %q, want %q", got, want)
	}
	write(t, filepath.Join(pkg, FileName), "")
	if got, want := Discover(pkg), []string{filepath.Join(mod, FileName), filepath.Join(pkg, FileName)}; !slices.Equal(got, want) {
		t.Errorf("discover = %q, want the module's file, then the nested one: %q", got, want)
	}
}

// TestNestedInherits checks that a nested file extends its parent: the
// parent's guard and rule settings stay in force unless the nested file
// overrides them.
func TestNestedInherits(t *testing.T) {
	mod := t.TempDir()
	write(t, filepath.Join(mod, "go.mod"), "module example.com/m\n")
	write(t, filepath.Join(mod, FileName), `[rules.FR107]
enabled = false

[rules.FR105]
severity = "note"

[[guard]]
funcs = ["example.com/m/consent.Check"]
kind = "consent"
`)
	pkg := filepath.Join(mod, "kiosk")
	write(t, filepath.Join(pkg, FileName), `[rules.FR105]
severity = "error"

[[guard]]
funcs = ["example.com/m/kiosk.Confirm"]
kind = "consent"
`)
	set, err := Load(Discover(pkg), false)
	if err != nil {
		t.Fatal(err)
	}
	if set.Rule("FR107").Enabled {
		t.Error("the nested file dropped the parent's enabled = false for FR107")
	}
	if got := set.Rule("FR105").Severity; got != "error" {
		t.Errorf("FR105 severity = %q, want the nested file's error", got)
	}
	var guards []string
	for _, g := range set.Models.Guards {
		guards = append(guards, g.Funcs...)
	}
	for _, want := range []string{"example.com/m/consent.Check", "example.com/m/kiosk.Confirm"} {
		if !slices.Contains(guards, want) {
			t.Errorf("guard %s missing from the nested configuration", want)
		}
	}
}

// TestDiscoveredSymlink checks that a .facelint.toml found in a repository
// is not read through a symbolic link (to a device, here), and that the
// error says why.
func TestDiscoveredSymlink(t *testing.T) {
	mod := t.TempDir()
	write(t, filepath.Join(mod, "go.mod"), "module example.com/m\n")
	if err := os.Symlink("/dev/zero", filepath.Join(mod, FileName)); err != nil {
		t.Skip(err)
	}
	_, err := Load(Discover(mod), false)
	if err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("error = %v, want a refusal of the link", err)
	}
}

// TestEnableDisable checks -enable (only those rules) and -disable, and
// that an unknown rule ID in either is an error.
func TestEnableDisable(t *testing.T) {
	setFlag(t, "enable", "FR101,FR107")
	setFlag(t, "disable", "FR107")
	set, err := Load(nil, false)
	if err != nil {
		t.Fatal(err)
	}
	var on []string
	for _, r := range set.Rules {
		if r.Enabled {
			on = append(on, r.ID)
		}
	}
	if want := []string{"FR101"}; !slices.Equal(on, want) {
		t.Errorf("enabled rules = %q, want %q", on, want)
	}
	setFlag(t, "enable", "FR110")
	if _, err := Load(nil, false); err == nil || !strings.Contains(err.Error(), `-enable: unknown rule ID "FR110"`) {
		t.Errorf("error = %v, want an unknown rule ID", err)
	}
}

func setFlag(t *testing.T, name, value string) {
	t.Helper()
	f := Analyzer.Flags.Lookup(name)
	old := f.Value.String()
	if err := f.Value.Set(value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Value.Set(old) })
}

// TestLoad checks that a file is loaded once, reloaded when it changes, and
// that errors carry the file's position.
func TestLoad(t *testing.T) {
	file := filepath.Join(t.TempDir(), FileName)
	load := func(file string) (*rules.Set, error) { return Load([]string{file}, true) }
	write(t, file, "[rules.FR107]\nseverity = \"error\"\n")
	a, err := load(file)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := load(file); b != a {
		t.Error("the same file was loaded twice")
	}
	if got := a.Rule("FR107").Severity; got != "error" {
		t.Errorf("FR107 severity = %q, want error", got)
	}
	write(t, file, "[rules.FR107]\nseverity = \"warning\"\nenabled = false\n")
	b, err := load(file)
	if err != nil {
		t.Fatal(err)
	}
	if b == a || b.Rule("FR107").Enabled {
		t.Error("a changed file was not reloaded")
	}
	write(t, file, "[rules.FR107]\nseverity = \"loud\"\nextra = 1\n")
	if _, err := load(file); err == nil || err.Error() != file+":2:1: unknown severity \"loud\" (want error, warning or note)\n"+file+":3:1: unknown key \"extra\" in rules.FR107" {
		t.Errorf("error = %v", err)
	}
	if _, err := load(filepath.Join(t.TempDir(), "missing.toml")); err == nil {
		t.Error("a missing file loaded")
	}
}
