//go:build !linux

package vettool

import (
	"errors"
	"runtime"
)

// process is unsupported: only Linux lets facelint read the go command's
// arguments and directory (from /proc).
func process(int) (procInfo, int, error) {
	return procInfo{}, 0, errors.New("reading another process's arguments is not supported on " + runtime.GOOS)
}
