package main

import (
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"os"
	"path"
	"path/filepath"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"

	"github.com/facelint/facelint/rules"
)

// A pkg is the parsed source of one package, as the go command would build
// it for linux/amd64 with cgo enabled. Nothing is type-checked: cgo
// bindings (gocv) parse without their C headers.
type pkg struct {
	path  string
	name  string
	dir   string
	mod   *module.Version // the module it belongs to; nil for the standard library and stubs
	files []*ast.File
	fset  *token.FileSet
	ld    loader // loads the packages it imports

	funcs map[string]*ast.FuncDecl // package-level functions
	types map[string]*typeDecl     // type declarations
}

// A typeDecl is a declared type with the methods declared on it.
type typeDecl struct {
	pkg     *pkg
	file    *ast.File // the file of the declaration: its imports scope the type
	spec    *ast.TypeSpec
	methods map[string]*ast.FuncDecl
}

// A loader loads the package that an import in a package's source names.
type loader interface {
	load(from *pkg, importPath string) (*pkg, error)
}

// qualified returns "pkg/path.Name".
func (t *typeDecl) qualified() string { return t.pkg.path + "." + t.spec.Name.Name }

// world finds and parses packages: the standard library in GOROOT, the
// packages of pinned modules, and the modules those require (read from
// their go.mod when an embedded type leads there).
type world struct {
	goroot    string // GOROOT; its src holds the standard library
	fetcher   fetcher
	fset      *token.FileSet
	dirs      map[module.Version]string // downloaded modules
	fetchErrs map[module.Version]error
	byDir     map[string]*pkg // parsed packages by directory
	dirErrs   map[string]error
}

func newWorld(goroot string, f fetcher) *world {
	return &world{
		goroot: goroot, fetcher: f, fset: token.NewFileSet(),
		dirs: map[module.Version]string{}, fetchErrs: map[module.Version]error{},
		byDir: map[string]*pkg{}, dirErrs: map[string]error{},
	}
}

// prefetch downloads modules in one go, remembering the failures.
func (w *world) prefetch(mods []module.Version) {
	var need []module.Version
	for _, m := range mods {
		if _, ok := w.dirs[m]; !ok && w.fetchErrs[m] == nil {
			need = append(need, m)
		}
	}
	if len(need) == 0 {
		return
	}
	dirs, errs := w.fetcher.fetch(need)
	for _, m := range need {
		switch {
		case dirs[m] != "":
			w.dirs[m] = dirs[m]
		case errs[m] != nil:
			w.fetchErrs[m] = errs[m]
		default:
			w.fetchErrs[m] = errors.New("not downloaded")
		}
	}
}

// moduleDir returns the directory of a downloaded module.
func (w *world) moduleDir(m module.Version) (string, error) {
	w.prefetch([]module.Version{m})
	if err := w.fetchErrs[m]; err != nil {
		return "", fmt.Errorf("module %s@%s: %v", m.Path, m.Version, err)
	}
	return w.dirs[m], nil
}

// std loads a standard library package.
func (w *world) std(importPath string) (*pkg, error) {
	src := filepath.Join(w.goroot, "src")
	dir := filepath.Join(src, filepath.FromSlash(importPath))
	if _, err := os.Stat(dir); err != nil {
		// Packages vendored into the standard library.
		if v := filepath.Join(src, "vendor", filepath.FromSlash(importPath)); isDir(v) {
			dir = v
		} else {
			return nil, fmt.Errorf("package %s is not in the standard library (%s)", importPath, src)
		}
	}
	return w.parse(dir, importPath, nil)
}

// inModule loads a package of a module.
func (w *world) inModule(importPath string, m module.Version) (*pkg, error) {
	root, err := w.moduleDir(m)
	if err != nil {
		return nil, err
	}
	rel := strings.TrimPrefix(strings.TrimPrefix(importPath, m.Path), "/")
	dir := filepath.Join(root, filepath.FromSlash(rel))
	if !isDir(dir) {
		return nil, fmt.Errorf("package %s does not exist in %s@%s", importPath, m.Path, m.Version)
	}
	return w.parse(dir, importPath, &m)
}

// load loads the package an import in from's source names: from the
// standard library, from from's own module, or from the module that from's
// module requires for it.
func (w *world) load(from *pkg, importPath string) (*pkg, error) {
	if rules.IsStd(importPath) {
		return w.std(importPath)
	}
	if from.mod == nil {
		return nil, fmt.Errorf("package %s imports %s, which no module provides", from.path, importPath)
	}
	if m := *from.mod; importPath == m.Path || strings.HasPrefix(importPath, m.Path+"/") {
		if p, err := w.inModule(importPath, m); err == nil {
			return p, nil
		}
	}
	req, err := w.requirement(*from.mod, importPath)
	if err != nil {
		return nil, err
	}
	return w.inModule(importPath, req)
}

// requirement returns the module that m's go.mod requires for a package:
// the required module with the longest path that is a prefix of it.
func (w *world) requirement(m module.Version, importPath string) (module.Version, error) {
	root, err := w.moduleDir(m)
	if err != nil {
		return module.Version{}, err
	}
	data, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		return module.Version{}, fmt.Errorf("%s@%s needs %s: %v", m.Path, m.Version, importPath, err)
	}
	f, err := modfile.ParseLax(filepath.Join(root, "go.mod"), data, nil)
	if err != nil {
		return module.Version{}, err
	}
	var best module.Version
	for _, r := range f.Require {
		p := r.Mod.Path
		if (importPath == p || strings.HasPrefix(importPath, p+"/")) && len(p) > len(best.Path) {
			best = r.Mod
		}
	}
	if best.Path == "" {
		return module.Version{}, fmt.Errorf("%s@%s imports %s but its go.mod requires no module for it", m.Path, m.Version, importPath)
	}
	return best, nil
}

// parse reads and indexes the package in dir, once.
func (w *world) parse(dir, importPath string, m *module.Version) (*pkg, error) {
	if p := w.byDir[dir]; p != nil {
		return p, nil
	}
	if err := w.dirErrs[dir]; err != nil {
		return nil, err
	}
	p, err := parseDir(w.fset, w.goroot, dir, importPath, m, w)
	if err != nil {
		w.dirErrs[dir] = err
		return nil, err
	}
	w.byDir[dir] = p
	return p, nil
}

// buildContext selects the files the go command builds for linux/amd64
// with cgo enabled.
func buildContext(goroot string) build.Context {
	ctxt := build.Default
	ctxt.GOOS, ctxt.GOARCH, ctxt.CgoEnabled = "linux", "amd64", true
	ctxt.GOROOT = goroot
	ctxt.GOPATH = ""
	return ctxt
}

// parseDir parses the Go and cgo files of the package in dir (tests left
// out) and indexes its declarations.
func parseDir(fset *token.FileSet, goroot, dir, importPath string, m *module.Version, ld loader) (*pkg, error) {
	ctxt := buildContext(goroot)
	bp, err := ctxt.ImportDir(dir, 0)
	if err != nil {
		var noGo *build.NoGoError
		if errors.As(err, &noGo) {
			return nil, fmt.Errorf("package %s has no Go files for linux/amd64 in %s", importPath, dir)
		}
		return nil, fmt.Errorf("package %s: %v", importPath, err)
	}
	p := &pkg{path: importPath, name: bp.Name, dir: dir, mod: m, fset: fset, ld: ld,
		funcs: map[string]*ast.FuncDecl{}, types: map[string]*typeDecl{}}
	for _, name := range append(append([]string(nil), bp.GoFiles...), bp.CgoFiles...) {
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution|parser.ParseComments)
		if err != nil {
			return nil, err
		}
		p.files = append(p.files, f)
	}
	p.index()
	return p, nil
}

// index records the package's functions, types and methods.
func (p *pkg) index() {
	var methods []*ast.FuncDecl
	for _, f := range p.files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					p.funcs[d.Name.Name] = d
				} else {
					methods = append(methods, d)
				}
			case *ast.GenDecl:
				if d.Tok != token.TYPE {
					continue
				}
				for _, s := range d.Specs {
					s := s.(*ast.TypeSpec)
					p.types[s.Name.Name] = &typeDecl{pkg: p, file: f, spec: s, methods: map[string]*ast.FuncDecl{}}
				}
			}
		}
	}
	for _, d := range methods {
		if t := p.types[recvBase(d)]; t != nil {
			t.methods[d.Name.Name] = d
		}
	}
}

// importPath returns the import path that the qualifier q stands for in
// file f of the package: an import named q, or an unnamed import whose
// package is called q; "" if there is none.
func (p *pkg) importPath(f *ast.File, q string) string {
	var unnamed []string
	for _, spec := range f.Imports {
		ip := strings.Trim(spec.Path.Value, "`\"")
		switch {
		case spec.Name != nil:
			if spec.Name.Name == q {
				return ip
			}
		case assumedName(ip) == q:
			return ip
		default:
			unnamed = append(unnamed, ip)
		}
	}
	// Package names that differ from their path (go-face is face): load.
	for _, ip := range unnamed {
		if dep, err := p.ld.load(p, ip); err == nil && dep.name == q {
			return ip
		}
	}
	return ""
}

// recvBase returns the name of a method's receiver base type.
func recvBase(d *ast.FuncDecl) string {
	name, _ := recvType(d)
	return name
}

// recvType returns a method's receiver base type name and whether the
// receiver is a pointer.
func recvType(d *ast.FuncDecl) (string, bool) {
	if d.Recv == nil || len(d.Recv.List) == 0 {
		return "", false
	}
	t, ptr := d.Recv.List[0].Type, false
	if s, ok := unparen(t).(*ast.StarExpr); ok {
		t, ptr = s.X, true
	}
	switch x := unparen(t).(type) {
	case *ast.IndexExpr:
		t = x.X
	case *ast.IndexListExpr:
		t = x.X
	}
	if id, ok := unparen(t).(*ast.Ident); ok {
		return id.Name, ptr
	}
	return "", ptr
}

func unparen(e ast.Expr) ast.Expr {
	for {
		p, ok := e.(*ast.ParenExpr)
		if !ok {
			return e
		}
		e = p.X
	}
}

// assumedName is the package name an import path suggests: its last
// element without a major version suffix (v2, .v3) or a go- prefix, and
// cut at the first character that is not allowed in an identifier.
func assumedName(importPath string) string {
	base := path.Base(importPath)
	if strings.HasPrefix(base, "v") && isDigits(base[1:]) && path.Dir(importPath) != "." {
		base = path.Base(path.Dir(importPath))
	}
	if i := strings.Index(base, ".v"); i > 0 && isDigits(base[i+2:]) {
		base = base[:i]
	}
	base = strings.TrimPrefix(base, "go-")
	for i, c := range base {
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return base[:i]
		}
	}
	return base
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func isDir(dir string) bool {
	fi, err := os.Stat(dir)
	return err == nil && fi.IsDir()
}
