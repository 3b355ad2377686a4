package main

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// typeStr prints a type expression written in file f of package p, for
// comparing a stub's declarations with the real ones: parameter names are
// left out, qualifiers are replaced by the import path they stand for,
// and interface{} is any.
func typeStr(p *pkg, f *ast.File, e ast.Expr) string {
	var b strings.Builder
	writeType(&b, p, f, e)
	return b.String()
}

func writeType(b *strings.Builder, p *pkg, f *ast.File, e ast.Expr) {
	switch x := e.(type) {
	case nil:
	case *ast.Ident:
		b.WriteString(x.Name)
	case *ast.SelectorExpr:
		q, ok := x.X.(*ast.Ident)
		if !ok {
			b.WriteString(types.ExprString(x))
			return
		}
		if ip := p.importPath(f, q.Name); ip != "" {
			b.WriteString(ip)
		} else {
			b.WriteString(q.Name)
		}
		b.WriteString("." + x.Sel.Name)
	case *ast.ParenExpr:
		writeType(b, p, f, x.X)
	case *ast.StarExpr:
		b.WriteString("*")
		writeType(b, p, f, x.X)
	case *ast.Ellipsis:
		b.WriteString("...")
		writeType(b, p, f, x.Elt)
	case *ast.ArrayType:
		b.WriteString("[")
		if x.Len != nil {
			b.WriteString(types.ExprString(x.Len))
		}
		b.WriteString("]")
		writeType(b, p, f, x.Elt)
	case *ast.MapType:
		b.WriteString("map[")
		writeType(b, p, f, x.Key)
		b.WriteString("]")
		writeType(b, p, f, x.Value)
	case *ast.ChanType:
		switch x.Dir {
		case ast.SEND:
			b.WriteString("chan<- ")
		case ast.RECV:
			b.WriteString("<-chan ")
		default:
			b.WriteString("chan ")
		}
		writeType(b, p, f, x.Value)
	case *ast.FuncType:
		b.WriteString("func")
		writeSig(b, p, f, x)
	case *ast.InterfaceType:
		if len(x.Methods.List) == 0 {
			b.WriteString("any")
			return
		}
		b.WriteString("interface{")
		for i, m := range x.Methods.List {
			if i > 0 {
				b.WriteString("; ")
			}
			if len(m.Names) == 0 {
				writeType(b, p, f, m.Type)
				continue
			}
			b.WriteString(m.Names[0].Name)
			if ft, ok := m.Type.(*ast.FuncType); ok {
				writeSig(b, p, f, ft)
			}
		}
		b.WriteString("}")
	case *ast.StructType:
		b.WriteString("struct{")
		for i, fd := range x.Fields.List {
			if i > 0 {
				b.WriteString("; ")
			}
			for j, n := range fd.Names {
				if j > 0 {
					b.WriteString(", ")
				}
				b.WriteString(n.Name)
			}
			if len(fd.Names) > 0 {
				b.WriteString(" ")
			}
			writeType(b, p, f, fd.Type)
		}
		b.WriteString("}")
	case *ast.IndexExpr:
		writeType(b, p, f, x.X)
		b.WriteString("[")
		writeType(b, p, f, x.Index)
		b.WriteString("]")
	case *ast.IndexListExpr:
		writeType(b, p, f, x.X)
		b.WriteString("[")
		for i, ix := range x.Indices {
			if i > 0 {
				b.WriteString(", ")
			}
			writeType(b, p, f, ix)
		}
		b.WriteString("]")
	case *ast.BinaryExpr: // constraint unions
		writeType(b, p, f, x.X)
		b.WriteString(" " + x.Op.String() + " ")
		writeType(b, p, f, x.Y)
	case *ast.UnaryExpr: // ~T
		b.WriteString(x.Op.String())
		writeType(b, p, f, x.X)
	default:
		b.WriteString(types.ExprString(x))
	}
}

// sigStr prints a signature without parameter names: "[T any](int,
// ...any) (T, error)".
func sigStr(p *pkg, f *ast.File, ft *ast.FuncType) string {
	var b strings.Builder
	writeSig(&b, p, f, ft)
	return b.String()
}

func writeSig(b *strings.Builder, p *pkg, f *ast.File, ft *ast.FuncType) {
	if ft.TypeParams != nil {
		b.WriteString(tparamStr(p, f, ft.TypeParams))
	}
	b.WriteString("(")
	writeList(b, p, f, ft.Params)
	b.WriteString(")")
	switch n := count(ft.Results); {
	case n == 1:
		b.WriteString(" ")
		writeType(b, p, f, ft.Results.List[0].Type)
	case n > 0:
		b.WriteString(" (")
		writeList(b, p, f, ft.Results)
		b.WriteString(")")
	}
}

// writeList writes the types of a parameter list, once per name.
func writeList(b *strings.Builder, p *pkg, f *ast.File, fl *ast.FieldList) {
	if fl == nil {
		return
	}
	first := true
	for _, fd := range fl.List {
		for range max(1, len(fd.Names)) {
			if !first {
				b.WriteString(", ")
			}
			first = false
			writeType(b, p, f, fd.Type)
		}
	}
}

// tparamStr prints a type parameter list with its names (parameter types
// refer to them): "[K comparable, V any]".
func tparamStr(p *pkg, f *ast.File, fl *ast.FieldList) string {
	if fl == nil || len(fl.List) == 0 {
		return ""
	}
	var parts []string
	for _, fd := range fl.List {
		for _, n := range fd.Names {
			parts = append(parts, n.Name+" "+typeStr(p, f, fd.Type))
		}
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// fileOf returns the file of a package that holds a position.
func fileOf(p *pkg, pos token.Pos) *ast.File {
	for _, f := range p.files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}
