package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/facelint/facelint/bench/measure"
)

// workload is a set of packages every tool is timed on.
type workload struct {
	name     string
	dir      string   // where the tools run
	patterns []string // for facelint, the null driver and go vet
	std      bool     // pass -std to facelint: analyse standard library packages
	snapshot bool     // a real-world face snapshot
	// editFile is the file that the "one file changed" runs edit, a file
	// that many packages depend on; leafFile a file that few depend on.
	// The language server is timed on both.
	editFile, leafFile string
	// gosecDirs are the package directories gosec is given: it takes
	// directories, not package patterns.
	gosecDirs []string
	packages  int // packages the patterns match
	lines     int // their non-test lines of Go
	// closurePackages and closureLines count every package of the import
	// graph, all of which the null driver and facelint build SSA for.
	closurePackages int
	closureLines    int
}

// listedPackage is the part of go list -json output the harness uses.
type listedPackage struct {
	ImportPath string
	Dir        string
	DepOnly    bool
	GoFiles    []string
	CgoFiles   []string
	Error      *struct{ Err string }
}

// count fills in the package and line counts of w from go list.
func (w *workload) count(ctx context.Context) error {
	args := append([]string{"list", "-e", "-deps", "-test=false",
		"-json=ImportPath,Dir,DepOnly,GoFiles,CgoFiles,Error", "--"}, w.patterns...)
	out, err := measure.Go(ctx, w.dir, nil, args...)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listedPackage
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return fmt.Errorf("go list output: %v", err)
		}
		if p.Error != nil {
			return fmt.Errorf("%s: %s", p.ImportPath, p.Error.Err)
		}
		n, err := lines(p.Dir, append(p.GoFiles, p.CgoFiles...))
		if err != nil {
			return err
		}
		w.closurePackages++
		w.closureLines += n
		if !p.DepOnly {
			w.packages++
			w.lines += n
			w.gosecDirs = append(w.gosecDirs, p.Dir)
		}
	}
	return nil
}

// lines counts the lines of files in dir.
func lines(dir string, files []string) (int, error) {
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			return 0, err
		}
		n += bytes.Count(data, []byte("\n"))
	}
	return n, nil
}

// stdWorkload is the whole standard library, run from an empty directory.
func stdWorkload(ctx context.Context, work string) (*workload, error) {
	w := &workload{name: "std", dir: filepath.Join(work, "std"), patterns: []string{"std"}, std: true}
	if err := os.MkdirAll(w.dir, 0o755); err != nil {
		return nil, err
	}
	return w, w.count(ctx)
}

// moduleWorkload is the packages of a module (path@version), copied out of
// the module cache into a writable directory and used as the main module:
// gosec loads each package from its module root, which must be a module
// whose go.mod resolves. Replace directives that point into the module's
// own repository are dropped, so the versions it requires are used.
func moduleWorkload(ctx context.Context, work, module string) (*workload, error) {
	out, err := measure.Go(ctx, work, nil, "mod", "download", "-json", module)
	if err != nil {
		return nil, err
	}
	var dl struct{ Dir string }
	if err := json.Unmarshal(out, &dl); err != nil {
		return nil, err
	}
	w := &workload{name: module, dir: filepath.Join(work, "module"), patterns: []string{"./..."}}
	if err := os.RemoveAll(w.dir); err != nil {
		return nil, err
	}
	if err := copyTree(dl.Dir, w.dir); err != nil {
		return nil, err
	}
	out, err = measure.Go(ctx, w.dir, nil, "mod", "edit", "-json")
	if err != nil {
		return nil, err
	}
	var mod struct {
		Replace []struct {
			Old struct{ Path, Version string }
			New struct{ Path, Version string }
		}
	}
	if err := json.Unmarshal(out, &mod); err != nil {
		return nil, err
	}
	for _, r := range mod.Replace {
		if r.New.Version == "" { // a directory, not a module version
			if _, err := measure.Go(ctx, w.dir, nil, "mod", "edit", "-dropreplace="+r.Old.Path); err != nil {
				return nil, err
			}
		}
	}
	// Record the checksums of every module the packages and their tests
	// need (go vet analyses tests).
	if _, err := measure.Go(ctx, w.dir, modMod, "list", "-e", "-deps", "-test", "./..."); err != nil {
		return nil, err
	}
	return w, w.count(ctx)
}

// copyTree copies the regular files under src to dst, writable.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

// modMod is the environment that lets the go command update go.mod and
// go.sum.
var modMod = []string{"GOFLAGS=" + strings.TrimSpace(os.Getenv("GOFLAGS")+" -mod=mod")}

// exampleWorkload is the bundled example service (examples/faceservice),
// copied into the work directory so that the harness may edit it, its
// replace directives made absolute.
func exampleWorkload(ctx context.Context, work string) (*workload, error) {
	src, err := filepath.Abs(filepath.Join("examples", "faceservice"))
	if err != nil {
		return nil, err
	}
	w := &workload{name: "examples/faceservice", dir: filepath.Join(work, "example"), patterns: []string{"./..."}}
	if err := os.RemoveAll(w.dir); err != nil {
		return nil, err
	}
	if err := copyTree(src, w.dir); err != nil {
		return nil, err
	}
	out, err := measure.Go(ctx, w.dir, nil, "mod", "edit", "-json")
	if err != nil {
		return nil, err
	}
	var mod struct {
		Replace []struct {
			Old struct{ Path string }
			New struct{ Path, Version string }
		}
	}
	if err := json.Unmarshal(out, &mod); err != nil {
		return nil, err
	}
	for _, r := range mod.Replace {
		if r.New.Version == "" && !filepath.IsAbs(r.New.Path) {
			abs := filepath.Join(src, r.New.Path)
			if _, err := measure.Go(ctx, w.dir, nil, "mod", "edit", "-replace="+r.Old.Path+"="+abs); err != nil {
				return nil, err
			}
		}
	}
	if err := w.count(ctx); err != nil {
		return nil, err
	}
	w.editFile, w.leafFile, err = editTargets(ctx, w)
	return w, err
}
