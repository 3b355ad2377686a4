package faceconfig

import (
	"path/filepath"
	"testing"
)

// TestFingerprint checks that the fingerprint changes with the content of
// every configuration file of the module and of the named file, and only
// with them.
func TestFingerprint(t *testing.T) {
	mod := t.TempDir()
	write(t, filepath.Join(mod, "go.mod"), "module example.com/m\n")
	write(t, filepath.Join(mod, "a", "a.go"), "package a\n")
	sum := func(dir, explicit string) string {
		t.Helper()
		s, bounded, err := Fingerprint(dir, explicit)
		if err != nil || !bounded {
			t.Fatalf("Fingerprint(%s, %q) = %v, %v", dir, explicit, bounded, err)
		}
		return s
	}
	seen := map[string]string{}
	check := func(state, s string) {
		t.Helper()
		if prev, ok := seen[s]; ok {
			t.Errorf("%s: same fingerprint as %s", state, prev)
		}
		seen[s] = state
	}
	check("no files", sum(mod, ""))
	write(t, filepath.Join(mod, "a", "deep", FileName), "[rules.FR101]\nenabled = false\n")
	check("nested file", sum(filepath.Join(mod, "a"), ""))
	write(t, filepath.Join(mod, "a", "deep", FileName), "[rules.FR101]\nenabled = true\n")
	check("nested file edited", sum(mod, ""))
	write(t, filepath.Join(mod, "ci.toml"), "# named\n")
	check("named file", sum(mod, filepath.Join(mod, "ci.toml")))
	write(t, filepath.Join(mod, "ci.toml"), "# named, edited\n")
	check("named file edited", sum(mod, filepath.Join(mod, "ci.toml")))
	write(t, filepath.Join(mod, "a", "a.go"), "package a\n\n// A is new.\nconst A = 1\n")
	if s := sum(mod, filepath.Join(mod, "ci.toml")); seen[s] != "named file edited" {
		t.Errorf("a Go file changed the fingerprint")
	}

	if _, _, err := Fingerprint(mod, filepath.Join(mod, "missing.toml")); err == nil {
		t.Error("a missing named file is not an error")
	}
	if _, bounded, _ := Fingerprint(t.TempDir(), ""); bounded {
		t.Error("a directory outside any module gives a bounded fingerprint")
	}
}

// TestFingerprintWorkspace checks that the files of a module that a
// go.work uses count, wherever the module is.
func TestFingerprintWorkspace(t *testing.T) {
	work, other := t.TempDir(), t.TempDir()
	write(t, filepath.Join(work, "go.work"), "go 1.26\n\nuse (\n\t./app\n\t"+other+"\n)\n")
	write(t, filepath.Join(work, "app", "go.mod"), "module example.com/app\n")
	write(t, filepath.Join(other, "go.mod"), "module example.com/other\n")
	t.Setenv("GOWORK", "")
	before, _, err := Fingerprint(filepath.Join(work, "app"), "")
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(other, FileName), "[rules.FR101]\nenabled = false\n")
	after, _, err := Fingerprint(filepath.Join(work, "app"), "")
	if err != nil {
		t.Fatal(err)
	}
	if before == after {
		t.Error("a configuration file in a module of the workspace did not change the fingerprint")
	}
}
