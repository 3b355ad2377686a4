// Package repo finds the root of the version-control repository a
// directory is in: the directory that output paths (SARIF, GitHub
// annotations) are relative to, and that files facelint writes must not
// leave through symbolic links.
package repo

import (
	"os"
	"path/filepath"
)

// markers are the entries that mark a repository root: .git is a
// directory, or a file in worktrees and submodules.
var markers = []string{".git", ".hg", ".jj", ".svn"}

// Root returns the nearest directory at or above dir (made absolute) that
// holds a repository marker, and whether there is one.
func Root(dir string) (string, bool) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", false
	}
	for {
		for _, m := range markers {
			if _, err := os.Lstat(filepath.Join(dir, m)); err == nil {
				return dir, true
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// Within returns path relative to dir, with forward slashes, when path is
// dir or inside it; both are absolute and cleaned.
func Within(dir, path string) (string, bool) {
	rel, err := filepath.Rel(dir, path)
	if err != nil || filepath.IsAbs(rel) || rel == ".." || len(rel) > 2 && rel[:3] == ".."+string(filepath.Separator) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}
