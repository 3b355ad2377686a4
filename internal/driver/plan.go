package driver

import (
	"bytes"
	"fmt"
	"path/filepath"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"

	"github.com/facelint/facelint/analyzers/faceconfig"
	"github.com/facelint/facelint/internal/factcache"
)

// The kinds of cache entries of a package: its facts, its types as
// gcexportdata writes them, and for a package named on the command line,
// its diagnostics.
const (
	factsKind       factcache.Kind = "f"
	typesKind       factcache.Kind = "t"
	diagnosticsKind factcache.Kind = "d"
)

// plan decides how each package of the graph is loaded (see load.go): the
// packages whose facts and types (and for a root package, diagnostics) the
// cache does not hold are analysed; the direct imports that facetaint
// analyses of an analysed package are type-checked from source; the rest
// comes from the cache. It returns a warning when the cache cannot be used.
func (e *executor) plan(roots []*packages.Package, cache *factcache.Cache, tags string) (warning string) {
	l := e.l
	registerFactTypes(e.factual)
	isRoot := map[*packages.Package]bool{}
	for _, p := range roots {
		isRoot[p] = true
	}
	if cache != nil {
		exe, err := cache.Executable()
		if err != nil {
			warning = fmt.Sprintf("the cache of facts is off: %v", err)
			cache = nil
		} else {
			configFlag := faceconfig.Analyzer.Flags.Lookup("config").Value.String()
			if configFlag != "" {
				configFlag, _ = filepath.Abs(configFlag)
			}
			newKeyer(exe, &faceconfig.Analyzer.Flags, tags).computeKeys(l, configFlag)
		}
	}
	// The packages the cache holds: their facts and types are there, and a
	// root's diagnostics, which are read now.
	for _, n := range l.nodes {
		p := n.pkg
		n.mode = analysed
		switch {
		case p.PkgPath == "unsafe":
			n.mode = fromExport
		case !n.keyed || cache == nil || !cache.Has(n.key, factsKind) || !cache.Has(n.key, typesKind):
		case isRoot[p]:
			data, ok := cache.Get(n.key, diagnosticsKind)
			if ok {
				n.result, ok = decodeResult(data)
			}
			if ok {
				n.hit, n.mode = true, fromExport
			}
		default:
			n.hit, n.mode = true, fromExport
		}
	}
	// The facts of the cached packages below an analysed package are read.
	// A package whose entry does not read is analysed, which may put more
	// packages below an analysed one.
	for changed := true; changed; {
		changed = false
		for n := range belowAnalysed(l) {
			if !n.hit || n.cached != nil {
				continue
			}
			data, ok := cache.Get(n.key, factsKind)
			if ok {
				n.cached = parseEntry(data, &l.cacheFailed)
			}
			if n.cached == nil {
				n.hit, n.mode, n.result = false, analysed, nil
				changed = true
			}
		}
	}
	analyzeStd := faceconfig.Analyzer.Flags.Lookup("std").Value.String() == "true"
	for _, n := range l.nodes {
		if n.mode != analysed {
			continue
		}
		for _, imp := range n.imports {
			if imp.mode == fromExport && imp.pkg.PkgPath != "unsafe" && (!imp.std || analyzeStd) && !imp.cached.exportedTypes {
				imp.mode = typesOnly
			}
		}
	}
	forks := e.forkPackageNames()
	for n := range belowAnalysed(l) {
		switch n.mode {
		case fromExport:
			n.read = n.read || (n.cached != nil && n.cached.hasObjects) || forks[n.pkg.Name]
		default:
			for _, imp := range n.imports {
				imp.read = true
			}
		}
	}
	l.cache = cache
	if cache != nil {
		e.store = func(r *pkgRun) {
			if !r.n.keyed {
				return
			}
			// The types first, then the facts, then a root's
			// diagnostics: each entry says that those before it are
			// there.
			if !cache.Has(r.n.key, factsKind) {
				var types bytes.Buffer
				if err := gcexportdata.Write(&types, e.l.fset, r.n.types); err != nil {
					return
				}
				facts, err := encodeFacts(r)
				if err != nil || cache.Put(r.n.key, typesKind, types.Bytes()) != nil || cache.Put(r.n.key, factsKind, facts) != nil {
					return
				}
			}
			if r.root {
				cfg := r.actions[faceconfig.Analyzer].result.(*faceconfig.Config)
				explicit := faceconfig.Analyzer.Flags.Lookup("config").Value.String() != ""
				if data, ok := encodeResult(e.l.fset, r, e.analyzers, cfg.Files, explicit); ok {
					cache.Put(r.n.key, diagnosticsKind, data)
				}
			}
		}
	}
	return warning
}

// forkPackageNames returns the package names of the modelled forks (a
// package named face that declares go-face's types is go-face) in the rule
// sets of the analysed packages: the engine searches the scope of any
// package of such a name, so its export data is read in full.
func (e *executor) forkPackageNames() map[string]bool {
	names := map[string]bool{}
	explicit := faceconfig.Analyzer.Flags.Lookup("config").Value.String()
	seen := map[string]bool{}
	for _, n := range e.l.nodes {
		if n.mode != analysed || len(n.pkg.CompiledGoFiles) == 0 {
			continue
		}
		files := []string{explicit}
		if explicit == "" {
			files = faceconfig.Discover(filepath.Dir(n.pkg.CompiledGoFiles[0]))
		}
		key := fmt.Sprint(files)
		if seen[key] {
			continue
		}
		seen[key] = true
		set, err := faceconfig.Load(files, explicit != "")
		if err != nil {
			continue // the analysis reports it
		}
		for _, f := range set.Models.Forks {
			names[f.Package] = true
		}
	}
	return names
}

// runs creates the analyses of the packages to analyse: the roots, and the
// analysed packages below them through imports that partial loading kept.
func (e *executor) runs(roots []*packages.Package, broken map[*packages.Package]bool) []*pkgRun {
	isRoot := map[*packages.Package]bool{}
	for _, p := range roots {
		isRoot[p] = true
	}
	reach := map[*packages.Package]bool{}
	packages.Visit(roots, func(p *packages.Package) bool {
		if reach[p] {
			return false
		}
		reach[p] = true
		return true
	}, nil)
	var runs []*pkgRun
	for _, n := range e.l.nodes {
		if n.mode == analysed && reach[n.pkg] && !broken[n.pkg] {
			runs = append(runs, e.newRun(n, isRoot[n.pkg]))
		}
	}
	return runs
}

// belowAnalysed returns the analysed packages and every package below
// them: the packages whose types and facts the analyses may use.
func belowAnalysed(l *loader) map[*node]bool {
	below := map[*node]bool{}
	var visit func(n *node)
	visit = func(n *node) {
		if below[n] {
			return
		}
		below[n] = true
		for _, imp := range n.imports {
			visit(imp)
		}
	}
	for _, n := range l.nodes {
		if n.mode == analysed {
			visit(n)
		}
	}
	return below
}
