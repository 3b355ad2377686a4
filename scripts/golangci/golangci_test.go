// Package golangci_test runs build-and-check.sh, which builds golangci-lint
// with the facelint module plugin and checks its findings on
// testdata/golangci. It is slow (the first build downloads and compiles
// golangci-lint and its dependencies), so it runs only when
// FACELINT_GOLANGCI=1:
//
//	FACELINT_GOLANGCI=1 go test -timeout 30m ./scripts/golangci/
package golangci_test

import (
	"context"
	"os"
	"os/exec"
	"testing"
	"time"
)

func TestBuildAndCheck(t *testing.T) {
	if os.Getenv("FACELINT_GOLANGCI") != "1" {
		t.Skip("set FACELINT_GOLANGCI=1 to build golangci-lint with the facelint plugin and check it (slow; use -timeout 30m)")
	}
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("build-and-check.sh needs bash")
	}
	ctx := t.Context()
	if deadline, ok := t.Deadline(); ok {
		// Stop the script before the test binary times out, so that its
		// output is reported.
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, deadline.Add(-30*time.Second))
		defer cancel()
	}
	cmd := exec.CommandContext(ctx, "bash", "build-and-check.sh", t.TempDir())
	cmd.WaitDelay = 10 * time.Second
	out, err := cmd.CombinedOutput()
	t.Logf("build-and-check.sh output:\n%s", out)
	if err != nil {
		t.Fatalf("build-and-check.sh: %v", err)
	}
}
