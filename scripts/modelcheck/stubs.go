package main

import (
	"fmt"
	"go/ast"
	"go/token"
	"io/fs"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/mod/module"

	"github.com/facelint/facelint/rules"
)

// stubLoader loads the stub packages of a testdata/src tree (GOPATH
// layout) and, for their imports, the standard library.
type stubLoader struct {
	root string
	w    *world
	pkgs map[string]*pkg
	errs map[string]error
}

func (s *stubLoader) load(_ *pkg, importPath string) (*pkg, error) {
	if rules.IsStd(importPath) {
		return s.w.std(importPath)
	}
	if p := s.pkgs[importPath]; p != nil {
		return p, nil
	}
	if err := s.errs[importPath]; err != nil {
		return nil, err
	}
	p, err := parseDir(s.w.fset, s.w.goroot, filepath.Join(s.root, filepath.FromSlash(importPath)), importPath, nil, s)
	if err != nil {
		s.errs[importPath] = err
		return nil, err
	}
	s.pkgs[importPath] = p
	return p, nil
}

// stubPackages lists the import paths of the third-party stub packages
// under root: directories with Go files whose path's first element has a
// dot.
func stubPackages(root string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, err := filepath.Rel(root, filepath.Dir(path))
		if err != nil {
			return err
		}
		ip := filepath.ToSlash(rel)
		if !rules.IsStd(ip) && (len(out) == 0 || out[len(out)-1] != ip) {
			out = append(out, ip)
		}
		return nil
	})
	slices.Sort(out)
	return slices.Compact(out), err
}

// checkStubs compares every stub package under root that belongs to a
// pinned module with the real package at the pinned version.
func (c *checker) checkStubs(root string, pins map[string]string) {
	ips, err := stubPackages(root)
	if err != nil {
		c.problems = append(c.problems, problem{msg: fmt.Sprintf("stubs: %v", err)})
		return
	}
	var mods []*rules.Module
	for path, v := range pins {
		mods = append(mods, &rules.Module{Path: path, Version: v})
	}
	sl := &stubLoader{root: root, w: c.w, pkgs: map[string]*pkg{}, errs: map[string]error{}}
	for _, ip := range ips {
		m := rules.Owner(mods, ip)
		if m == nil {
			c.notef("%s: stub package %s belongs to no pinned module, not checked", filepath.Join(c.rel(root), ip), ip)
			continue
		}
		stub, err := sl.load(nil, ip)
		if err != nil {
			c.problems = append(c.problems, problem{msg: fmt.Sprintf("stub package %s: %v", ip, err)})
			continue
		}
		real, err := c.w.inModule(ip, module.Version{Path: m.Path, Version: m.Version})
		if err != nil {
			c.stubProblem(stub, stub.files[0].Package, fmt.Sprintf("stub package %s: %v", ip, err))
			continue
		}
		c.stubPkgs++
		c.compare(stub, real, m.Path+"@"+m.Version)
	}
}

// compare checks the exported functions, types and methods of a stub
// package against the real package.
func (c *checker) compare(stub, real *pkg, where string) {
	for _, name := range slices.Sorted(maps.Keys(stub.funcs)) {
		if !ast.IsExported(name) {
			continue
		}
		c.stubDecls++
		d, rd := stub.funcs[name], real.funcs[name]
		if rd == nil {
			c.stubProblem(stub, d.Pos(), fmt.Sprintf("func %s.%s does not exist in %s", stub.path, name, where))
			continue
		}
		if s, r := sigStr(stub, fileOf(stub, d.Pos()), d.Type), sigStr(real, fileOf(real, rd.Pos()), rd.Type); s != r {
			c.stubProblem(stub, d.Pos(), fmt.Sprintf("func %s%s differs from the real func %s%s in %s", name, s, name, r, where))
		}
	}
	for _, name := range slices.Sorted(maps.Keys(stub.types)) {
		t := stub.types[name]
		rt := real.types[name]
		if ast.IsExported(name) {
			c.stubDecls++
			if rt == nil {
				c.stubProblem(stub, t.spec.Pos(), fmt.Sprintf("type %s.%s does not exist in %s", stub.path, name, where))
				continue
			}
			c.compareType(t, rt, where)
		}
		for _, mname := range slices.Sorted(maps.Keys(t.methods)) {
			if !ast.IsExported(mname) {
				continue
			}
			d := t.methods[mname]
			if rt == nil && !ast.IsExported(name) {
				// A helper of the stub's own (a no-op writer...): not API.
				p := stub.fset.Position(d.Pos())
				c.notef("%s:%d: method %s of the stub's own unexported type %s, not checked", c.rel(p.Filename), p.Line, mname, name)
				continue
			}
			c.stubDecls++
			if rt == nil {
				c.stubProblem(stub, d.Pos(), fmt.Sprintf("method %s of %s: the type does not exist in %s", mname, t.qualified(), where))
				continue
			}
			c.compareMethod(t, d, rt, where)
		}
	}
}

// compareMethod checks a stub's method against the real type's.
func (c *checker) compareMethod(t *typeDecl, d *ast.FuncDecl, rt *typeDecl, where string) {
	stub, name := t.pkg, d.Name.Name
	rd := rt.methods[name]
	if rd == nil {
		msg := fmt.Sprintf("method %s of %s does not exist in %s", name, t.qualified(), where)
		if m, _ := lookupMethod(rt, name); m != nil {
			msg = fmt.Sprintf("method %s is declared on %s in the stub but promoted from %s in %s", name, t.qualified(), m.owner.qualified(), where)
		}
		c.stubProblem(stub, d.Pos(), msg)
		return
	}
	_, ptr := recvType(d)
	_, rptr := recvType(rd)
	if ptr != rptr {
		c.stubProblem(stub, d.Pos(), fmt.Sprintf("method %s of %s has a %s receiver; the real one has a %s receiver in %s", name, t.qualified(), recvKind(ptr), recvKind(rptr), where))
	}
	if s, r := sigStr(stub, t.file, d.Type), sigStr(rt.pkg, fileOf(rt.pkg, rd.Pos()), rd.Type); s != r {
		c.stubProblem(stub, d.Pos(), fmt.Sprintf("method %s%s of %s differs from the real %s%s in %s", name, s, t.qualified(), name, r, where))
	}
}

func recvKind(ptr bool) string {
	if ptr {
		return "pointer"
	}
	return "value"
}

// compareType checks a stub's type declaration against the real one: the
// same kind (alias, struct, interface or the same underlying type), type
// parameters, and the stub's exported fields and interface methods.
func (c *checker) compareType(t, rt *typeDecl, where string) {
	stub, name := t.pkg, t.spec.Name.Name
	at := t.spec.Pos()
	if t.spec.Assign.IsValid() != rt.spec.Assign.IsValid() {
		c.stubProblem(stub, at, fmt.Sprintf("type %s: %s in the stub, %s in %s", name, aliasKind(t), aliasKind(rt), where))
		return
	}
	if s, r := tparamStr(stub, t.file, t.spec.TypeParams), tparamStr(rt.pkg, rt.file, rt.spec.TypeParams); s != r {
		c.stubProblem(stub, at, fmt.Sprintf("type %s%s has type parameters %s in %s", name, s, orNone(r), where))
		return
	}
	switch lit := t.spec.Type.(type) {
	case *ast.StructType:
		rlit, ok := rt.spec.Type.(*ast.StructType)
		if !ok {
			c.stubProblem(stub, at, fmt.Sprintf("type %s is a struct in the stub, not in %s", name, where))
			return
		}
		real := map[string]ast.Expr{}
		for _, f := range rlit.Fields.List {
			for _, n := range fieldNames(f) {
				real[n] = f.Type
			}
		}
		for _, f := range lit.Fields.List {
			for _, n := range fieldNames(f) {
				if !ast.IsExported(n) {
					continue
				}
				rtyp, ok := real[n]
				if !ok {
					c.stubProblem(stub, f.Pos(), fmt.Sprintf("field %s of %s does not exist in %s", n, t.qualified(), where))
					continue
				}
				if s, r := typeStr(stub, t.file, f.Type), typeStr(rt.pkg, rt.file, rtyp); s != r {
					c.stubProblem(stub, f.Pos(), fmt.Sprintf("field %s of %s has type %s; the real one has %s in %s", n, t.qualified(), s, r, where))
				}
			}
		}
	case *ast.InterfaceType:
		if _, ok := rt.spec.Type.(*ast.InterfaceType); !ok {
			c.stubProblem(stub, at, fmt.Sprintf("type %s is an interface in the stub, not in %s", name, where))
			return
		}
		for _, f := range lit.Methods.List {
			ft, ok := f.Type.(*ast.FuncType)
			if len(f.Names) == 0 || !ok {
				continue
			}
			m, err := lookupMethod(rt, f.Names[0].Name)
			if m == nil {
				msg := fmt.Sprintf("method %s of interface %s does not exist in %s", f.Names[0].Name, t.qualified(), where)
				if err != nil {
					msg += " (" + err.Error() + ")"
				}
				c.stubProblem(stub, f.Pos(), msg)
				continue
			}
			if s, r := sigStr(stub, t.file, ft), sigStr(m.owner.pkg, m.owner.file, m.typ); s != r {
				c.stubProblem(stub, f.Pos(), fmt.Sprintf("method %s%s of interface %s differs from the real %s%s in %s", f.Names[0].Name, s, t.qualified(), f.Names[0].Name, r, where))
			}
		}
	default:
		if s, r := typeStr(stub, t.file, t.spec.Type), typeStr(rt.pkg, rt.file, rt.spec.Type); s != r {
			c.stubProblem(stub, at, fmt.Sprintf("type %s %s differs from the real type %s %s in %s", name, s, name, r, where))
		}
	}
}

// fieldNames returns the names a struct field declares (an embedded
// field's is its type's name).
func fieldNames(f *ast.Field) []string {
	if len(f.Names) == 0 {
		return []string{embeddedName(f.Type)}
	}
	var out []string
	for _, n := range f.Names {
		out = append(out, n.Name)
	}
	return out
}

func aliasKind(t *typeDecl) string {
	if t.spec.Assign.IsValid() {
		return "an alias"
	}
	return "a defined type"
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// stubProblem records a problem at a position in a stub's source.
func (c *checker) stubProblem(stub *pkg, pos token.Pos, msg string) {
	p := stub.fset.Position(pos)
	c.problems = append(c.problems, problem{pos: rules.Position{File: c.rel(p.Filename), Line: p.Line, Col: p.Column}, msg: msg})
}
