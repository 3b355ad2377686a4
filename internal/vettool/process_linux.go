package vettool

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// process describes process pid and returns its parent's pid, from /proc.
func process(pid int) (procInfo, int, error) {
	base := filepath.Join("/proc", strconv.Itoa(pid))
	cmdline, err := os.ReadFile(filepath.Join(base, "cmdline"))
	if err != nil {
		return procInfo{}, 0, err
	}
	argv := strings.Split(string(bytes.TrimSuffix(cmdline, []byte{0})), "\x00")
	dir, err := os.Readlink(filepath.Join(base, "cwd"))
	if err != nil {
		return procInfo{}, 0, err
	}
	stat, err := os.ReadFile(filepath.Join(base, "stat"))
	if err != nil {
		return procInfo{}, 0, err
	}
	// pid (comm) state ppid ...: comm may hold spaces and parentheses.
	fields := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+1:]))
	if len(fields) < 2 {
		return procInfo{}, 0, fmt.Errorf("%s/stat: unexpected format", base)
	}
	ppid, err := strconv.Atoi(fields[1])
	if err != nil {
		return procInfo{}, 0, err
	}
	return procInfo{isGo: len(argv) > 0 && isGoProgram(argv[0]), args: argv[1:], dir: dir}, ppid, nil
}
