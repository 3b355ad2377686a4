//go:build unix

package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// module writes a module of one clean package into a new directory, with
// extra files, and returns the directory.
func module(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	all := map[string]string{
		"go.mod":   "module example.com/clean\n\ngo 1.22\n",
		"clean.go": "package clean\n\n// Hello greets.\nfunc Hello() string { return \"hello\" }\n",
	}
	for name, content := range files {
		all[name] = content
	}
	for name, content := range all {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestHostileConfig runs the binary on repositories whose .facelint.toml
// is hostile: each run must fail at once with an error that names the
// problem, without hanging, exhausting memory or leaking what the file
// points to.
func TestHostileConfig(t *testing.T) {
	bin := facelintBinary(t)
	nested := "[upload]\nnames = " + strings.Repeat("{a = ", 16000) + "1" + strings.Repeat("}", 16000) + "\n"
	t.Setenv("FACELINT_SECRET", "hunter2")
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string)
		want  string
	}{
		{"nested inline tables", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, ".facelint.toml"), nested)
		}, ".facelint.toml:2:89: arrays and tables nested deeper than 16 levels"},
		{"too large", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, ".facelint.toml"), "#"+strings.Repeat("x", 1<<20)+"\n")
		}, "larger than 1048576 bytes"},
		{"link to /dev/zero", func(t *testing.T, dir string) {
			symlink(t, "/dev/zero", filepath.Join(dir, ".facelint.toml"))
		}, "not a regular file"},
		{"link to /proc/self/environ", func(t *testing.T, dir string) {
			symlink(t, "/proc/self/environ", filepath.Join(dir, ".facelint.toml"))
		}, "not a regular file"},
		{"FIFO", func(t *testing.T, dir string) {
			if err := syscall.Mkfifo(filepath.Join(dir, ".facelint.toml"), 0o644); err != nil {
				t.Skip(err)
			}
		}, "not a regular file (a named pipe)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := module(t, nil)
			tt.setup(t, dir)
			stdout, stderr, code := run(t, dir, bin, "./...")
			if code != 1 || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit code %d, stderr:\n%s\nwant 1 and %q", code, stderr, tt.want)
			}
			if strings.Contains(stdout+stderr, "hunter2") {
				t.Errorf("the output leaks the environment:\n%s%s", stdout, stderr)
			}
		})
	}
}

// TestHostileBaseline checks that a baseline with trailing garbage is an
// error, and that -update-baseline does not write through a symbolic link
// out of the repository.
func TestHostileBaseline(t *testing.T) {
	bin := facelintBinary(t)
	dir := module(t, map[string]string{
		".git/HEAD":     "ref: refs/heads/main\n",
		"baseline.json": "{\"version\": 1, \"findings\": []}\n{}",
	})
	_, stderr, code := run(t, dir, bin, "-baseline", "baseline.json", "./...")
	if code != 1 || !strings.Contains(stderr, "data after the baseline's JSON document") {
		t.Errorf("trailing garbage: exit code %d, stderr:\n%s", code, stderr)
	}

	victim := filepath.Join(t.TempDir(), "victim")
	write(t, victim, "keep")
	symlink(t, victim, filepath.Join(dir, "linked.json"))
	_, stderr, code = run(t, dir, bin, "-baseline", "linked.json", "-update-baseline", "./...")
	if code != 1 || !strings.Contains(stderr, "outside") {
		t.Errorf("update through a link out of the repository: exit code %d, stderr:\n%s", code, stderr)
	}
	if data, _ := os.ReadFile(victim); string(data) != "keep" {
		t.Errorf("the file outside the repository was overwritten: %q", data)
	}
}

// TestNoToolchainDownload runs the binary on a module whose go.mod asks
// for a newer Go, with the go command's configuration set to download
// toolchains (GOTOOLCHAIN=auto) and no GOTOOLCHAIN in the environment:
// facelint must run its go commands with GOTOOLCHAIN=local. A user who
// sets GOTOOLCHAIN keeps it.
func TestNoToolchainDownload(t *testing.T) {
	bin := facelintBinary(t)
	dir := module(t, map[string]string{"go.mod": "module example.com/future\n\ngo 1.999\n\ntoolchain go1.999.0\n"})
	goenv := filepath.Join(t.TempDir(), "goenv")
	write(t, goenv, "GOTOOLCHAIN=auto\nGOPROXY=off\n")
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GOTOOLCHAIN=") && !strings.HasPrefix(kv, "GOPROXY=") && !strings.HasPrefix(kv, "GOENV=") {
			env = append(env, kv)
		}
	}
	env = append(env, "GOENV="+goenv)

	_, stderr, code := runEnv(t, dir, env, bin, "./...")
	if code != 1 || !strings.Contains(stderr, "GOTOOLCHAIN=local") || strings.Contains(stderr, "downloading go1.999") {
		t.Errorf("exit code %d, stderr:\n%s\nwant a refusal with GOTOOLCHAIN=local and no download", code, stderr)
	}
	_, stderr, _ = runEnv(t, dir, append(env, "GOTOOLCHAIN=auto"), bin, "./...")
	if strings.Contains(stderr, "GOTOOLCHAIN=local") {
		t.Errorf("the user's GOTOOLCHAIN=auto was replaced:\n%s", stderr)
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skip(err)
	}
}
