//go:build unix

package safefile

import (
	"os"
	"syscall"
)

// open opens path for reading without blocking on FIFOs and, with
// noFollow, without following a symbolic link in its last element.
func open(path string, noFollow bool) (*os.File, error) {
	flags := os.O_RDONLY | syscall.O_NONBLOCK
	if noFollow {
		flags |= syscall.O_NOFOLLOW
	}
	return os.OpenFile(path, flags, 0)
}
