package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/facelint/facelint/bench/measure"
)

// snapshotWorkloads copies the real-world face snapshots of src (each a
// module next to src/stubs, which their replace directives point at) into
// the work directory, where the harness may edit them, and returns one
// workload for each, the ones named in skip left out.
func snapshotWorkloads(ctx context.Context, work, src string, skip []string) ([]*workload, error) {
	entries, err := os.ReadDir(src)
	if err != nil {
		return nil, err
	}
	dst := filepath.Join(work, "realworld")
	if err := os.RemoveAll(dst); err != nil {
		return nil, err
	}
	if err := copyTree(filepath.Join(src, "stubs"), filepath.Join(dst, "stubs")); err != nil {
		return nil, err
	}
	var out []*workload
	for _, e := range entries {
		name := e.Name()
		if !e.IsDir() || name == "stubs" || slices.Contains(skip, name) {
			continue
		}
		if _, err := os.Stat(filepath.Join(src, name, "go.mod")); err != nil {
			continue
		}
		dir := filepath.Join(dst, name)
		if err := copyTree(filepath.Join(src, name), dir); err != nil {
			return nil, err
		}
		w := &workload{name: name, dir: dir, patterns: []string{"./..."}, snapshot: true}
		if _, err := measure.Go(ctx, dir, nil, "mod", "download"); err != nil {
			return nil, err
		}
		if err := w.count(ctx); err != nil {
			return nil, err
		}
		if w.editFile, w.leafFile, err = editTargets(ctx, w); err != nil {
			return nil, err
		}
		out = append(out, w)
	}
	return out, nil
}

// editTargets returns the files that edits change: core, the first Go file
// of the package of w that the most other packages of w import, so that
// an edit re-analyses many dependents; and leaf, the first Go file of the
// first package that the fewest import (a main package, a handler), where
// most edits happen.
func editTargets(ctx context.Context, w *workload) (core, leaf string, err error) {
	out, err := measure.Go(ctx, w.dir, nil, append([]string{"list", "-e", "-json=ImportPath,Dir,GoFiles,Imports", "--"}, w.patterns...)...)
	if err != nil {
		return "", "", err
	}
	type pkg struct {
		ImportPath, Dir string
		GoFiles         []string
		Imports         []string
	}
	var pkgs []pkg
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p pkg
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return "", "", err
		}
		if len(p.GoFiles) > 0 {
			pkgs = append(pkgs, p)
		}
	}
	if len(pkgs) == 0 {
		return "", "", fmt.Errorf("%s: no package with Go files", w.name)
	}
	importers := map[string]int{}
	for _, p := range pkgs {
		for _, imp := range p.Imports {
			importers[imp]++
		}
	}
	most, fewest := pkgs[0], pkgs[0]
	for _, p := range pkgs[1:] {
		if importers[p.ImportPath] > importers[most.ImportPath] {
			most = p
		}
		if importers[p.ImportPath] < importers[fewest.ImportPath] {
			fewest = p
		}
	}
	return filepath.Join(most.Dir, most.GoFiles[0]), filepath.Join(fewest.Dir, fewest.GoFiles[0]), nil
}

// edit changes file as a user's edit would: a new line at its top, which
// moves every position of the file, so that the package's facts change and
// its dependents are analysed again.
func edit(file string, n int) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	line := fmt.Sprintf("// bench edit %d\n", n)
	return os.WriteFile(file, append([]byte(line), data...), 0o644)
}

// snapshotNames lists the workloads' names for the report.
func snapshotNames(ws []*workload) string {
	var names []string
	for _, w := range ws {
		names = append(names, w.name)
	}
	return strings.Join(names, ", ")
}
