package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"sync"
)

// maxDepth bounds the chains of aliases, defined types and embeddings the
// lookups follow (cycles are cut by it too).
const maxDepth = 16

// builtinError is the predeclared error interface, for interfaces that
// embed it.
var builtinError = sync.OnceValue(func() *typeDecl {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "builtin.go", "package builtin\ntype error interface{ Error() string }\n", 0)
	if err != nil {
		panic(err)
	}
	p := &pkg{path: "builtin", name: "builtin", fset: fset, files: []*ast.File{f},
		funcs: map[string]*ast.FuncDecl{}, types: map[string]*typeDecl{}}
	p.index()
	return p.types["error"]
})

// named returns the declared type that the type expression e, written in
// file f of package p, names: through pointers, parentheses, type
// arguments and aliases. It returns nil, nil for expressions that name no
// declared type (literals, predeclared types other than error, unions).
func named(p *pkg, f *ast.File, e ast.Expr) (*typeDecl, error) {
	for range maxDepth {
		var t *typeDecl
		switch x := unparen(e).(type) {
		case *ast.StarExpr:
			e = x.X
			continue
		case *ast.IndexExpr:
			e = x.X
			continue
		case *ast.IndexListExpr:
			e = x.X
			continue
		case *ast.Ident:
			t = p.types[x.Name]
			if t == nil {
				if x.Name == "error" {
					return builtinError(), nil
				}
				return nil, nil
			}
		case *ast.SelectorExpr:
			q, ok := x.X.(*ast.Ident)
			if !ok {
				return nil, nil
			}
			ip := p.importPath(f, q.Name)
			if ip == "" {
				return nil, fmt.Errorf("%s: no import for %s", p.path, q.Name)
			}
			dep, err := p.ld.load(p, ip)
			if err != nil {
				return nil, err
			}
			if t = dep.types[x.Sel.Name]; t == nil {
				return nil, fmt.Errorf("%s has no type %s", ip, x.Sel.Name)
			}
		default:
			return nil, nil
		}
		if !t.spec.Assign.IsValid() {
			return t, nil
		}
		p, f, e = t.pkg, t.file, t.spec.Type // an alias: follow it
	}
	return nil, fmt.Errorf("%s: alias chain too long", p.path)
}

// underlying returns the type literal under a declared type and the
// declaration whose file scopes it: type A B gives the literal of B.
func underlying(t *typeDecl) (ast.Expr, *typeDecl, error) {
	for range maxDepth {
		next, err := named(t.pkg, t.file, t.spec.Type)
		if err != nil {
			return nil, nil, err
		}
		if next == nil {
			return t.spec.Type, t, nil
		}
		t = next
	}
	return nil, nil, fmt.Errorf("%s: chain of defined types too long", t.qualified())
}

// A method is a method found in a type's method set.
type method struct {
	owner *typeDecl     // the type that declares it (or whose interface has it)
	typ   *ast.FuncType // its signature
}

// lookupMethod finds a method of a type, or of a pointer to it: declared
// on it, in its interface, or promoted from an embedded type (the
// shallowest, as Go selects it). A missing method is nil with a nil error;
// the error reports an ambiguous selector or embedded types that could not
// be followed.
func lookupMethod(t *typeDecl, name string) (*method, error) {
	level := []*typeDecl{t}
	seen := map[*typeDecl]bool{}
	var unresolved []string
	for depth := 0; len(level) > 0 && depth < maxDepth; depth++ {
		var found []*method
		var next []*typeDecl
		for _, n := range level {
			if seen[n] {
				continue
			}
			seen[n] = true
			if d := n.methods[name]; d != nil {
				found = append(found, &method{owner: n, typ: d.Type})
			}
			lit, scope, err := underlying(n)
			if err != nil {
				unresolved = append(unresolved, err.Error())
				continue
			}
			var embedded []ast.Expr
			switch lit := lit.(type) {
			case *ast.InterfaceType:
				for _, f := range lit.Methods.List {
					if len(f.Names) == 0 {
						embedded = append(embedded, f.Type)
						continue
					}
					for _, id := range f.Names {
						if ft, ok := f.Type.(*ast.FuncType); ok && id.Name == name {
							found = append(found, &method{owner: n, typ: ft})
						}
					}
				}
			case *ast.StructType:
				for _, f := range lit.Fields.List {
					if len(f.Names) == 0 {
						embedded = append(embedded, f.Type)
					}
				}
			}
			for _, e := range embedded {
				et, err := named(scope.pkg, scope.file, e)
				switch {
				case err != nil:
					unresolved = append(unresolved, err.Error())
				case et != nil:
					next = append(next, et)
				}
			}
		}
		switch len(found) {
		case 0:
		case 1:
			return found[0], nil
		default:
			var at []string
			for _, m := range found {
				at = append(at, m.owner.qualified())
			}
			return nil, fmt.Errorf("ambiguous: %s is promoted from %s at the same depth", name, strings.Join(at, " and "))
		}
		level = next
	}
	if len(unresolved) > 0 {
		return nil, fmt.Errorf("embedded types not followed: %s", strings.Join(unresolved, "; "))
	}
	return nil, nil
}

// A field is a struct field found in a type.
type field struct {
	owner    *typeDecl // the struct type that declares it
	promoted bool      // through an embedded field
}

// lookupField finds a field of a struct type, declared or promoted.
func lookupField(t *typeDecl, name string) (*field, error) {
	level := []*typeDecl{t}
	seen := map[*typeDecl]bool{}
	for depth := 0; len(level) > 0 && depth < maxDepth; depth++ {
		var next []*typeDecl
		for _, n := range level {
			if seen[n] {
				continue
			}
			seen[n] = true
			lit, scope, err := underlying(n)
			if err != nil {
				return nil, err
			}
			st, ok := lit.(*ast.StructType)
			if !ok {
				continue
			}
			for _, f := range st.Fields.List {
				if len(f.Names) == 0 {
					if embeddedName(f.Type) == name {
						return &field{owner: n, promoted: depth > 0}, nil
					}
					et, err := named(scope.pkg, scope.file, f.Type)
					if err == nil && et != nil {
						next = append(next, et)
					}
					continue
				}
				for _, id := range f.Names {
					if id.Name == name {
						return &field{owner: n, promoted: depth > 0}, nil
					}
				}
			}
		}
		level = next
	}
	return nil, nil
}

// embeddedName is the field name of an embedded field: its type's name.
func embeddedName(e ast.Expr) string {
	for {
		switch x := unparen(e).(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.SelectorExpr:
			return x.Sel.Name
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}
