package main

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"github.com/facelint/facelint/rules"
)

// A texpr is a type expression with the package and file that scope it.
type texpr struct {
	p *pkg
	f *ast.File
	e ast.Expr
}

// fileAt returns the file of a package that holds a position, or nil.
func fileAt(p *pkg, pos token.Pos) *ast.File {
	for _, f := range p.files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// structLit returns the struct type literal under a type expression:
// through parentheses, pointers, slice and array elements (when elems
// says so), named types and aliases. ok is false when the type is not a
// struct; err reports a type that could not be followed.
func structLit(x texpr, elems bool) (lit *ast.StructType, scope texpr, ok bool, err error) {
	for range maxDepth {
		switch e := unparen(x.e).(type) {
		case *ast.StarExpr:
			x.e = e.X
			continue
		case *ast.ArrayType:
			if !elems {
				return nil, x, false, nil
			}
			x.e = e.Elt
			continue
		case *ast.StructType:
			return e, x, true, nil
		}
		t, err := named(x.p, x.f, x.e)
		if err != nil || t == nil {
			return nil, x, false, err
		}
		under, decl, err := underlying(t)
		if err != nil {
			return nil, x, false, err
		}
		x = texpr{decl.pkg, decl.file, under}
	}
	return nil, x, false, fmt.Errorf("type chain too long")
}

// declaredField finds a field declared in a struct literal (an embedded
// field by its type's name), and whether the struct has the field only by
// promotion from an embedded field.
func declaredField(st *ast.StructType, scope texpr, name string) (typ texpr, found, promoted bool) {
	for _, f := range st.Fields.List {
		if len(f.Names) == 0 {
			if embeddedName(f.Type) == name {
				return texpr{scope.p, scope.f, f.Type}, true, false
			}
			continue
		}
		for _, id := range f.Names {
			if id.Name == name {
				return texpr{scope.p, scope.f, f.Type}, true, false
			}
		}
	}
	// Promoted? (Followed one level down at a time, as deep as the lookups go.)
	level := []texpr{}
	for _, f := range st.Fields.List {
		if len(f.Names) == 0 {
			level = append(level, texpr{scope.p, scope.f, f.Type})
		}
	}
	for depth := 0; len(level) > 0 && depth < maxDepth; depth++ {
		var next []texpr
		for _, x := range level {
			lit, sc, ok, _ := structLit(x, false)
			if !ok {
				continue
			}
			for _, f := range lit.Fields.List {
				if len(f.Names) == 0 {
					if embeddedName(f.Type) == name {
						return texpr{}, false, true
					}
					next = append(next, texpr{sc.p, sc.f, f.Type})
					continue
				}
				for _, id := range f.Names {
					if id.Name == name {
						return texpr{}, false, true
					}
				}
			}
		}
		level = next
	}
	return texpr{}, false, false
}

// walkFields follows a path of field names from a type expression (what
// root names), each
// field declared on the struct it is read from (facelint matches them
// there, not through promotion): through pointers, named types and
// anonymous struct types, and slice elements when elems says so. It
// returns why the path does not exist, or "".
func walkFields(root string, x texpr, fields []string, elems bool) string {
	for i, name := range fields {
		at := strings.Join(append([]string{root}, fields[:i]...), ".")
		lit, scope, ok, err := structLit(x, elems)
		switch {
		case err != nil:
			return fmt.Sprintf("cannot follow %s: %v", at, err)
		case !ok:
			return fmt.Sprintf("%s is not a struct (%s)", at, typeText(x))
		}
		typ, found, promoted := declaredField(lit, scope, name)
		switch {
		case promoted:
			return fmt.Sprintf("field %s of %s is promoted from an embedded field: name the path through it", name, at)
		case !found:
			return fmt.Sprintf("no field %s in %s (%s)", name, at, typeText(x))
		}
		x = typ
	}
	return ""
}

// typeText prints a type expression with its qualifiers resolved.
func typeText(x texpr) string { return typeStr(x.p, x.f, x.e) }

// roleType returns the type of the value a role names in a signature (the
// element type of a variadic parameter; for recv, the named type recv).
func roleType(r rules.Role, sig *ast.FuncType, p *pkg, f *ast.File, recv *typeDecl) (texpr, bool) {
	kind, n, err := r.Parse()
	if err != nil || p == nil {
		return texpr{}, false
	}
	nth := func(fl *ast.FieldList, n int) ast.Expr {
		if fl == nil {
			return nil
		}
		i := 0
		for _, fd := range fl.List {
			for range max(1, len(fd.Names)) {
				if i == n {
					return fd.Type
				}
				i++
			}
		}
		return nil
	}
	var e ast.Expr
	switch kind {
	case rules.RoleRecv:
		if recv == nil {
			return texpr{}, false
		}
		return texpr{recv.pkg, recv.file, &ast.Ident{Name: recv.spec.Name.Name}}, true
	case rules.RoleArg:
		e = nth(sig.Params, n)
		if el, ok := e.(*ast.Ellipsis); ok {
			e = &ast.ArrayType{Elt: el.Elt}
		}
	case rules.RoleVariadic:
		if !isVariadic(sig) {
			return texpr{}, false
		}
		e = sig.Params.List[len(sig.Params.List)-1].Type.(*ast.Ellipsis).Elt
	case rules.RoleResult:
		if n < 0 {
			return texpr{}, false
		}
		e = nth(sig.Results, n)
	case rules.RoleSent:
		if ch, ok := nth(sig.Results, 0).(*ast.ChanType); ok {
			e = ch.Value
		}
	}
	if e == nil {
		return texpr{}, false
	}
	return texpr{p, f, e}, true
}

// funcType returns the function type under a type expression (a func
// literal type or a named function type), or nil.
func funcType(x texpr) *ast.FuncType {
	for range maxDepth {
		if ft, ok := unparen(x.e).(*ast.FuncType); ok {
			return ft
		}
		t, err := named(x.p, x.f, x.e)
		if err != nil || t == nil {
			return nil
		}
		under, decl, err := underlying(t)
		if err != nil {
			return nil
		}
		x = texpr{decl.pkg, decl.file, under}
	}
	return nil
}
