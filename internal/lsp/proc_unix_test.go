//go:build unix

package lsp

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestCancelKillsGoCommand checks that cancelling an analysis kills the go
// command and the processes it started (the vet tool, compilers), not the
// go command alone.
func TestCancelKillsGoCommand(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "go.mod"), "module example.com/m\n")
	pidFile := filepath.Join(dir, "child.pid")
	// A go command that starts a long child and waits for it.
	goTool := filepath.Join(dir, "go")
	writeFile(t, goTool, "#!/bin/sh\nsleep 300 &\necho $! > "+pidFile+"\nwait\n")
	if err := os.Chmod(goTool, 0o755); err != nil {
		t.Fatal(err)
	}
	v := &vetter{opts: Options{Tests: true}, goTool: goTool, vettool: "facelint"}

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := v.analyze(ctx, []string{dir})
		done <- err
	}()
	var pid int
	for pid == 0 {
		select {
		case err := <-done:
			t.Fatalf("analyze returned %v before it was cancelled", err)
		case <-time.After(10 * time.Millisecond):
		}
		if data, err := os.ReadFile(pidFile); err == nil && strings.HasSuffix(string(data), "\n") {
			pid, _ = strconv.Atoi(strings.TrimSpace(string(data)))
		}
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("analyze = %v, want %v", err, context.Canceled)
	}
	if alive(pid) {
		syscall.Kill(pid, syscall.SIGKILL)
		t.Error("the go command's child survived the cancellation")
	}
}

// alive reports whether a process runs (a zombie, killed but not yet
// reaped by its new parent, does not).
func alive(pid int) bool {
	for range 100 {
		data, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
		if err != nil {
			return syscall.Kill(pid, 0) == nil
		}
		// The state follows the command name in parentheses.
		if i := strings.LastIndexByte(string(data), ')'); i > 0 && strings.HasPrefix(string(data[i+1:]), " Z") {
			return false
		}
		time.Sleep(10 * time.Millisecond)
	}
	return true
}
