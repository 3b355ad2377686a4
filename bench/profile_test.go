package main

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/facelint/facelint/internal/driver"
)

// BenchmarkDriver runs facelint's standalone driver in process with the
// command-line arguments in FACELINT_BENCH, so that go test can profile the
// engine, for example on the harness's std workload:
//
//	FACELINT_BENCH='-std -test=false std' go test -run '^$' -bench Driver -benchtime 1x -cpuprofile cpu.out ./bench
//	go tool pprof -top -cum bench.test cpu.out
//
// It is skipped unless FACELINT_BENCH is set. Findings are allowed; errors
// fail the benchmark.
func BenchmarkDriver(b *testing.B) {
	args := strings.Fields(os.Getenv("FACELINT_BENCH"))
	if len(args) == 0 {
		b.Skip("set FACELINT_BENCH to facelint's arguments to run")
	}
	for b.Loop() {
		var stderr bytes.Buffer
		if code := driver.Main(args, io.Discard, &stderr); code != driver.ExitClean && code != driver.ExitFindings {
			b.Fatalf("facelint exited %d:\n%s", code, stderr.String())
		}
	}
}
