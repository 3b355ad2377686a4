package safefile_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/facelint/facelint/internal/safefile"
)

const limit = 64

func write(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestReadRegular(t *testing.T) {
	path := write(t, "a.toml", "x = 1\n")
	data, err := safefile.Read(path, safefile.Options{Limit: limit, NoSymlink: true})
	if err != nil || string(data) != "x = 1\n" {
		t.Fatalf("Read = %q, %v", data, err)
	}
}

func TestReadTooLarge(t *testing.T) {
	path := write(t, "big.toml", strings.Repeat("#", limit+1))
	_, err := safefile.Read(path, safefile.Options{Limit: limit})
	if err == nil || !strings.Contains(err.Error(), "larger than 64 bytes") {
		t.Fatalf("Read of a file over the limit: %v", err)
	}
}

// TestReadSymlink follows a link only when allowed, and never to a file
// that is not regular.
func TestReadSymlink(t *testing.T) {
	target := write(t, "real.toml", "x = 1\n")
	link := filepath.Join(t.TempDir(), ".facelint.toml")
	if err := os.Symlink(target, link); err != nil {
		t.Skip(err)
	}
	if _, err := safefile.Read(link, safefile.Options{Limit: limit, NoSymlink: true}); !errors.Is(err, safefile.ErrNotRegular) {
		t.Errorf("Read of a link with NoSymlink: %v, want ErrNotRegular", err)
	}
	if data, err := safefile.Read(link, safefile.Options{Limit: limit}); err != nil || string(data) != "x = 1\n" {
		t.Errorf("Read of a link to a regular file = %q, %v", data, err)
	}
	zero := filepath.Join(t.TempDir(), "zero.toml")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	if _, err := safefile.Read(zero, safefile.Options{Limit: limit}); !errors.Is(err, safefile.ErrNotRegular) {
		t.Errorf("Read of a link to /dev/zero: %v, want ErrNotRegular", err)
	}
}

func TestReadDirectory(t *testing.T) {
	if _, err := safefile.Read(t.TempDir(), safefile.Options{Limit: limit}); !errors.Is(err, safefile.ErrNotRegular) {
		t.Errorf("Read of a directory: %v, want ErrNotRegular", err)
	}
}

// TestReadProcFile checks that a file of /proc, which reports size 0 but
// has content, is refused without its content in the error.
func TestReadProcFile(t *testing.T) {
	const path = "/proc/self/environ"
	if _, err := os.Stat(path); err != nil {
		t.Skip(err)
	}
	t.Setenv("FACELINT_SECRET", "hunter2")
	link := filepath.Join(t.TempDir(), "environ.toml")
	if err := os.Symlink(path, link); err != nil {
		t.Fatal(err)
	}
	_, err := safefile.Read(link, safefile.Options{Limit: 1 << 20})
	if err == nil {
		t.Fatal("Read of /proc/self/environ succeeded")
	}
	if strings.Contains(err.Error(), "hunter2") || strings.Contains(err.Error(), "FACELINT_SECRET") {
		t.Errorf("the error leaks the environment: %v", err)
	}
}
