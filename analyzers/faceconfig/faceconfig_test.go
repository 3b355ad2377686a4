package faceconfig

import (
	"os"
	"path/filepath"
	"testing"
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

// TestDiscover checks that the configuration file is found from a package
// directory up to the module root, and not above it.
func TestDiscover(t *testing.T) {
	root := t.TempDir()
	mod := filepath.Join(root, "mod")
	write(t, filepath.Join(root, FileName), "") // above the module: ignored
	write(t, filepath.Join(mod, "go.mod"), "module example.com/m\n")
	pkg := filepath.Join(mod, "internal", "x")
	write(t, filepath.Join(pkg, "x.go"), "package x\n")

	if got := Discover(pkg); got != "" {
		t.Errorf("discover found %q above the module root", got)
	}
	write(t, filepath.Join(mod, FileName), "")
	if got, want := Discover(pkg), filepath.Join(mod, FileName); got != want {
		t.Errorf("discover = %q, want %q", got, want)
	}
	write(t, filepath.Join(pkg, FileName), "")
	if got, want := Discover(pkg), filepath.Join(pkg, FileName); got != want {
		t.Errorf("discover = %q, want the nearest file %q", got, want)
	}
}

// TestLoad checks that a file is loaded once, reloaded when it changes, and
// that errors carry the file's position.
func TestLoad(t *testing.T) {
	file := filepath.Join(t.TempDir(), FileName)
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
