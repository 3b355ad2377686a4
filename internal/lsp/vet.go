package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// result is the outcome of the analysis of the package in one directory:
// its diagnostics by document URI, or the error that stopped it.
type result struct {
	diags map[string][]Diagnostic
	err   error
}

// analyzeFunc analyses the packages in dirs and returns a result for each.
// It returns ctx.Err() when ctx is cancelled before it is done.
type analyzeFunc func(ctx context.Context, dirs []string) (map[string]result, error)

// buildError is an error of the go command: a package that does not load,
// build or type-check, or a directory outside any module. The editor's Go
// support reports those already, so the server only logs them.
type buildError struct{ msg string }

func (e *buildError) Error() string { return e.msg }

// vetter analyses packages with go vet -vettool=facelint: the go command
// caches the facts and diagnostics of every package in its build cache, so
// after the first analysis only the packages whose files, dependencies'
// facts or facelint configuration changed are analysed again.
type vetter struct {
	opts    Options
	goTool  string // the go command
	vettool string // the facelint executable
}

// newVetter returns a vetter that runs this executable as the vet tool.
func newVetter(opts Options) (*vetter, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	return &vetter{opts: opts, goTool: "go", vettool: exe}, nil
}

// analyze runs go vet on the modules of dirs, one run for each module and
// configuration in force.
func (v *vetter) analyze(ctx context.Context, dirs []string) (map[string]result, error) {
	out := map[string]result{}
	for _, g := range v.groups(dirs, out) {
		res, err := v.vet(ctx, g)
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		for _, dir := range g.dirs {
			if err != nil {
				out[dir] = result{err: err}
			} else {
				out[dir] = res[dir]
			}
		}
	}
	return out, nil
}

// group is the directories analysed by one go vet run.
type group struct {
	root string // module root (or the directory itself): where go vet runs
	cfg  *configuration
	dirs []string
}

// groups sorts dirs by module root and configuration in force. The
// directories whose configuration does not load get their error in out.
func (v *vetter) groups(dirs []string, out map[string]result) []group {
	var gs []group
	for _, dir := range dirs {
		cfg, err := v.opts.configFor(dir)
		if err != nil {
			out[dir] = result{err: err}
			continue
		}
		root := moduleRoot(dir)
		i := slices.IndexFunc(gs, func(g group) bool { return g.root == root && g.cfg.sameFiles(cfg) })
		if i < 0 {
			gs = append(gs, group{root: root, cfg: cfg})
			i = len(gs) - 1
		}
		gs[i].dirs = append(gs[i].dirs, dir)
	}
	return gs
}

// nameSourcesFlag is faceconfig's -name-sources flag as go vet takes it.
const nameSourcesFlag = "-faceconfig.name-sources"

// moduleRoot returns the nearest directory at or above dir that holds a
// go.mod file, or dir itself.
func moduleRoot(dir string) string {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir
		}
		d = parent
	}
}

// vet runs go vet -json on every package of the module of g and converts
// the output of the packages in its directories.
//
// Every package of the module is vetted, not only those of g, because the
// go command keys its cache entries the same whether it vets a package
// for its facts alone (a dependency) or for its diagnostics too: a package
// vetted first as a dependency would later get the empty diagnostics of
// that run. With ./..., the packages of the module are always vetted for
// their diagnostics. For the same reason the server passes
// -faceconfig.name-sources even at its default, so that its cache entries
// are not those of command-line runs, which may vet a package as a
// dependency only.
//
// When a package of the module does not build, go vet fails and the
// directories of g get its error.
func (v *vetter) vet(ctx context.Context, g group) (map[string]result, error) {
	args := []string{"vet", "-vettool=" + v.vettool, "-json"}
	if v.opts.Tags != "" {
		args = append(args, "-tags="+v.opts.Tags)
	}
	if v.opts.Config != "" {
		args = append(args, "-faceconfig.config="+v.opts.Config)
	}
	args = append(args, v.opts.Flags...)
	if !slices.ContainsFunc(v.opts.Flags, func(f string) bool { return strings.HasPrefix(f, nameSourcesFlag+"=") }) {
		args = append(args, nameSourcesFlag+"=true")
	}
	pattern := "./..."
	if _, err := os.Stat(filepath.Join(g.root, "go.mod")); err != nil {
		pattern = "." // outside any module: let the go command say so
	}
	args = append(args, "--", pattern)
	cmd := exec.CommandContext(ctx, v.goTool, args...)
	cmd.Dir = g.root
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.WaitDelay = 5 * time.Second
	killGroupOnCancel(cmd)
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, &buildError{msg: msg}
	}
	return v.convert(&stdout, g)
}

// vetDiagnostic is a diagnostic in the JSON tree of go vet -json.
type vetDiagnostic struct {
	Category string `json:"category"`
	Posn     string `json:"posn"`
	End      string `json:"end"`
	Message  string `json:"message"`
	Related  []struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	} `json:"related"`
}

// convert reads the JSON trees that go vet -json prints, one per package
// (package ID -> analyzer -> diagnostics or error), and returns the
// diagnostics of each directory of g. A package and its test variant share
// files, so a diagnostic reported by both is kept once.
func (v *vetter) convert(r io.Reader, g group) (map[string]result, error) {
	var diags []vetDiagnostic
	var errs []string
	dec := json.NewDecoder(r)
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, fmt.Errorf("reading go vet output: %v", err)
		}
		for pkg, analyzers := range tree {
			for name, raw := range analyzers {
				var list []vetDiagnostic
				if err := json.Unmarshal(raw, &list); err == nil {
					diags = append(diags, list...)
					continue
				}
				var failure struct{ Error string }
				if err := json.Unmarshal(raw, &failure); err != nil {
					return nil, fmt.Errorf("reading go vet output: %v", err)
				}
				errs = append(errs, fmt.Sprintf("%s: %s: %s", pkg, name, failure.Error))
			}
		}
	}
	if len(errs) > 0 {
		slices.Sort(errs)
		return nil, errors.New(strings.Join(errs, "\n"))
	}
	out := map[string]result{}
	for _, dir := range g.dirs {
		out[dir] = result{diags: map[string][]Diagnostic{}}
	}
	src := sources{}
	seen := map[string]bool{}
	for _, d := range sortDiagnostics(diags) {
		start, ok := parsePosn(d.Posn)
		if !ok || (!v.opts.Tests && strings.HasSuffix(start.file, "_test.go")) {
			continue
		}
		res, ok := out[filepath.Dir(start.file)]
		key := d.Posn + "|" + d.Category + "|" + d.Message
		if !ok || seen[key] {
			continue
		}
		seen[key] = true
		uri := pathToURI(start.file)
		res.diags[uri] = append(res.diags[uri], diagnostic(d, g.cfg, src))
	}
	return out, nil
}

// sortDiagnostics sorts diagnostics as the standalone driver sorts its
// findings: by position, then rule, then message.
func sortDiagnostics(diags []vetDiagnostic) []vetDiagnostic {
	slices.SortStableFunc(diags, func(a, b vetDiagnostic) int {
		pa, _ := parsePosn(a.Posn)
		pb, _ := parsePosn(b.Posn)
		if c := pa.compare(pb); c != 0 {
			return c
		}
		if c := strings.Compare(a.Category, b.Category); c != 0 {
			return c
		}
		return strings.Compare(a.Message, b.Message)
	})
	return diags
}
