package driver

import (
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/facelint/facelint/analyzers"
	"github.com/facelint/facelint/analyzers/faceconfig"
	"github.com/facelint/facelint/analyzers/facetaint"
	"github.com/facelint/facelint/internal/factcache"
	"github.com/facelint/facelint/internal/posn"
	"github.com/facelint/facelint/internal/repo"
	"github.com/facelint/facelint/rules"
)

// Analyze loads the packages and runs facelint's analyzers on them.
// Packages that do not load or type-check, and packages that use what a
// broken import failed to declare, are not analysed: they are reported in
// LoadErrors, with their positions, and every other package is analysed.
// Patterns that match no package are load errors too. Analysis errors,
// such as a broken configuration, fail the whole run.
//
// A package is analysed once per content: its facts and types, and for a
// root package its diagnostics, are kept in the cache (internal/factcache)
// under a key of everything they depend on, and later runs read them from
// there instead (see load.go and plan.go).
func Analyze(opts Options) (*Result, error) {
	if opts.Engine {
		return analyze(opts, nil)
	}
	cache, err := factcache.Open()
	var warnings []string
	if errors.Is(err, factcache.ErrUnusable) {
		warnings = append(warnings, err.Error())
	} else if err != nil {
		return nil, err
	}
	res, err := analyze(opts, cache)
	if errors.Is(err, errCacheUnreadable) {
		// An entry went missing or bad since the run looked it up: start
		// again from source.
		res, err = analyze(opts, nil)
	}
	if err != nil {
		return nil, err
	}
	res.Warnings = append(warnings, res.Warnings...)
	cache.Trim()
	return res, nil
}

// errCacheUnreadable says that the types of a package the run planned to
// read from the cache could not be read.
var errCacheUnreadable = errors.New("cache entry unreadable")

// analyze is Analyze with a cache (nil for none).
func analyze(opts Options, cache *factcache.Cache) (*Result, error) {
	dir, err := filepath.Abs(opts.Dir)
	if err != nil {
		return nil, err
	}
	root, ok := repo.Root(dir)
	if !ok {
		root = dir
	}
	res := &Result{Dir: dir, Root: root, src: newSources(dir)}

	// go list without cgo's processing first (see listMode), which is all
	// a run needs when no package that uses cgo is type-checked from
	// source; otherwise go list again, with it.
	var (
		pkgs    []*packages.Package
		l       *loader
		e       *executor
		warning string
	)
	// faceconfig is a root too, so that its result, the rule set in force,
	// is kept for the output; so is facetaint when the engine's results
	// are wanted (it reports nothing itself).
	as := append(analyzers.All(), faceconfig.Analyzer)
	if opts.Engine {
		as = append(as, facetaint.Analyzer)
	}
	for _, compiled := range []bool{false, true} {
		if pkgs, err = list(opts, compiled); err != nil {
			return nil, err
		}
		l = newLoader(pkgs, compiled)
		if e, err = newExecutor(l, as, opts.Engine); err != nil {
			return nil, err
		}
		warning = e.plan(pkgs, cache, opts.Tags)
		if compiled || !l.needsCgo() {
			break
		}
	}
	if warning != "" {
		res.Warnings = append(res.Warnings, warning)
	}
	l.loadTypes()
	if l.cacheFailed.Load() {
		return nil, errCacheUnreadable
	}

	roots, broken := res.partialLoad(pkgs)
	res.LoadErrors = append(res.LoadErrors, unmatchedPatterns(dir, opts.Patterns, pkgs)...)
	sortLoadErrors(res.LoadErrors)
	res.Warnings = append(res.Warnings, skipped(dir, opts, pkgs)...)

	runs := e.runs(roots, broken)
	e.execute(runs)
	if l.cacheFailed.Load() {
		return nil, errCacheUnreadable
	}
	res.Packages.Analysed = len(runs)
	for _, n := range l.nodes {
		switch {
		case !n.hit:
		case n.mode == typesOnly:
			res.Packages.TypesOnly++
		default:
			res.Packages.Cached++
		}
	}
	cache.Trim()

	var errs []string
	seenErr := map[string]bool{}
	sets := map[string]*rules.Set{}
	for _, r := range runs {
		for _, act := range r.order {
			if act.err != nil {
				msg := act.err.Error()
				if !strings.HasPrefix(msg, "failed prerequisites") && !seenErr[msg] {
					seenErr[msg] = true
					errs = append(errs, fmt.Sprintf("%s: %s: %v", r.n.pkg.PkgPath, act.a.Name, act.err))
				}
				continue
			}
			if r.root && act.a == faceconfig.Analyzer {
				sets[r.n.pkg.ID] = act.result.(*faceconfig.Config).Rules
			}
		}
	}
	if len(errs) > 0 {
		sort.Strings(errs)
		return nil, errors.New(strings.Join(errs, "\n"))
	}
	if opts.Engine {
		res.Names = map[string]string{}
		for _, n := range l.nodes {
			res.Names[n.pkg.PkgPath] = n.pkg.Name
		}
	}
	for _, r := range runs {
		if !r.root {
			continue
		}
		if act := r.actions[facetaint.Analyzer]; opts.Engine && act != nil && act.result != nil {
			res.Engine = append(res.Engine, EngineResult{Package: r.n.pkg, Result: act.result.(*facetaint.Result)})
		}
		res.Fset = l.fset
		for _, a := range e.analyzers {
			for _, d := range r.actions[a].diags {
				res.Findings = append(res.Findings, Finding{Package: r.n.pkg.ID, Analyzer: a.Name, Diagnostic: d, Fset: l.fset})
			}
		}
	}
	// The roots whose diagnostics are in the cache.
	ps := newPositions(l.fset)
	var cachedRoots []*node
	for _, p := range roots {
		if n := l.byPkg[p]; n.hit {
			cachedRoots = append(cachedRoots, n)
			for _, d := range n.result.Diagnostics {
				ps.need(d.Pos)
				ps.need(d.End)
				for _, rel := range d.Related {
					ps.need(rel.Pos)
					ps.need(rel.End)
				}
			}
		}
	}
	ps.build()
	for _, n := range cachedRoots {
		set, err := faceconfig.Load(n.result.ConfigFiles, n.result.Explicit)
		if err != nil {
			return nil, err
		}
		sets[n.pkg.ID] = set
		res.Fset = l.fset
		for _, d := range n.result.Diagnostics {
			res.Findings = append(res.Findings, Finding{Package: n.pkg.ID, Analyzer: d.Analyzer, Diagnostic: ps.diagnostic(d), Fset: l.fset})
		}
	}
	for i := range res.Findings {
		f := &res.Findings[i]
		if rule := sets[f.Package].Rule(f.Diagnostic.Category); rule != nil {
			f.Severity = rule.Severity
		}
	}
	sortFindings(res.Findings)
	res.Findings = dedupe(res.Findings)
	if res.Rules, err = rulesInForce(sets); err != nil {
		return nil, err
	}
	return res, nil
}

// list runs go list on the patterns (see listMode).
func list(opts Options, compiled bool) ([]*packages.Package, error) {
	cfg := &packages.Config{
		Mode:  listMode,
		Dir:   opts.Dir,
		Env:   GoEnv(),
		Tests: opts.Tests,
	}
	if compiled {
		cfg.Mode |= packages.NeedCompiledGoFiles
	}
	if opts.Tags != "" {
		cfg.BuildFlags = []string{"-tags=" + opts.Tags}
	}
	return packages.Load(cfg, opts.Patterns...)
}

// GoEnv is the environment of the go commands that facelint runs: the
// process's environment with GOTOOLCHAIN=local added unless the variable
// is set, so that the go line of an analysed go.mod never makes the go
// command download a toolchain.
func GoEnv() []string {
	env := os.Environ()
	if _, set := os.LookupEnv("GOTOOLCHAIN"); !set {
		env = append(env, "GOTOOLCHAIN=local")
	}
	return env
}

// partialLoad records the load errors of the package graph and returns
// the packages to analyse: the loaded ones that are not broken. A package
// is broken when it has errors of its own, or uses types that a broken
// import failed to declare. The others are analysed even when they import
// a broken package: the edges to broken packages are removed, so that the
// analysis of a package does not wait for facts that will never come (its
// calls into a broken package are calls to unknown functions).
func (res *Result) partialLoad(pkgs []*packages.Package) ([]*packages.Package, map[*packages.Package]bool) {
	broken := map[*packages.Package]bool{}
	seen := map[string]bool{}
	record := func(p *packages.Package, e packages.Error) {
		// go build's errors (cgo's) come with a "# package" header and
		// the position in the message.
		msg := strings.TrimPrefix(e.Msg, "# "+p.PkgPath+"\n")
		pos := e.Pos
		if pos == "" || pos == "-" {
			if m := leadingPosn.FindStringSubmatch(msg); m != nil {
				pos, msg = m[1], m[2]
			}
		}
		le := LoadError{Package: p.PkgPath, Msg: msg}
		if pos != "" && pos != "-" {
			le.Posn = pos
			le.File, le.Line, le.Col = posn.Split(pos)
		}
		if key := le.String(); !seen[key] {
			seen[key] = true
			res.LoadErrors = append(res.LoadErrors, le)
		}
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			record(p, e)
			broken[p] = true
		}
		if broken[p] {
			return
		}
		for _, imp := range p.Imports {
			if broken[imp] {
				if bad := invalidUse(p); bad != "" {
					if !isTestMain(p) { // generated: its test package is reported
						record(p, packages.Error{Pos: bad, Msg: "uses what a package it imports, which does not type-check, failed to declare"})
					}
					broken[p] = true
					return
				}
			}
		}
	})
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if broken[p] {
			return
		}
		p.IllTyped = false
		for path, imp := range p.Imports {
			if broken[imp] {
				delete(p.Imports, path)
			}
		}
	})
	var roots []*packages.Package
	for _, p := range pkgs {
		if !broken[p] {
			roots = append(roots, p)
		}
	}
	return roots, broken
}

// leadingPosn matches an error message that starts with a position.
var leadingPosn = regexp.MustCompile(`^(\S+\.go:[0-9]+(?::[0-9]+)?): ((?s).*)$`)

// isTestMain reports whether p is the main package that go test generates
// to run a package's tests.
func isTestMain(p *packages.Package) bool {
	return p.Name == "main" && strings.HasSuffix(p.ID, ".test")
}

// invalidUse returns the position of the first expression or identifier
// of p whose type is invalid, or "".
func invalidUse(p *packages.Package) string {
	if p.TypesInfo == nil {
		return ""
	}
	first := token.NoPos
	consider := func(t types.Type, pos token.Pos) {
		if t != nil && types.Unalias(t) == types.Typ[types.Invalid] && (first == token.NoPos || pos < first) {
			first = pos
		}
	}
	for e, tv := range p.TypesInfo.Types {
		if !tv.IsBuiltin() {
			consider(tv.Type, e.Pos())
		}
	}
	for _, idents := range []map[*ast.Ident]types.Object{p.TypesInfo.Uses, p.TypesInfo.Defs} {
		for id, obj := range idents {
			switch obj.(type) {
			case *types.Var, *types.Const, *types.TypeName, *types.Func:
				consider(obj.Type(), id.Pos()) // other objects (packages, builtins, labels) have no type
			}
		}
	}
	if first == token.NoPos {
		return ""
	}
	return p.Fset.Position(first).String()
}

func sortLoadErrors(errs []LoadError) {
	sort.SliceStable(errs, func(i, j int) bool {
		a, b := errs[i], errs[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return a.String() < b.String()
	})
}

func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i].Fset.Position(fs[i].Diagnostic.Pos), fs[j].Fset.Position(fs[j].Diagnostic.Pos)
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		if fs[i].Diagnostic.Category != fs[j].Diagnostic.Category {
			return fs[i].Diagnostic.Category < fs[j].Diagnostic.Category
		}
		if fs[i].Diagnostic.Message != fs[j].Diagnostic.Message {
			return fs[i].Diagnostic.Message < fs[j].Diagnostic.Message
		}
		// A package before its test variant, so that dedupe keeps the same
		// one in every run.
		if fs[i].Package != fs[j].Package {
			return fs[i].Package < fs[j].Package
		}
		return fs[i].Analyzer < fs[j].Analyzer
	})
}

// dedupe drops findings reported twice: a package and its test variant
// share files.
func dedupe(fs []Finding) []Finding {
	var out []Finding
	seen := map[string]bool{}
	for _, f := range fs {
		key := f.Fset.Position(f.Diagnostic.Pos).String() + "|" + f.Diagnostic.Category + "|" + f.Diagnostic.Message
		if !seen[key] {
			seen[key] = true
			out = append(out, f)
		}
	}
	return out
}
