package facetaint

import (
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/facelint/facelint/rules"
)

// nameLabel classifies an input name: face data of some label, or not.
func (pa *pkgAnalysis) nameLabel(name string) (label, bool) {
	up := &pa.set.Upload
	s := snake(name)
	if s == "" || !up.NamesRE.MatchString(s) || up.ExcludeRE.MatchString(s) {
		return 0, false
	}
	if up.TemplateRE.MatchString(s) {
		return labelTemplate, true
	}
	return labelImage, true
}

// uploadName checks the name argument of an upload accessor
// (r.FormFile("selfie")).
func (u *unit) uploadName(c *ssa.CallCommon, args []ssa.Value, role rules.Role) (label, string, bool) {
	if !u.pa.cfg.NameSources {
		return 0, "", false
	}
	kind, n, _ := role.Parse()
	name, ok := constString(roleValue(c, args, kind, n))
	if !ok {
		return 0, "", false
	}
	lab, ok := u.pa.nameLabel(name)
	return lab, name, ok
}

// faceCarrier reports whether values of type t can hold an uploaded face:
// strings, bytes, float vectors, multipart files and readers.
func faceCarrier(t types.Type) bool {
	if name, ok := namedPath(t); ok {
		switch name {
		case "mime/multipart.FileHeader", "mime/multipart.File", "io.Reader", "io.ReadCloser", "image.Image":
			return true
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		return elemCarrier(u.Elem())
	case *types.Array:
		return elemCarrier(u.Elem())
	case *types.Pointer:
		return faceCarrier(u.Elem())
	}
	return false
}

func elemCarrier(t types.Type) bool {
	if b, ok := t.Underlying().(*types.Basic); ok {
		switch b.Kind() {
		case types.Uint8, types.Float32, types.Float64:
			return true
		}
	}
	return faceCarrier(t)
}

// fieldSource returns the atom a load of a field yields by itself: a field
// declared face data, or (name-based) a field whose tag or name says face.
func (u *unit) fieldSource(structType types.Type, field *types.Var, pos token.Pos) tset {
	pa := u.pa
	key := fieldSourceKey{field}
	if a, ok := pa.fieldSources[key]; ok {
		if a == nil {
			return nil
		}
		return tset{a}
	}
	var a *atom
	st, _ := structOf(structType).Underlying().(*types.Struct)
	owner := shortType(structOf(structType))
	if l := pa.faceDataLabel(field); l != "" || pa.models.faceFields[fieldKey(structOf(structType), field)] != "" {
		if l == "" {
			l = string(pa.models.faceFields[fieldKey(structOf(structType), field)])
		}
		o := Origin{Desc: "field " + owner + "." + field.Name() + " (declared face data)", Posn: pa.posn(field.Pos()), Label: uint8(labelOf(rules.Label(l))), Declared: true}
		a = &atom{param: -1, org: pa.internOrigin(o, field.Pos()), lab: label(o.Label)}
	} else if pa.cfg.NameSources && st != nil && faceCarrier(field.Type()) {
		for i := 0; i < st.NumFields(); i++ {
			if st.Field(i) != field {
				continue
			}
			for _, name := range pa.fieldNames(field, st.Tag(i)) {
				if lab, ok := pa.nameLabel(name); ok {
					o := Origin{Desc: "field " + owner + "." + field.Name() + " (" + quote(name) + ")", Posn: pa.posn(field.Pos()), Label: uint8(lab), NameBased: true}
					a = &atom{param: -1, org: pa.internOrigin(o, field.Pos()), lab: lab}
					break
				}
			}
		}
	}
	if a != nil {
		a.path = a.path.then(token.NoPos, a.org.Posn, "face "+a.lab.String()+" from "+a.org.Desc)
	}
	pa.fieldSources[key] = a
	if a == nil {
		return nil
	}
	return tset{a}
}

type fieldSourceKey struct{ field *types.Var }

// fieldNames returns the names a field is known by in requests: the names
// of its configured tags, or its own name when it has none of them.
func (pa *pkgAnalysis) fieldNames(field *types.Var, tag string) []string {
	var names []string
	for _, key := range pa.set.Upload.Tags {
		v, ok := reflect.StructTag(tag).Lookup(key)
		if !ok {
			continue
		}
		if name := strings.Split(v, ",")[0]; name != "" && name != "-" {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		names = append(names, field.Name())
	}
	return names
}

// lookupSource returns the atom of an upload read from a request map by a
// constant name: r.MultipartForm.File["selfie"], r.Form["face"].
func (u *unit) lookupSource(x *ssa.Lookup) tset {
	if !u.pa.cfg.NameSources {
		return nil
	}
	name, ok := constString(x.Index)
	if !ok {
		return nil
	}
	m, ok := x.X.Type().Underlying().(*types.Map)
	if !ok || !faceCarrier(m.Elem()) {
		return nil
	}
	lab, ok := u.pa.nameLabel(name)
	if !ok {
		return nil
	}
	pos := x.Pos()
	posn := u.pa.posn(pos)
	desc := shortType(x.X.Type()) + "[" + quote(name) + "]"
	a := &atom{param: -1, org: u.pa.internOrigin(Origin{Desc: desc, Posn: posn, Label: uint8(lab), NameBased: true, Capture: true}, pos), lab: lab}
	a.path = a.path.then(pos, posn, "face "+lab.String()+" from "+desc)
	if u.pa.guardedAt(x, gConsent) {
		a.flags |= fConsented
	}
	u.addCapture(capturePoint{instr: x, desc: desc, lab: lab, nameBased: true, posn: posn})
	return tset{a}
}

// typeFaceData returns the atom of values of a type declared face data
// (or built from one: pointers, slices, maps, struct fields).
func (pa *pkgAnalysis) typeFaceData(t types.Type, depth int) *atom {
	if depth > 2 {
		return nil
	}
	if a, ok := pa.typeAtoms[t]; ok {
		return a
	}
	pa.typeAtoms[t] = nil // cycle guard
	var a *atom
	switch x := types.Unalias(t).(type) {
	case *types.Named:
		obj := x.Origin().Obj()
		l := pa.faceDataLabel(obj)
		if l == "" {
			if name, ok := namedPath(x); ok {
				l = string(pa.models.faceTypes[name])
			}
		}
		if l != "" {
			o := Origin{Desc: "value of type " + shortType(x) + " (declared face data)", Posn: pa.posn(obj.Pos()), Label: uint8(labelOf(rules.Label(l))), Declared: true}
			a = &atom{param: -1, org: pa.internOrigin(o, obj.Pos()), lab: label(o.Label)}
			a.path = a.path.then(token.NoPos, o.Posn, "face "+a.lab.String()+" in a "+o.Desc)
		} else if st, ok := x.Underlying().(*types.Struct); ok {
			a = pa.structFaceData(st, depth)
		}
	case *types.Pointer:
		a = pa.typeFaceData(x.Elem(), depth)
	case *types.Slice:
		a = pa.typeFaceData(x.Elem(), depth)
	case *types.Array:
		a = pa.typeFaceData(x.Elem(), depth)
	case *types.Map:
		a = pa.typeFaceData(x.Elem(), depth)
	case *types.Struct:
		a = pa.structFaceData(x, depth)
	}
	pa.typeAtoms[t] = a
	return a
}

func (pa *pkgAnalysis) structFaceData(st *types.Struct, depth int) *atom {
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if l := pa.faceDataLabel(f); l != "" {
			o := Origin{Desc: "field " + f.Name() + " (declared face data)", Posn: pa.posn(f.Pos()), Label: uint8(labelOf(rules.Label(l))), Declared: true}
			a := &atom{param: -1, org: pa.internOrigin(o, f.Pos()), lab: label(o.Label)}
			a.path = a.path.then(token.NoPos, o.Posn, "face "+a.lab.String()+" in "+o.Desc)
			return a
		}
		if a := pa.typeFaceData(f.Type(), depth+1); a != nil {
			return a
		}
	}
	return nil
}
