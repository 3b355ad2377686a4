// Package safefile reads files that a repository supplies, such as
// facelint's configuration and baselines, without trusting them: only
// regular files are read, never devices, FIFOs or sockets (opening them
// does not block), never more than a size limit, and never more bytes than
// the file's size says (files of /proc report size 0 and would leak their
// content into error messages). Error messages never quote the content.
package safefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// Options say how a file may be reached.
type Options struct {
	// Limit is the largest size read, in bytes.
	Limit int64
	// NoSymlink refuses a path whose last element is a symbolic link: for
	// files that facelint finds in a repository rather than files a user
	// names.
	NoSymlink bool
}

// ErrNotRegular is the error for files that are not regular files.
var ErrNotRegular = errors.New("not a regular file")

// Read returns the content of the regular file at path.
func Read(path string, opts Options) ([]byte, error) {
	if opts.NoSymlink {
		info, err := os.Lstat(path)
		if err != nil {
			return nil, err
		}
		if info.Mode()&fs.ModeSymlink != 0 {
			return nil, &fs.PathError{Op: "read", Path: path, Err: fmt.Errorf("%w: a symbolic link (facelint does not follow links to files it finds in a repository)", ErrNotRegular)}
		}
	}
	f, err := open(path, opts.NoSymlink)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: path, Err: fmt.Errorf("%w (%s)", ErrNotRegular, kind(info.Mode()))}
	}
	if info.Size() > opts.Limit {
		return nil, &fs.PathError{Op: "read", Path: path, Err: fmt.Errorf("larger than %d bytes", opts.Limit)}
	}
	data := make([]byte, info.Size())
	if _, err := io.ReadFull(f, data); err != nil {
		return nil, &fs.PathError{Op: "read", Path: path, Err: errors.New("shorter than its size: it changed while being read")}
	}
	if n, _ := f.Read(make([]byte, 1)); n > 0 {
		return nil, &fs.PathError{Op: "read", Path: path, Err: errors.New("longer than its size: it changed while being read, or is a special file")}
	}
	return data, nil
}

// kind names the type of a file that is not regular.
func kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}
