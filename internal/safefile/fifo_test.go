//go:build unix

package safefile_test

import (
	"errors"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/facelint/facelint/internal/safefile"
)

// TestReadFIFO must return at once: opening a FIFO for reading blocks
// until a writer opens it, unless it is opened without blocking.
func TestReadFIFO(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fifo.toml")
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skip(err)
	}
	if _, err := safefile.Read(path, safefile.Options{Limit: limit}); !errors.Is(err, safefile.ErrNotRegular) {
		t.Errorf("Read of a FIFO: %v, want ErrNotRegular", err)
	}
}
