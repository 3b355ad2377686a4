package facetaint

import (
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/facelint/facelint/rules"
)

// This file says what counts as face data and what does not. Every rule of
// meaning of the engine is written here, once; the rest of the engine asks:
//
//   - Which values can hold face data at all (canCarry): not booleans, not
//     integers; bytes and floats can (pixels, descriptor elements).
//   - Data about face data is not face data: a numeric value computed by
//     arithmetic from face data (a score, a distance, a sum) is a scalar
//     (reduces); the results of metadata functions (hashes, content types,
//     type names) and the values of metadata fields (upload file names,
//     vendor face IDs, boxes, scores: by model or by name) are not face
//     data (metadataFunc, metadataField); unknown calls do not pass face
//     data to the errors they return (carriesByDefault).
//   - Names: an input, field or parameter whose name says face is face data
//     when its type can hold an image or template, and, for a string, when
//     its name also says it holds encoded data (nameLabel).
//   - Types: a value whose type is declared face data (a directive, a model,
//     a fact) is face data wherever it appears (typeFaceData).
//   - Candidates: a value that may hold an image whose content is unknown
//     (an upload under any name, a download, a file, an image parameter of
//     an exported function) is face data once it reaches a face API
//     (candidateType, and promotion in faceapi.go).

// canCarry reports whether values of type t can hold face data or an
// insecure transport: anything but booleans. Numbers can (pixels, pixel
// components, descriptor elements); which numbers computed from face data
// are not face data is decided by carriesByDefault, reduces and
// wholeField.
func canCarry(t types.Type) bool {
	if u, ok := t.Underlying().(*types.Basic); ok {
		switch {
		case u.Info()&types.IsBoolean != 0:
			return false
		case u.Kind() == types.UntypedNil || u.Kind() == types.Invalid:
			return false
		}
	}
	return true
}

// carriesByDefault reports whether an unknown call passes its arguments to
// a result of type t: not to errors, which rarely quote their inputs and
// are logged everywhere (models say which errors do, such as fmt.Errorf),
// and not to integers other than bytes, which such a call computes from
// its inputs (a length, a count, an index; models say which calls return
// pixel components).
func carriesByDefault(t types.Type) bool {
	return canCarry(t) && !isError(t) && !scalarInteger(t)
}

// scalarInteger reports whether t is an integer other than a byte.
func scalarInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0 && b.Kind() != types.Uint8 && b.Kind() != types.Int8
}

// scalarNumber reports whether t is a number other than a byte: what an
// arithmetic reduction of face data yields.
func scalarNumber(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsNumeric == 0 {
		return false
	}
	return b.Kind() != types.Uint8 && b.Kind() != types.Int8
}

// reduces reports whether an arithmetic operation yields a scalar computed
// from face data rather than face data: a number other than a byte that is
// not written back as an element of a container (an element-wise
// transformation of a template stays a template; a sum or a distance does
// not).
func reduces(x *ssa.BinOp) bool {
	switch x.Op {
	case token.ADD, token.SUB, token.MUL, token.QUO, token.REM:
	default:
		return false
	}
	if !scalarNumber(x.Type()) {
		return false
	}
	return !writtenAsElement(x, 0)
}

// writtenAsElement reports whether a value, through arithmetic and
// conversions, is written as an element of a container (gray[i] =
// uint8((r+g+b)/3)): an element-wise transformation.
func writtenAsElement(v ssa.Value, depth int) bool {
	if depth > 8 {
		return false
	}
	for _, ref := range *v.Referrers() {
		switch r := ref.(type) {
		case *ssa.Store:
			if _, elem := r.Addr.(*ssa.IndexAddr); elem && r.Val == v {
				return true
			}
		case *ssa.MapUpdate:
			if r.Value == v {
				return true
			}
		case *ssa.Convert, *ssa.ChangeType, *ssa.BinOp:
			if writtenAsElement(r.(ssa.Value), depth+1) {
				return true
			}
		}
	}
	return false
}

var errorType = types.Universe.Lookup("error").Type()

func isError(t types.Type) bool { return types.Identical(t, errorType) }

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

// imageCarrier reports whether values of type t can hold a face image or
// template: strings, bytes, float vectors, images, multipart files and
// readers.
func imageCarrier(t types.Type) bool {
	if carrierNamed(t) {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		return elemCarrier(u.Elem())
	case *types.Array:
		return elemCarrier(u.Elem())
	case *types.Pointer:
		return imageCarrier(u.Elem())
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
	return imageCarrier(t)
}

// carrierNamed reports whether t is one of the standard types that hold
// images or their bytes.
func carrierNamed(t types.Type) bool {
	name, ok := namedPath(t)
	if !ok {
		return false
	}
	switch name {
	case "mime/multipart.FileHeader", "mime/multipart.File", "io.Reader", "io.ReadCloser", "io.ReadSeeker",
		"os.File", "bytes.Buffer", "bytes.Reader", "image.Image", "image.RGBA", "image.NRGBA", "image.Gray",
		"image.YCbCr", "gocv.io/x/gocv.Mat":
		return true
	}
	return false
}

// isString reports whether t is a string (or a slice of strings).
func isString(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		return isString(u.Elem())
	case *types.Pointer:
		return isString(u.Elem())
	}
	return false
}

// candidateType reports whether a value of type t named name may hold an
// image whose content is not known: bytes, readers, images, multipart
// files, or a string whose name says it holds encoded data.
func (pa *pkgAnalysis) candidateType(t types.Type, name string) bool {
	if isString(t) {
		return name != "" && pa.set.Upload.EncodedRE.MatchString(snake(name)) && !pa.metadataName(name)
	}
	if !imageCarrier(t) {
		return false
	}
	if s, ok := t.Underlying().(*types.Slice); ok {
		if b, ok := s.Elem().Underlying().(*types.Basic); ok && b.Kind() != types.Uint8 {
			return false // float vectors are templates, known by their type or name
		}
	}
	return name == "" || !pa.metadataName(name)
}

// nameLabel classifies an input, field or parameter by its name and type:
// face data of some label, or not. A string is face data only when its
// name also says it holds encoded data ("face_image", "selfie"; not a
// "face" search filter). t may be nil when the type is not known.
func (pa *pkgAnalysis) nameLabel(name string, t types.Type) (label, bool) {
	up := &pa.set.Upload
	s := snake(name)
	if s == "" || !up.NamesRE.MatchString(s) || up.ExcludeRE.MatchString(s) {
		return 0, false
	}
	if t != nil && isString(t) && !up.EncodedRE.MatchString(s) {
		return 0, false
	}
	if up.TemplateRE.MatchString(s) {
		return labelTemplate, true
	}
	return labelImage, true
}

// metadataName reports whether a name says data about face data: an
// identifier, key, path, URL, score, box, count...
func (pa *pkgAnalysis) metadataName(name string) bool {
	v, ok := pa.metaMemo[name]
	if !ok {
		v = pa.set.Upload.MetadataRE.MatchString(snake(name))
		pa.metaMemo[name] = v
	}
	return v
}

// wholeField reports whether a field read from face data is face data too:
// not when it holds data about it (a model's metadata field, a metadata
// name) or a count, an index, a coordinate (an integer other than a byte).
func (pa *pkgAnalysis) wholeField(structType types.Type, field *types.Var) bool {
	return canCarry(field.Type()) && !scalarInteger(field.Type()) && !pa.metadataField(structType, field)
}

// metadataField reports whether a field holds data about the face data
// its struct may hold (a model's metadata field, or a metadata name).
func (pa *pkgAnalysis) metadataField(structType types.Type, field *types.Var) bool {
	if pa.models.metaFields[pa.fieldKey(structOf(structType), field)] {
		return true
	}
	return pa.metadataName(field.Name())
}

// uploadName checks the name argument of an upload accessor
// (r.FormFile("selfie")): the label when the name says face, and the name.
func (u *unit) uploadName(c *ssa.CallCommon, args []ssa.Value, role rules.Role, result types.Type) (label, string, bool) {
	kind, n, _ := role.Parse()
	name, ok := constString(roleValue(c, args, kind, n))
	if !ok {
		return 0, "", false
	}
	if !u.pa.nameSources() {
		return 0, name, false
	}
	lab, ok := u.pa.nameLabel(name, result)
	return lab, name, ok
}

// fieldSource returns the atom a load of a field yields by itself: a field
// declared face data (directive, model, or a face-data type), or
// (name-based) a field whose tag or name says face. pos is the load: the
// origin of a field of another package is where it is read, not the
// library's declaration.
func (u *unit) fieldSource(structType types.Type, field *types.Var, pos token.Pos) tset {
	pa := u.pa
	at := field.Pos()
	if field.Pkg() != pa.pass.Pkg {
		at = pos
	}
	key := fieldSourceKey{field, at}
	if a, ok := pa.fieldSources[key]; ok {
		if a == nil {
			return nil
		}
		return tset{a}
	}
	var a *atom
	owner := shortType(structOf(structType))
	desc, lab, nameBased := pa.fieldFaceData(structType, field)
	if desc != "" {
		o := Origin{Desc: "field " + owner + "." + field.Name() + " (" + desc + ")", Posn: pa.posn(at), Label: uint8(lab), NameBased: nameBased, Declared: !nameBased}
		a = &atom{param: -1, org: pa.internOrigin(o, at), lab: lab}
		a.path = a.path.then(at, o.Posn, "face "+lab.String()+" from "+o.Desc)
	}
	pa.fieldSources[key] = a
	if a == nil {
		return nil
	}
	return tset{a}
}

type fieldSourceKey struct {
	field *types.Var
	at    token.Pos
}

// fieldFaceData says whether a field is face data by itself, and why: its
// declaration (directive, fact, model), its type, or its name (nameBased).
// A face-data type decides the label over a name.
func (pa *pkgAnalysis) fieldFaceData(structType types.Type, field *types.Var) (desc string, lab label, nameBased bool) {
	if l := pa.faceDataLabel(field); l != "" {
		return "declared face data", labelOf(rules.Label(l)), false
	}
	if l := pa.models.faceFields[pa.fieldKey(structOf(structType), field)]; l != "" {
		return "declared face data", labelOf(l), false
	}
	if l, ok := pa.typeLabel(field.Type(), 0); ok {
		return "of type " + shortType(field.Type()), l, false
	}
	if !imageCarrier(field.Type()) {
		return "", 0, false
	}
	return pa.fieldFaceDataByName(structType, field)
}

// fieldFaceDataByName says whether a field's tags or name say face data,
// whatever its type can hold.
func (pa *pkgAnalysis) fieldFaceDataByName(structType types.Type, field *types.Var) (desc string, lab label, nameBased bool) {
	if !pa.nameSources() {
		return "", 0, false
	}
	st, _ := structOf(structType).Underlying().(*types.Struct)
	if st == nil {
		return "", 0, false
	}
	var t types.Type
	if imageCarrier(field.Type()) {
		t = field.Type()
	}
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i) != field {
			continue
		}
		for _, name := range pa.fieldNames(field, st.Tag(i)) {
			if l, ok := pa.nameLabel(name, t); ok {
				return quote(name), l, true
			}
		}
	}
	return "", 0, false
}

// fieldNames returns the names a field is known by in requests and tables:
// the names of its configured tags (gorm's column and comment included),
// and its own name when it has none of them.
func (pa *pkgAnalysis) fieldNames(field *types.Var, tag string) []string {
	var names []string
	for _, key := range pa.set.Upload.Tags {
		v, ok := reflect.StructTag(tag).Lookup(key)
		if !ok {
			continue
		}
		if key == "gorm" {
			for _, part := range strings.Split(v, ";") {
				k, val, _ := strings.Cut(part, ":")
				if (k == "column" || k == "comment") && val != "" {
					names = append(names, val)
				}
			}
			continue
		}
		if name := strings.Split(v, ",")[0]; name != "" && name != "-" {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		names = append(names, field.Name())
	}
	// A name that says path, URL or key anywhere (a gorm comment
	// "人脸照路径") is not face data, whatever the others say.
	for _, n := range names {
		if pa.set.Upload.ExcludeRE.MatchString(snake(n)) {
			return nil
		}
	}
	return names
}

// lookupSource returns the atom of an upload read from a request map by a
// constant name: r.MultipartForm.File["selfie"], r.Form["face"].
func (u *unit) lookupSource(x *ssa.Lookup) tset {
	if !u.pa.nameSources() {
		return nil
	}
	name, ok := constString(x.Index)
	if !ok {
		return nil
	}
	m, ok := x.X.Type().Underlying().(*types.Map)
	if !ok || !imageCarrier(m.Elem()) {
		return nil
	}
	lab, ok := u.pa.nameLabel(name, m.Elem())
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

// typeLabel returns the label of a type declared face data (or built from
// one: pointers, slices, maps, struct fields).
func (pa *pkgAnalysis) typeLabel(t types.Type, depth int) (label, bool) {
	d := pa.typeDecl(t, depth)
	if d == nil {
		return 0, false
	}
	return d.lab, true
}

// typeDecl is what makes a type face data: the declaration of a type or
// field, with its label.
type typeDecl struct {
	lab  label
	desc string // e.g. "value of type face.Descriptor"
}

// typeDecl returns why values of type t are face data, or nil.
func (pa *pkgAnalysis) typeDecl(t types.Type, depth int) *typeDecl {
	if depth > 2 {
		return nil
	}
	if d, ok := pa.typeDecls[t]; ok {
		return d
	}
	pa.typeDecls[t] = nil // cycle guard
	var d *typeDecl
	switch x := types.Unalias(t).(type) {
	case *types.Named:
		obj := x.Origin().Obj()
		l := pa.faceDataLabel(obj)
		if l == "" {
			if name, ok := namedPath(x); ok {
				l = string(pa.models.faceTypes[pa.canonical(name)])
			}
		}
		if l != "" {
			d = &typeDecl{lab: labelOf(rules.Label(l)), desc: "value of type " + shortType(x)}
		} else if st, ok := x.Underlying().(*types.Struct); ok {
			d = pa.structDecl(st, depth)
		}
	case *types.Pointer:
		d = pa.typeDecl(x.Elem(), depth)
	case *types.Slice:
		d = pa.typeDecl(x.Elem(), depth)
	case *types.Array:
		d = pa.typeDecl(x.Elem(), depth)
	case *types.Map:
		d = pa.typeDecl(x.Elem(), depth)
	case *types.Struct:
		d = pa.structDecl(x, depth)
	}
	pa.typeDecls[t] = d
	return d
}

// declaredType reports whether a named type itself is declared face data
// (not only through its fields).
func (pa *pkgAnalysis) declaredType(n *types.Named) bool {
	if pa.faceDataLabel(n.Origin().Obj()) != "" {
		return true
	}
	name, ok := namedPath(n)
	return ok && pa.models.faceTypes[pa.canonical(name)] != ""
}

func (pa *pkgAnalysis) structDecl(st *types.Struct, depth int) *typeDecl {
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if l := pa.faceDataLabel(f); l != "" {
			return &typeDecl{lab: labelOf(rules.Label(l)), desc: "field " + f.Name() + " declared face data"}
		}
		if d := pa.typeDecl(f.Type(), depth+1); d != nil {
			return &typeDecl{lab: d.lab, desc: "field " + f.Name() + " holding a " + strings.TrimPrefix(d.desc, "value of type ")}
		}
	}
	return nil
}

// declaredAt returns the atom of a value of a face-data type, produced at
// pos (a parameter, a call, a load): the origin is where the value comes
// from in the analysed code, not the type's declaration.
func (pa *pkgAnalysis) declaredAt(t types.Type, pos token.Pos) *atom {
	d := pa.typeDecl(t, 0)
	if d == nil {
		return nil
	}
	key := declaredKey{t, pos}
	if a, ok := pa.declAtoms[key]; ok {
		return a
	}
	posn := pa.posn(pos)
	o := Origin{Desc: d.desc + " (declared face data)", Posn: posn, Label: uint8(d.lab), Declared: true}
	a := &atom{param: -1, org: pa.internOrigin(o, pos), lab: d.lab}
	a.path = a.path.then(pos, posn, "face "+d.lab.String()+" in a "+o.Desc)
	pa.declAtoms[key] = a
	return a
}

type declaredKey struct {
	t   types.Type
	pos token.Pos
}
