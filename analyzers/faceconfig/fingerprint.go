package faceconfig

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"golang.org/x/mod/modfile"
)

// Fingerprint hashes what decides the configuration of the packages that
// a driver analyses from dir: the content of the explicit configuration
// file (the -config setting), if any, and of every FileName in the module
// or workspace that dir is in. Drivers that cache results across runs (go
// vet, golangci-lint) make it part of their cache keys, so that editing a
// configuration file invalidates them. bounded is false when dir is in no
// module or workspace: then the files in force cannot be bounded, and
// cached results must not be reused. An explicit file that cannot be read
// is an error; problems with other files only change the hash (the run
// reports them).
func Fingerprint(dir, explicit string) (sum string, bounded bool, err error) {
	h := sha256.New()
	if explicit != "" {
		data, err := ReadFile(explicit, true)
		if err != nil {
			return "", false, fmt.Errorf("facelint configuration: %w", err)
		}
		abs, _ := filepath.Abs(explicit)
		fmt.Fprintf(h, "config %q %d\n", abs, len(data))
		h.Write(data)
	}
	roots, err := workspaceRoots(dir)
	if err != nil {
		return "", false, err
	}
	for _, root := range roots {
		if err := hashConfigFiles(h, root); err != nil {
			return "", false, err
		}
	}
	return hex.EncodeToString(h.Sum(nil)), len(roots) > 0, nil
}

// workspaceRoots returns the directories whose packages a go command run
// in dir can load from source: the module root (the nearest directory
// with go.mod) and, in a workspace, the go.work directory and the modules
// it uses. GOWORK in the environment is honoured as the go command does.
func workspaceRoots(dir string) ([]string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	var roots []string
	if mod := findUp(dir, "go.mod"); mod != "" {
		roots = append(roots, filepath.Dir(mod))
	}
	work := os.Getenv("GOWORK")
	switch work {
	case "off":
		work = ""
	case "":
		work = findUp(dir, "go.work")
	}
	if work != "" {
		data, err := ReadFile(work, true)
		if err != nil {
			return nil, fmt.Errorf("go.work: %w", err)
		}
		wf, err := modfile.ParseWork(work, data, nil)
		if err != nil {
			return nil, err
		}
		base := filepath.Dir(work)
		roots = append(roots, base)
		for _, u := range wf.Use {
			path := u.Path
			if !filepath.IsAbs(path) {
				path = filepath.Join(base, path)
			}
			roots = append(roots, filepath.Clean(path))
		}
	}
	slices.Sort(roots)
	return slices.Compact(roots), nil
}

// findUp returns the first file called name in dir and its parents, or "".
func findUp(dir, name string) string {
	for {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			return filepath.Join(dir, name)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// vcsDirs are skipped when looking for configuration files: they hold no
// Go packages.
var vcsDirs = map[string]bool{".git": true, ".hg": true, ".svn": true, ".bzr": true, ".jj": true}

// hashConfigFiles hashes the path and content of every FileName under
// root, in walk order (lexical). Files that cannot be read are hashed by
// their error, which the run itself reports.
func hashConfigFiles(h io.Writer, root string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			if path == root {
				return err
			}
			fmt.Fprintf(h, "unreadable %q\n", path)
			return fs.SkipDir
		case d.IsDir() && vcsDirs[d.Name()]:
			return fs.SkipDir
		case d.IsDir() || d.Name() != FileName:
			return nil
		}
		data, err := ReadFile(path, false)
		if err != nil {
			fmt.Fprintf(h, "file %q error %q\n", path, err)
			return nil
		}
		fmt.Fprintf(h, "file %q %d\n", path, len(data))
		h.Write(data)
		return nil
	})
}
