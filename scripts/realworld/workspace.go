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
	"strings"

	"github.com/facelint/facelint/bench/measure"
)

// workspace is a directory prepared for analysing one target: for a module,
// a throwaway module that requires it at its pinned version, with every
// module it needs downloaded and in go.sum.
type workspace struct {
	target target
	dir    string
	roots  []*listedPackage          // the target's packages, in go list order
	pkgs   map[string]*listedPackage // every package of the import graph, by path
	byDir  map[string]*listedPackage // the same, by directory
	setup  error                     // why the workspace could not be prepared
}

// listedPackage is the part of go list -json output that the check uses.
type listedPackage struct {
	ImportPath string
	Dir        string
	DepOnly    bool
	GoFiles    []string
	CgoFiles   []string
	Deps       []string
	Error      *struct{ Err string }
	DepsErrors []*struct{ Err string }
}

// listError is the go list error of a package or of one of its
// dependencies, or "".
func (p *listedPackage) listError() string {
	if p.Error != nil {
		return p.Error.Err
	}
	if len(p.DepsErrors) > 0 {
		return p.DepsErrors[0].Err
	}
	return ""
}

// lines counts the lines of the package's non-test Go files.
func (p *listedPackage) lines() (int, error) {
	n := 0
	for _, f := range append(append([]string(nil), p.GoFiles...), p.CgoFiles...) {
		data, err := os.ReadFile(filepath.Join(p.Dir, f))
		if err != nil {
			return 0, err
		}
		n += bytes.Count(data, []byte("\n"))
	}
	return n, nil
}

// prepare makes the workspace of a target under root. Failures are kept in
// the workspace's setup field.
func prepare(ctx context.Context, root string, t target) *workspace {
	ws := &workspace{target: t, dir: filepath.Join(root, dirName(t))}
	ws.setup = ws.prepare(ctx)
	return ws
}

func (ws *workspace) prepare(ctx context.Context) error {
	if err := os.RemoveAll(ws.dir); err != nil {
		return err
	}
	if err := os.MkdirAll(ws.dir, 0o755); err != nil {
		return err
	}
	t := ws.target
	var env []string
	if t.Path != "std" {
		if _, err := measure.Go(ctx, ws.dir, nil, "mod", "init", "facelint.invalid/realworld"); err != nil {
			return err
		}
		if _, err := measure.Go(ctx, ws.dir, nil, "get", t.String()); err != nil {
			return err
		}
		// -mod=mod lets go list record the checksums of every module
		// the packages need, so that later runs find a complete go.sum.
		env = []string{"GOFLAGS=" + strings.TrimSpace(os.Getenv("GOFLAGS")+" -mod=mod")}
	}
	args := append([]string{"list", "-e", "-deps", "-test=false",
		"-json=ImportPath,Dir,DepOnly,GoFiles,CgoFiles,Deps,Error,DepsErrors", "--"}, t.patterns()...)
	out, err := measure.Go(ctx, ws.dir, env, args...)
	if err != nil {
		return err
	}
	ws.pkgs = map[string]*listedPackage{}
	ws.byDir = map[string]*listedPackage{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		p := new(listedPackage)
		if err := dec.Decode(p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return fmt.Errorf("go list output: %v", err)
		}
		ws.pkgs[p.ImportPath] = p
		ws.byDir[p.Dir] = p
		if !p.DepOnly {
			ws.roots = append(ws.roots, p)
		}
	}
	if len(ws.roots) == 0 {
		return fmt.Errorf("no packages match %s", strings.Join(t.patterns(), " "))
	}
	return nil
}

// dirName is the workspace directory name of a target.
func dirName(t target) string {
	return strings.NewReplacer("/", "_", "@", "_").Replace(t.String())
}
