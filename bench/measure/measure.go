// Package measure runs a command and records what it cost: wall time, CPU
// time and peak resident set size. facelint's benchmark harness (bench) and
// real-world check (scripts/realworld) share it.
package measure

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"time"
)

// Result is the outcome of one command.
type Result struct {
	Wall time.Duration
	// User and Sys are the CPU times of the command and of the processes it
	// waited for (go list, compilers...).
	User, Sys time.Duration
	// MaxRSS is the peak resident set size in bytes of the largest single
	// process of the tree: the command or one of the processes it waited
	// for. Processes running side by side are not added up.
	MaxRSS   int64
	ExitCode int    // -1 if the command was killed by a signal
	Status   string // how it ended: "exit status 3", "signal: killed"...
	Stdout   []byte
	Stderr   []byte
}

// CPU is the total CPU time, user and system.
func (r *Result) CPU() time.Duration { return r.User + r.Sys }

// Run runs cmd to completion and measures it. It captures stdout and stderr
// unless cmd already sends them elsewhere. A command that runs and exits
// with a non-zero status is not an error: its ExitCode says so. Run fails
// only when the command cannot be started or waited for.
func Run(cmd *exec.Cmd) (*Result, error) {
	var stdout, stderr bytes.Buffer
	if cmd.Stdout == nil {
		cmd.Stdout = &stdout
	}
	if cmd.Stderr == nil {
		cmd.Stderr = &stderr
	}
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		return nil, fmt.Errorf("%s: %w", cmd.Path, err)
	}
	st := cmd.ProcessState
	res := &Result{
		Wall:     wall,
		User:     st.UserTime(),
		Sys:      st.SystemTime(),
		MaxRSS:   maxRSS(st),
		ExitCode: st.ExitCode(),
		Status:   st.String(),
		Stdout:   stdout.Bytes(),
		Stderr:   stderr.Bytes(),
	}
	return res, nil
}

// MiB formats a size in bytes as mebibytes.
func MiB(n int64) string { return fmt.Sprintf("%.0f MiB", float64(n)/(1<<20)) }

// Seconds formats a duration as seconds with one decimal, two below a
// second.
func Seconds(d time.Duration) string {
	if d < time.Second {
		return fmt.Sprintf("%.2f s", d.Seconds())
	}
	return fmt.Sprintf("%.1f s", d.Seconds())
}
