package main

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/mod/module"

	"github.com/facelint/facelint/rules"
)

// An entry is one model table of a rule file: the functions, types and
// fields it names and the roles it gives their values.
type entry struct {
	section string // "sink", "upload.call"...
	pos     rules.Position
	funcs   []string
	roles   []roleUse
	types   []string
	fields  []string
	// unless are field paths from a type ([[insecure]] unless).
	unless []string
	// ports are the request and response ports of the handler an
	// [[entrypoint]] names by its handler role.
	ports []rules.Port
	// fork is a [[fork]]: the forked package must declare the types.
	fork *rules.Fork
}

// A roleUse is a role given under a key of an entry ("payload", "ttl"...).
type roleUse struct {
	key  string
	role rules.Role
}

func uses(key string, roles ...rules.Role) []roleUse {
	var out []roleUse
	for _, r := range roles {
		if r != "" {
			out = append(out, roleUse{key, r})
		}
	}
	return out
}

// entries lists every model table of a rule set: every string that names a
// Go function, method, type or field, with the roles used on it.
func entries(set *rules.Set) []entry {
	m := &set.Models
	var out []entry
	for _, x := range m.Sources {
		out = append(out, entry{section: "source", pos: x.Pos, funcs: x.Funcs, roles: uses("out", x.Out...)})
		if len(x.Out) == 0 {
			out[len(out)-1].roles = uses("out (default)", "result")
		}
	}
	for _, x := range m.Sinks {
		r := append(uses("payload", x.Payload...), uses("dest", x.Dest...)...)
		r = append(append(r, uses("ttl", x.TTL)...), uses("key", x.Key)...)
		out = append(out, entry{section: "sink", pos: x.Pos, funcs: x.Funcs, roles: r})
	}
	for i, list := range [][]*rules.Propagator{m.Propagators, m.Extractors, m.Sanitizers} {
		for _, x := range list {
			section := [...]string{"propagator", "extractor", "sanitizer"}[i]
			out = append(out, entry{section: section, pos: x.Pos, funcs: x.Funcs, roles: append(uses("from", x.From...), uses("to", x.To...)...)})
		}
	}
	for _, x := range m.Guards {
		out = append(out, entry{section: "guard", pos: x.Pos, funcs: x.Funcs})
	}
	for _, x := range m.Verifiers {
		out = append(out, entry{section: "verifier", pos: x.Pos, funcs: x.Funcs, roles: uses("input", x.Input...)})
	}
	for _, x := range m.Insecure {
		out = append(out, entry{section: "insecure", pos: x.Pos, funcs: x.Funcs, fields: x.Fields, unless: x.Unless})
	}
	for _, x := range m.Expiries {
		out = append(out, entry{section: "expire", pos: x.Pos, funcs: x.Funcs, roles: uses("key", x.Key)})
	}
	for _, x := range m.Deniers {
		out = append(out, entry{section: "deny", pos: x.Pos, funcs: x.Funcs, roles: uses("status", x.Status)})
	}
	for _, x := range m.Routes {
		out = append(out, entry{section: "route", pos: x.Pos, funcs: x.Funcs, roles: uses("handlers", x.Handlers...)})
	}
	for _, x := range m.Wrappers {
		out = append(out, entry{section: "wrapper", pos: x.Pos, funcs: x.Funcs, roles: uses("writer", x.Writer)})
	}
	for _, x := range m.FaceData {
		out = append(out, entry{section: "facedata", pos: x.Pos, types: x.Types, fields: x.Fields})
	}
	for _, x := range m.Carriers {
		e := entry{section: "carrier", pos: x.Pos, funcs: x.Funcs, fields: x.Fields, roles: uses("out", x.Out...)}
		if len(x.Out) == 0 {
			e.roles = uses("out (default)", "result")
		}
		out = append(out, e)
	}
	for _, x := range m.Metadata {
		out = append(out, entry{section: "metadata", pos: x.Pos, funcs: x.Funcs, fields: x.Fields})
	}
	for _, x := range m.Binds {
		out = append(out, entry{section: "bind", pos: x.Pos, funcs: x.Funcs, roles: append(uses("out", x.Out...), uses("from", x.From...)...)})
	}
	for _, x := range m.Reads {
		out = append(out, entry{section: "read", pos: x.Pos, funcs: x.Funcs, roles: append(uses("out", x.Out...), uses("key", x.Key)...)})
	}
	for _, x := range m.Views {
		out = append(out, entry{section: "view", pos: x.Pos, funcs: x.Funcs, roles: uses("of", x.Of)})
	}
	for _, x := range m.EntryPoints {
		// Embeds are patterns on type names, not names: nothing to check.
		out = append(out, entry{section: "entrypoint", pos: x.Pos, funcs: x.Funcs, roles: uses("handler", x.Handler),
			ports: append(slices.Clip(x.Request), x.Response...)})
	}
	for _, x := range m.Forks {
		out = append(out, entry{section: "fork", pos: x.Pos, fork: x})
	}
	for _, x := range set.Upload.Calls {
		out = append(out, entry{section: "upload.call", pos: x.Pos, funcs: x.Funcs, roles: append(uses("name", x.Name), uses("out", x.Out...)...)})
	}
	return out
}

// modelFile is a rule file whose names are checked, with its module pins.
type modelFile struct {
	name string
	mods []*rules.Module
	// strict makes a name in a package that no pin covers a problem;
	// otherwise (a project's file, which also names its own packages)
	// such names are skipped with a note.
	strict bool
}

// checkEntry checks every name of a model table.
func (c *checker) checkEntry(mf *modelFile, e entry) {
	for _, s := range e.funcs {
		c.names++
		f, err := rules.ParseFunc(s)
		if err != nil {
			c.problemAt(e, s, err.Error())
			continue
		}
		p, where, ok := c.pkgOf(mf, e, s, f.Pkg)
		if !ok {
			continue
		}
		c.checkFunc(e, s, f, p, where)
	}
	for _, s := range e.types {
		c.names++
		t, err := rules.ParseType(s)
		if err != nil {
			c.problemAt(e, s, err.Error())
			continue
		}
		p, where, ok := c.pkgOf(mf, e, s, t.Pkg)
		if !ok {
			continue
		}
		c.typeOf(e, s, p, t.Name, where)
	}
	for _, s := range e.fields {
		c.names++
		fn, err := rules.ParseField(s)
		if err != nil {
			c.problemAt(e, s, err.Error())
			continue
		}
		p, where, ok := c.pkgOf(mf, e, s, fn.Type.Pkg)
		if !ok {
			continue
		}
		t := c.typeOf(e, s, p, fn.Type.Name, where)
		if t == nil {
			continue
		}
		if lit, _, err := underlying(t); err == nil {
			if _, ok := lit.(*ast.StructType); !ok {
				c.problemAt(e, s, fmt.Sprintf("%s is not a struct type in %s", t.qualified(), where))
				continue
			}
		}
		fd, err := lookupField(t, fn.Field)
		switch {
		case err != nil:
			c.problemAt(e, s, fmt.Sprintf("field %s of %s: %v", fn.Field, t.qualified(), err))
		case fd == nil:
			c.problemAt(e, s, fmt.Sprintf("no field %s in %s in %s", fn.Field, t.qualified(), where))
		case fd.promoted:
			c.problemAt(e, s, fmt.Sprintf("field %s of %s is promoted from %s: name it %s.%s, the type that declares it", fn.Field, t.qualified(), fd.owner.qualified(), fd.owner.qualified(), fn.Field))
		}
	}
	for _, s := range e.unless {
		c.names++
		fp, err := rules.ParseFieldPath(s)
		if err != nil {
			c.problemAt(e, s, err.Error())
			continue
		}
		p, where, ok := c.pkgOf(mf, e, s, fp.Type.Pkg)
		if !ok {
			continue
		}
		t := c.typeOf(e, s, p, fp.Type.Name, where)
		if t == nil {
			continue
		}
		if msg := walkFields(t.qualified(), texpr{t.pkg, t.file, t.spec.Name}, fp.Fields, false); msg != "" {
			c.problemAt(e, s, fmt.Sprintf("%s, in %s", msg, where))
		}
	}
	if e.fork != nil {
		c.checkFork(mf, e)
	}
}

// checkFork checks that the package a fork is of exists, has the package
// name forks are recognised by, and declares every type a fork must.
func (c *checker) checkFork(mf *modelFile, e entry) {
	x := e.fork
	c.names++
	p, where, ok := c.pkgOf(mf, e, x.Of, x.Of)
	if !ok {
		return
	}
	if p.name != x.Package {
		c.problemAt(e, x.Of, fmt.Sprintf("the package is named %s, not %s, in %s", p.name, x.Package, where))
	}
	for _, name := range x.Types {
		c.names++
		switch t := p.types[name]; {
		case t == nil:
			c.problemAt(e, name, fmt.Sprintf("%s declares no type %s in %s", x.Of, name, where))
		case t.spec.Assign.IsValid():
			c.problemAt(e, name, fmt.Sprintf("%s.%s is an alias: a fork is recognised by the types it declares", x.Of, name))
		}
	}
}

// pkgOf loads the package a name is in: from the Go toolchain's standard
// library, or from the module of the file that covers it. Names of cgo's C
// pseudo-package are skipped with a note.
func (c *checker) pkgOf(mf *modelFile, e entry, name, importPath string) (p *pkg, where string, ok bool) {
	if importPath == "C" {
		c.notef("%s: %s: a cgo C name, not checked (C declarations are in the headers a cgo preamble includes)", c.position(e, name), name)
		return nil, "", false
	}
	var err error
	if rules.IsStd(importPath) {
		p, err = c.w.std(importPath)
		where = "the standard library"
	} else {
		m := rules.Owner(mf.mods, importPath)
		if m == nil {
			if mf.strict {
				c.problemAt(e, name, fmt.Sprintf("package %s is in no [[module]] of %s", importPath, display(mf.name)))
			} else {
				c.notef("%s: %s: package %s is in no [[module]] of the file, not checked", c.position(e, name), name, importPath)
			}
			return nil, "", false
		}
		mv := module.Version{Path: m.Path, Version: m.Version}
		if c.w.fetchErrs[mv] != nil {
			return nil, "", false // reported once, at the pin
		}
		p, err = c.w.inModule(importPath, mv)
		where = mv.Path + "@" + mv.Version
	}
	if err != nil {
		c.problemAt(e, name, err.Error())
		return nil, "", false
	}
	return p, where, true
}

// typeOf returns a declared type of a package, reporting a missing type or
// an alias (models match the type an alias stands for, never the alias).
func (c *checker) typeOf(e entry, name string, p *pkg, typeName, where string) *typeDecl {
	t := p.types[typeName]
	switch {
	case t == nil && p.funcs[typeName] != nil:
		c.problemAt(e, name, fmt.Sprintf("%s.%s is a function, not a type, in %s", p.path, typeName, where))
	case t == nil:
		c.problemAt(e, name, fmt.Sprintf("no type %s in %s in %s", typeName, p.path, where))
	case t.spec.Assign.IsValid():
		c.problemAt(e, name, fmt.Sprintf("%s is an alias of %s: name the type it stands for", t.qualified(), types.ExprString(t.spec.Type)))
	default:
		return t
	}
	return nil
}

// checkFunc checks that a function or method exists and that the entry's
// roles fit its signature.
func (c *checker) checkFunc(e entry, name string, f rules.FuncName, p *pkg, where string) {
	var sig *ast.FuncType
	var sigPkg *pkg
	var recv *typeDecl
	if f.Recv == "" {
		d := p.funcs[f.Name]
		switch t := p.types[f.Name]; {
		case d != nil:
			sig, sigPkg = d.Type, p
		case t != nil && isFuncType(t):
			// a function type: the model describes calls of its values
			// (go-elasticsearch's es.Index(index, body) calls a field of
			// type esapi.Index)
			sig, sigPkg = t.spec.Type.(*ast.FuncType), p
		default:
			what := "no function"
			if t != nil {
				what = "a type, not a function or function type:"
			}
			c.problemAt(e, name, fmt.Sprintf("%s %s.%s in %s", what, p.path, f.Name, where))
			return
		}
	} else {
		t := c.typeOf(e, name, p, f.Recv, where)
		if t == nil {
			return
		}
		m, err := lookupMethod(t, f.Name)
		if m == nil {
			msg := fmt.Sprintf("no method %s of %s in %s", f.Name, t.qualified(), where)
			if err != nil {
				msg += " (" + err.Error() + ")"
			}
			c.problemAt(e, name, msg)
			return
		}
		if lit, _, err := underlying(t); err == nil && f.Ptr {
			if _, ok := lit.(*ast.InterfaceType); ok {
				c.problemAt(e, name, fmt.Sprintf("%s is an interface, which has no pointer methods: write (%s).%s", t.qualified(), t.qualified(), f.Name))
				return
			}
		}
		sig, sigPkg, recv = m.typ, m.owner.pkg, t
	}
	c.funcs++
	sigFile := fileAt(sigPkg, sig.Pos())
	for _, u := range e.roles {
		if msg := roleProblem(u.role, sig, f.Recv != ""); msg != "" {
			c.problemAt(e, name, fmt.Sprintf("%s role %q: %s", u.key, u.role, msg))
			continue
		}
		if path := u.role.Path(); path != nil {
			x, ok := roleType(u.role, sig, sigPkg, sigFile, recv)
			if !ok {
				c.notef("%s: %s: %s role %q: the type of the value is not followed", c.position(e, name), name, u.key, u.role)
				continue
			}
			if msg := walkFields(roleBase(u.role), x, path, true); msg != "" {
				c.problemAt(e, name, fmt.Sprintf("%s role %q: %s", u.key, u.role, msg))
			}
		}
		if u.key == "handler" && len(e.ports) > 0 {
			c.checkPorts(e, name, u.role, sig, sigPkg, sigFile, recv)
		}
	}
}

// roleBase is a role without its field path: "arg1" of "arg1.Body".
func roleBase(r rules.Role) string {
	s, _, _ := strings.Cut(string(r), ".")
	return s
}

// checkPorts checks an entry point's ports against the handler's type
// where the parameter that takes the handler has a function type (a type
// parameter is not followed).
func (c *checker) checkPorts(e entry, name string, r rules.Role, sig *ast.FuncType, p *pkg, f *ast.File, recv *typeDecl) {
	x, ok := roleType(r, sig, p, f, recv)
	if !ok {
		return
	}
	ft := funcType(x)
	if ft == nil {
		c.notef("%s: %s: handler role %q: its type %s is not a function type: ports not checked", c.position(e, name), name, r, typeText(x))
		return
	}
	params, results := count(ft.Params), count(ft.Results)
	for _, port := range e.ports {
		result, n, err := port.Parse()
		switch {
		case err != nil:
			c.problemAt(e, name, err.Error())
		case result && n >= results:
			c.problemAt(e, name, fmt.Sprintf("port %q: the handler (%s) has %s", port, typeText(x), plural(results, "result")))
		case !result && n >= params:
			c.problemAt(e, name, fmt.Sprintf("port %q: the handler (%s) has %s", port, typeText(x), plural(params, "parameter")))
		}
	}
}

// roleProblem says why a role does not fit a signature, or "".
func roleProblem(r rules.Role, sig *ast.FuncType, isMethod bool) string {
	kind, n, err := r.Parse()
	if err != nil {
		return err.Error()
	}
	params, variadic := count(sig.Params), isVariadic(sig)
	results := count(sig.Results)
	switch kind {
	case rules.RoleRecv:
		if !isMethod {
			return "a function has no receiver"
		}
	case rules.RoleArg:
		if n >= params {
			return fmt.Sprintf("it has %s", plural(params, "parameter"))
		}
	case rules.RoleVariadic:
		if !variadic {
			return "it is not variadic"
		}
	case rules.RoleResult:
		if n < 0 && results == 0 {
			return "it has no results"
		}
		if n >= results {
			return fmt.Sprintf("it has %s", plural(results, "result"))
		}
	case rules.RoleSent:
		if results != 1 {
			return "it does not return one channel"
		}
		if _, ok := sig.Results.List[0].Type.(*ast.ChanType); !ok {
			return "it does not return a channel"
		}
	}
	return ""
}

// count counts the parameters or results of a field list.
func count(fl *ast.FieldList) int {
	if fl == nil {
		return 0
	}
	n := 0
	for _, f := range fl.List {
		n += max(1, len(f.Names))
	}
	return n
}

func isVariadic(sig *ast.FuncType) bool {
	if sig.Params == nil || len(sig.Params.List) == 0 {
		return false
	}
	_, ok := sig.Params.List[len(sig.Params.List)-1].Type.(*ast.Ellipsis)
	return ok
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// display is the name a rule file is shown by: embedded files by their
// path in the repository.
func display(file string) string { return strings.TrimPrefix(file, "(embedded)/") }

// isFuncType reports whether a type is declared as a function type.
func isFuncType(t *typeDecl) bool {
	_, ok := t.spec.Type.(*ast.FuncType)
	return ok
}
