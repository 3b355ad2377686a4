package vettool

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/facelint/facelint/analyzers/faceconfig"
)

// toolID returns the build ID that go vet keys its cache on: a hash of the
// executable and of the configuration files in force for a go vet run in
// the current directory (go vet runs -V=full there). The -config setting
// is read from the go command's arguments and GOFLAGS. When the
// configuration cannot be bounded, the ID includes the time and the
// process ID, so that no cached result is reused.
func toolID() (string, error) {
	h := sha256.New()
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	f, err := os.Open(exe)
	if err != nil {
		return "", err
	}
	_, err = io.Copy(h, f)
	f.Close()
	if err != nil {
		return "", err
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	config, bounded := "", true
	if cmd, err := goCommand(); err != nil {
		bounded = false
	} else {
		config, _ = flagValue(append(strings.Fields(os.Getenv("GOFLAGS")), cmd.args...), "config")
	}
	sum, inModule, err := faceconfig.Fingerprint(dir, config)
	if err != nil {
		return "", err
	}
	fmt.Fprintf(h, "\nconfiguration %s\n", sum)
	if !bounded || !inModule {
		fmt.Fprintf(h, "unbounded %d %d\n", time.Now().UnixNano(), os.Getpid())
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// goProcess is the go command that runs the tool.
type goProcess struct {
	args []string // its arguments, without the program name
	dir  string   // its working directory
}

// maxAncestors bounds the search for the go command among the tool's
// ancestors (with -toolexec, a wrapper runs between them).
const maxAncestors = 4

// goCommand finds the go command among the process's ancestors.
func goCommand() (goProcess, error) {
	pid := os.Getppid()
	for range maxAncestors {
		p, parent, err := process(pid)
		if err != nil {
			return goProcess{}, err
		}
		if p.isGo {
			return goProcess{args: p.args, dir: p.dir}, nil
		}
		pid = parent
	}
	return goProcess{}, fmt.Errorf("no go command among the %d processes above facelint", maxAncestors)
}

// procInfo describes a process.
type procInfo struct {
	isGo bool // the process is a go command
	args []string
	dir  string
}

// isGoProgram reports whether a program name (argv[0]) is the go command.
func isGoProgram(name string) bool {
	base := name[strings.LastIndexAny(name, `/\`)+1:]
	base = strings.TrimSuffix(base, ".exe")
	return base == "go"
}
