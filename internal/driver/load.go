package driver

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"

	"github.com/facelint/facelint/internal/factcache"
)

// How the driver loads the packages of the import graph.
//
// One go list run (go/packages, without types) gives the graph. Then each
// package is loaded in one of three ways:
//
//   - analysed: parsed and type-checked from source, and analysed: the
//     packages whose facts (and for a package named on the command line,
//     diagnostics) are not in the cache, and the packages that go list
//     reports errors for;
//   - typesOnly: parsed and type-checked from source, without function
//     bodies and not analysed: the direct imports of an analysed package
//     that facetaint analyses (not the standard library, unless -std), so
//     that the engine sees every declaration of their packages, the
//     unexported ones too, as when the whole graph was loaded from source
//     (interface calls resolve to the types of those packages). A package
//     that declares exported types only is read from the cache instead:
//     its export data has all its types;
//   - fromExport: types from the export data the cache keeps (written by
//     gcexportdata when the package was analysed), read when an analysed
//     or typesOnly package imports it directly or when its scope or facts
//     are needed; facts from the cache.
//
// A package's types are built only after those of its imports, so that the
// export data of a package, which may mention the declarations of every
// package below it, refers to the objects already built for them; and
// every read is done before the analysis starts, so that no package's
// declarations change while an analysis looks at them.
type loadMode int

const (
	fromExport loadMode = iota
	typesOnly
	analysed
)

// node is a package of the import graph.
type node struct {
	pkg     *packages.Package
	imports []*node // go list's imports, by import path
	types   *types.Package
	std     bool // a standard library package (facetaint describes it by models)
	mode    loadMode
	// read says that the package's export data is read in full: it is a
	// direct import of a package type-checked from source, its facts are
	// cached, or its scope may be searched (a package named like a
	// modelled fork).
	read      bool
	exportErr error

	keyed  bool          // key is set: the package's facts may be cached
	key    factcache.Key // what its facts depend on
	hit    bool          // the cache holds the package's facts and types: it is not analysed
	cached *cachedFacts  // its facts from the cache, read when an analysed package is above it
	// result is that of a root package from the cache.
	result *cachedResult

	typed chan struct{} // closed when the package's types are built
	run   *pkgRun       // the analysis of an analysed package
}

// loader loads the packages of one run.
type loader struct {
	fset     *token.FileSet
	nodes    []*node // imports before importers
	byPkg    map[*packages.Package]*node
	byTypes  map[*types.Package]*node
	exportMu sync.Mutex // serialises export data reads: they add objects to shared packages
	parseMu  sync.Mutex
	parsed   map[string]*parsedFile
	cpu      chan struct{}

	cache       *factcache.Cache // where the types of fromExport packages are
	cacheFailed atomic.Bool      // the types of a package could not be read
}

type parsedFile struct {
	ready chan struct{}
	f     *ast.File
	err   error
}

// listMode is what the driver asks go list: the graph, files and modules,
// no types. go list builds nothing (no export data). With
// NeedCompiledGoFiles added, it runs as for loading every package from
// source (the same flags, so the same errors), and runs cgo for the
// packages that use it: their compiled files are cgo's output. That costs
// time even when cgo's output is in the build cache, and is needed only
// when such a package is type-checked from source; without it, the
// compiled files of a package are its Go files (see newLoader and
// needsCgo). A package that go list reports cgo's errors for is never in
// the cache, so is type-checked from source, so go list runs again with
// NeedCompiledGoFiles and reports the errors.
const listMode = packages.NeedName | packages.NeedFiles | packages.NeedImports |
	packages.NeedDeps | packages.NeedModule | packages.NeedTypesSizes

// newLoader builds the graph of pkgs (the packages go list returned) and
// the types.Package of every node, empty until it is loaded. compiled says
// whether go list reported compiled files; if not, they are the Go files.
func newLoader(pkgs []*packages.Package, compiled bool) *loader {
	l := &loader{
		fset:    token.NewFileSet(),
		byPkg:   map[*packages.Package]*node{},
		byTypes: map[*types.Package]*node{},
		parsed:  map[string]*parsedFile{},
		cpu:     make(chan struct{}, runtime.GOMAXPROCS(0)),
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if !compiled && p.PkgPath != "unsafe" {
			p.CompiledGoFiles = p.GoFiles
		}
		n := &node{pkg: p, typed: make(chan struct{})}
		n.std = isStandard(p)
		paths := make([]string, 0, len(p.Imports))
		for path := range p.Imports {
			paths = append(paths, path)
		}
		sort.Strings(paths)
		for _, path := range paths {
			imp := l.byPkg[p.Imports[path]]
			n.imports = append(n.imports, imp)
		}
		if p.PkgPath == "unsafe" {
			n.types = types.Unsafe
		} else {
			n.types = types.NewPackage(p.PkgPath, p.Name)
		}
		l.byPkg[p] = n
		l.byTypes[n.types] = n
		l.nodes = append(l.nodes, n)
	})
	return l
}

// needsCgo reports whether a package to type-check from source uses cgo
// (a file imports "C") or SWIG: its compiled files are not its Go files.
func (l *loader) needsCgo() bool {
	for _, n := range l.nodes {
		if n.mode == fromExport {
			continue
		}
		for _, f := range n.pkg.OtherFiles {
			if ext := filepath.Ext(f); ext == ".swig" || ext == ".swigcxx" {
				return true
			}
		}
		if slices.ContainsFunc(n.pkg.GoFiles, usesCgo) {
			return true
		}
	}
	return false
}

// isStandard reports whether a package is in the standard library, as
// faceconfig.IsStandard decides for the package's analysis: its files are
// under GOROOT/src, or, without files, its path has no dot.
func isStandard(p *packages.Package) bool {
	files := p.CompiledGoFiles
	if len(files) == 0 {
		files = p.GoFiles
	}
	if len(files) == 0 {
		return !strings.Contains(p.PkgPath, ".")
	}
	root := filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)
	return strings.HasPrefix(files[0], root)
}

// loadTypes builds the types of every package, each after its imports,
// in parallel: from source for analysed and typesOnly packages, from
// export data for the others that need them. Then every package whose
// types come from export data gets its direct imports as Imports, as a
// package type-checked from source has.
func (l *loader) loadTypes() {
	var wg sync.WaitGroup
	for _, n := range l.nodes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer close(n.typed)
			for _, imp := range n.imports {
				<-imp.typed
			}
			l.cpu <- struct{}{}
			defer func() { <-l.cpu }()
			l.load(n)
		}()
	}
	wg.Wait()
	for _, n := range l.nodes {
		if n.mode == fromExport && n.types != types.Unsafe {
			imps := make([]*types.Package, 0, len(n.imports))
			for _, imp := range n.imports {
				imps = append(imps, imp.types)
			}
			n.types.SetImports(imps)
		}
	}
}

// load builds the types of one package. Source packages are loaded as
// go/packages loads them, with the same errors.
func (l *loader) load(n *node) {
	p := n.pkg
	p.Fset = l.fset
	if p.PkgPath == "unsafe" {
		p.Types = types.Unsafe
		p.Syntax = []*ast.File{}
		p.TypesInfo = newTypesInfo()
		return
	}
	p.Types = n.types
	if n.mode == fromExport {
		if n.read {
			if err := l.readExport(n); err != nil {
				n.exportErr = err
				p.IllTyped = true
			}
		}
		return
	}
	appendError := func(err error) {
		var errs []packages.Error
		switch err := err.(type) {
		case packages.Error:
			errs = append(errs, err)
		case *os.PathError:
			errs = append(errs, packages.Error{Pos: err.Path + ":1", Msg: err.Err.Error(), Kind: packages.ParseError})
		case scanner.ErrorList:
			for _, err := range err {
				errs = append(errs, packages.Error{Pos: err.Pos.String(), Msg: err.Msg, Kind: packages.ParseError})
			}
		case types.Error:
			p.TypeErrors = append(p.TypeErrors, err)
			errs = append(errs, packages.Error{Pos: err.Fset.Position(err.Pos).String(), Msg: err.Msg, Kind: packages.TypeError})
		default:
			errs = append(errs, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.UnknownError})
		}
		p.Errors = append(p.Errors, errs...)
	}
	files, errs := l.parseFiles(p.CompiledGoFiles)
	for _, err := range errs {
		appendError(err)
	}
	p.Syntax = files
	if n.mode == analysed {
		p.TypesInfo = newTypesInfo()
	}
	importer := importerFunc(func(path string) (*types.Package, error) {
		if path == "unsafe" {
			return types.Unsafe, nil
		}
		ipkg := p.Imports[path]
		if ipkg == nil {
			return nil, fmt.Errorf("no metadata for %s", path)
		}
		imp := l.byPkg[ipkg]
		if imp.types.Complete() {
			return imp.types, nil
		}
		if imp.exportErr != nil {
			return nil, imp.exportErr
		}
		return nil, fmt.Errorf("no types for %s", path)
	})
	tc := &types.Config{
		Importer:         importer,
		IgnoreFuncBodies: n.mode == typesOnly,
		Error:            appendError,
		Sizes:            p.TypesSizes,
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		tc.GoVersion = "go" + p.Module.GoVersion
	}
	typErr := types.NewChecker(tc, l.fset, p.Types, p.TypesInfo).Files(p.Syntax)
	if typErr != nil && len(p.Errors) == 0 && len(p.Syntax) > 0 {
		if msg := typErr.Error(); strings.HasPrefix(msg, "package requires newer Go version") {
			appendError(types.Error{Fset: l.fset, Pos: p.Syntax[0].Package, Msg: msg})
		}
	}
	if typErr != nil && len(p.Errors) == 0 {
		appendError(typErr)
	}
	illTyped := len(p.Errors) > 0
	for _, imp := range n.imports {
		illTyped = illTyped || imp.pkg.IllTyped
	}
	p.IllTyped = illTyped
	if n.mode == typesOnly {
		p.Syntax = nil // the declarations are in the types; nothing reads the trees again
	}
}

// readExport reads the types of a package from the cache into its
// types.Package. The objects of the packages they mention are added to
// theirs (or found there, when they are built already), so reads are
// serialised. A package whose types cannot be read makes the run start
// again without the cache (see Analyze).
func (l *loader) readExport(n *node) error {
	l.exportMu.Lock()
	defer l.exportMu.Unlock()
	if n.types.Complete() {
		return nil
	}
	p := n.pkg
	data, ok := l.cache.Get(n.key, typesKind)
	if !ok {
		l.cacheFailed.Store(true)
		return fmt.Errorf("the types of %s are not in the cache", p.PkgPath)
	}
	// The view holds the package and everything below it: all that its
	// types may mention.
	view := map[string]*types.Package{}
	var visit func(n *node)
	visit = func(n *node) {
		if _, ok := view[n.pkg.PkgPath]; ok {
			return
		}
		view[n.pkg.PkgPath] = n.types
		for _, imp := range n.imports {
			visit(imp)
		}
	}
	visit(n)
	tpkg, err := gcexportdata.Read(bytes.NewReader(data), l.fset, view, p.PkgPath)
	if err != nil || tpkg != n.types {
		l.cacheFailed.Store(true)
		return fmt.Errorf("reading the types of %s from the cache: %v", p.PkgPath, err)
	}
	return nil
}

// parseFiles parses files as go/packages does, each once however many
// packages (a package and its test variant) list it. It returns the trees
// of the files that parsed, even partly, and the errors.
func (l *loader) parseFiles(names []string) ([]*ast.File, []error) {
	files := make([]*ast.File, len(names))
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			files[i], errs[i] = l.parseFile(name)
		}()
	}
	wg.Wait()
	return slices.DeleteFunc(files, func(f *ast.File) bool { return f == nil }),
		slices.DeleteFunc(errs, func(err error) bool { return err == nil })
}

func (l *loader) parseFile(name string) (*ast.File, error) {
	l.parseMu.Lock()
	v, ok := l.parsed[name]
	if !ok {
		v = &parsedFile{ready: make(chan struct{})}
		l.parsed[name] = v
	}
	l.parseMu.Unlock()
	if ok {
		<-v.ready
		return v.f, v.err
	}
	src, err := os.ReadFile(name)
	if err != nil {
		v.err = err
	} else {
		v.f, v.err = parser.ParseFile(l.fset, name, src, parser.AllErrors|parser.ParseComments)
	}
	close(v.ready)
	return v.f, v.err
}

func newTypesInfo() *types.Info {
	return &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		FileVersions: map[*ast.File]string{},
	}
}

type importerFunc func(path string) (*types.Package, error)

// Import calls f.
func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
