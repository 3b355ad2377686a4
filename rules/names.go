package rules

import (
	"fmt"
	"go/token"
	"strings"
)

// FuncName is a function or method, named as go/types' (*Func).FullName
// prints it: "log.Printf", "(*net/http.Client).Do", "(net.Conn).Write".
type FuncName struct {
	Pkg  string // import path
	Recv string // receiver type name; empty for a function
	Ptr  bool   // pointer receiver
	Name string
}

// String returns the canonical spelling, the key models are matched by.
func (f FuncName) String() string {
	switch {
	case f.Recv == "":
		return f.Pkg + "." + f.Name
	case f.Ptr:
		return "(*" + f.Pkg + "." + f.Recv + ")." + f.Name
	}
	return "(" + f.Pkg + "." + f.Recv + ")." + f.Name
}

// ParseFunc parses a function name in FullName form.
func ParseFunc(s string) (FuncName, error) {
	var f FuncName
	bad := func(why string) (FuncName, error) {
		return FuncName{}, fmt.Errorf("malformed function name %q: %s (want pkg/path.Func or (*pkg/path.Type).Method)", s, why)
	}
	if strings.HasPrefix(s, "(") {
		end := strings.Index(s, ").")
		if end < 0 {
			return bad("no ).Method")
		}
		recv := s[1:end]
		f.Name = s[end+2:]
		if strings.HasPrefix(recv, "*") {
			f.Ptr = true
			recv = recv[1:]
		}
		pkg, typ, err := splitQualified(recv)
		if err != nil {
			return bad(err.Error())
		}
		f.Pkg, f.Recv = pkg, typ
	} else {
		pkg, name, err := splitQualified(s)
		if err != nil {
			return bad(err.Error())
		}
		f.Pkg, f.Name = pkg, name
	}
	if !token.IsIdentifier(f.Name) {
		return bad(fmt.Sprintf("%q is not an identifier", f.Name))
	}
	return f, nil
}

// TypeName is a named type: "example.com/x.Photo".
type TypeName struct {
	Pkg, Name string
}

// String returns the canonical spelling.
func (t TypeName) String() string { return t.Pkg + "." + t.Name }

// ParseType parses a qualified type name.
func ParseType(s string) (TypeName, error) {
	pkg, name, err := splitQualified(s)
	if err != nil {
		return TypeName{}, fmt.Errorf("malformed type name %q: %s (want pkg/path.Type)", s, err)
	}
	return TypeName{pkg, name}, nil
}

// FieldName is a struct field: "crypto/tls.Config.InsecureSkipVerify".
type FieldName struct {
	Type  TypeName
	Field string
}

// String returns the canonical spelling.
func (f FieldName) String() string { return f.Type.String() + "." + f.Field }

// ParseField parses a field name.
func ParseField(s string) (FieldName, error) {
	i := strings.LastIndexByte(s, '.')
	if i < 0 || !token.IsIdentifier(s[i+1:]) {
		return FieldName{}, fmt.Errorf("malformed field name %q (want pkg/path.Type.Field)", s)
	}
	t, err := ParseType(s[:i])
	if err != nil {
		return FieldName{}, fmt.Errorf("malformed field name %q (want pkg/path.Type.Field)", s)
	}
	return FieldName{t, s[i+1:]}, nil
}

// splitQualified splits "pkg/path.Name" at its last dot. Names contain no
// dots, so the last dot separates the path (which may hold dots, as in
// gopkg.in/yaml.v3) from the name.
func splitQualified(s string) (pkg, name string, err error) {
	i := strings.LastIndexByte(s, '.')
	if i <= 0 {
		return "", "", fmt.Errorf("no package path")
	}
	pkg, name = s[:i], s[i+1:]
	if !token.IsIdentifier(name) {
		return "", "", fmt.Errorf("%q is not an identifier", name)
	}
	if strings.ContainsAny(pkg, " \t\"()*") || strings.HasPrefix(pkg, "/") || strings.HasSuffix(pkg, "/") {
		return "", "", fmt.Errorf("%q is not an import path", pkg)
	}
	return pkg, name, nil
}

// FieldPath is a path of fields from a named struct type:
// "github.com/IBM/sarama.Config.Net.TLS.Enable".
type FieldPath struct {
	Type   TypeName
	Fields []string
}

// ParseFieldPath parses a field path: the type is the first exported name
// after the package path.
func ParseFieldPath(s string) (FieldPath, error) {
	bad := fmt.Errorf("malformed field path %q (want pkg/path.Type.Field.Field...)", s)
	slash := strings.LastIndexByte(s, '/')
	parts := strings.Split(s[slash+1:], ".")
	for i, p := range parts {
		if i == 0 || !token.IsExported(p) {
			continue
		}
		pkg := s[:slash+1] + strings.Join(parts[:i], ".")
		fields := parts[i+1:]
		if len(fields) == 0 {
			return FieldPath{}, bad
		}
		for _, f := range fields {
			if !token.IsIdentifier(f) {
				return FieldPath{}, bad
			}
		}
		return FieldPath{Type: TypeName{Pkg: pkg, Name: p}, Fields: fields}, nil
	}
	return FieldPath{}, bad
}
