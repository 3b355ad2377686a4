package facetaint

import (
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/facelint/facelint/rules"
)

// A record written whole writes its face fields.
//
// What a sink (or an encoding propagator such as json.Marshal) receives is
// the content of its payload values. When a payload is a struct, or a
// pointer to one, and the sink's model says how it encodes values, the
// sink writes exactly the fields that encoding writes: fmt every field but
// not what nested pointers point to (it prints their addresses), JSON and
// ORMs the exported fields that their tags do not skip, following
// pointers. Those fields bring the face data stored in them, the face data
// they hold by declaration, type or name, and face data stored in them
// anywhere in the package; what is stored in a field the encoding does not
// write (a recognizer handle, a json:"-" field) is not written.

// payload returns the taint that the values of roles bring into a call,
// read with an encoding.
func (u *unit) payload(c *ssa.CallCommon, args []ssa.Value, roles []rules.Role, enc rules.Encoding) tset {
	var t tset
	for _, r := range roles {
		kind, n, _ := r.Parse()
		if kind == rules.RoleResult {
			continue
		}
		v := roleValue(c, args, kind, n)
		if v == nil {
			continue
		}
		if path := r.Path(); path != nil {
			t, _ = t.union(u.fieldPath(v, path))
			continue
		}
		vals := []ssa.Value{v}
		var verbs []rune
		if kind == rules.RoleVariadic {
			if elems := variadicElems(v); elems != nil {
				vals = elems
				if enc == rules.EncodingFmt {
					verbs = formatVerbs(c, args)
				}
			}
		}
		for i, x := range vals {
			if i < len(verbs) && (verbs[i] == 'T' || verbs[i] == 'p') {
				continue // a type name or an address, not the value
			}
			t, _ = t.union(u.written(x, enc))
		}
	}
	return t
}

// sentPayload returns what is sent on the channel a sink call returns, for
// its "sent" payload roles (sarama's producer.Input() <- msg): the sends on
// the call's result, directly or through a variable.
func (u *unit) sentPayload(instr ssa.CallInstruction, sk *rules.Sink) tset {
	var roles []rules.Role
	for _, r := range sk.Payload {
		if kind, _, _ := r.Parse(); kind == rules.RoleSent {
			roles = append(roles, r)
		}
	}
	ch := callValue(instr)
	if len(roles) == 0 || ch == nil {
		return nil
	}
	var t tset
	for _, ref := range *ch.Referrers() {
		send, ok := ref.(*ssa.Send)
		if !ok || send.Chan != ch {
			continue
		}
		for _, r := range roles {
			if path := r.Path(); path != nil {
				t, _ = t.union(u.fieldPath(send.X, path))
			} else {
				t, _ = t.union(u.written(send.X, sk.Encoding))
			}
		}
	}
	return t
}

// formatVerbs returns the verb of each argument of a fmt-style call whose
// format (the parameter before the variadic one) is a constant, or nil.
func formatVerbs(c *ssa.CallCommon, args []ssa.Value) []rune {
	sig := signatureOf(c)
	if !sig.Variadic() || sig.Params().Len() < 2 || len(args) < 2 {
		return nil
	}
	f, ok := constString(args[len(args)-2])
	if !ok || strings.Contains(f, "[") {
		return nil
	}
	var verbs []rune
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		i++
		for i < len(f) && strings.IndexByte("+-# 0.123456789*", f[i]) >= 0 {
			if f[i] == '*' {
				verbs = append(verbs, '*')
			}
			i++
		}
		if i < len(f) && f[i] != '%' {
			verbs = append(verbs, rune(f[i]))
		}
	}
	return verbs
}

// written returns the taint a value brings when it is written with an
// encoding.
func (u *unit) written(v ssa.Value, enc rules.Encoding) tset {
	x := strip(v)
	st := structUnder(x.Type())
	if enc == rules.EncodingAll || st == nil {
		return u.arg(v)
	}
	fields := u.pa.writtenFields(x.Type(), enc)
	in := func(f *types.Var) bool {
		for _, w := range fields {
			if w.field == f {
				return true
			}
		}
		return false
	}
	var t tset
	base := x
	if un, ok := x.(*ssa.UnOp); ok && un.Op == token.MUL && !isReference(x.Type()) {
		base = un.X // a struct loaded from memory: read its fields there
	} else {
		t, _ = t.union(u.val(x))
	}
	pos := posOf(u.cur)
	posn := u.pa.posn(pos)
	inner := base
	if fa, ok := base.(*ssa.FieldAddr); ok {
		// a struct held in a field (f.Rectangle): what the field holds, not
		// what the rest of its container does
		t, _ = t.union(u.loadField(fa.X, fa.X.Type(), fa.Field, pos))
		inner = fa.X
	} else if fa := refField(base); fa != nil {
		// a struct a field points to (res.Image.BoundingBox): val(base)
		// is what the field holds; its fields are read below
		inner = fa.X
	} else if ia, ok := base.(*ssa.IndexAddr); ok && refField(ia.X) != nil {
		// an element of a slice a field holds (resp.Faces[0])
		t, _ = t.union(u.content(ia.X))
		inner = refField(ia.X).X
	}
	for _, r := range u.rootsOf(inner) {
		if inner == base {
			if r != base {
				t, _ = t.union(u.val(r))
			}
			t, _ = t.union(u.objs[r])
		}
		for _, slot := range u.byRoot[r] {
			if in(slot.field) {
				t, _ = t.union(u.fields[slot].withStep(pos, posn, "in field "+slot.field.Name()))
			}
		}
	}
	local := u.localObject(base)
	for _, w := range fields {
		if !local {
			t, _ = t.union(u.pa.fieldTaintOf(w.field).withStep(pos, posn, "in field "+w.owner+"."+w.field.Name()))
		}
		t, _ = t.union(u.fieldSource(w.structType, w.field, pos))
	}
	if n, ok := types.Unalias(structOf(x.Type())).(*types.Named); ok && u.pa.declaredType(n) {
		t, _ = t.union(tset{u.pa.declaredAt(x.Type(), u.valuePos(x))})
	}
	return t
}

// fieldPath returns the taint of a field path of the struct v points to
// (a sink's "arg1.Body"): the path follows the payload, not its
// neighbours.
func (u *unit) fieldPath(v ssa.Value, path []string) tset {
	x := strip(v)
	t := x.Type()
	var field *types.Var
	var owner types.Type
	for _, name := range path {
		st := structUnder(t)
		if st == nil {
			return u.arg(v)
		}
		owner = t
		field = nil
		for i := 0; i < st.NumFields(); i++ {
			if st.Field(i).Name() == name {
				field = st.Field(i)
			}
		}
		if field == nil {
			return u.arg(v)
		}
		t = field.Type()
	}
	base := x
	if un, ok := x.(*ssa.UnOp); ok && un.Op == token.MUL && !isReference(x.Type()) {
		base = un.X
	}
	var out tset
	if !u.localObject(base) {
		out = u.pa.fieldTaintOf(field)
	}
	out, _ = out.union(u.fieldSource(owner, field, posOf(u.cur)))
	for _, r := range u.rootsOf(base) {
		out, _ = out.union(u.objs[r])
		out, _ = out.union(u.fields[fieldSlot{r, field}])
	}
	return out
}

// structUnder returns the struct type of t, of what t points to, or of
// t's elements (a slice of records), or nil.
func structUnder(t types.Type) *types.Struct {
	for i := 0; i < 3; i++ {
		switch x := t.Underlying().(type) {
		case *types.Struct:
			return x
		case *types.Pointer:
			t = x.Elem()
		case *types.Slice:
			t = x.Elem()
		case *types.Array:
			t = x.Elem()
		case *types.Map:
			t = x.Elem()
		default:
			return nil
		}
	}
	return nil
}

// writtenField is a field an encoding writes.
type writtenField struct {
	field      *types.Var
	structType types.Type // the struct that declares it
	owner      string     // its name, for messages
}

// maxWritten bounds the fields of one written type.
const maxWritten = 96

// writtenFields returns the fields of a struct type (nested ones
// included) that an encoding writes.
func (pa *pkgAnalysis) writtenFields(t types.Type, enc rules.Encoding) []writtenField {
	key := writtenKey{t, enc}
	if w, ok := pa.writtenMemo[key]; ok {
		return w
	}
	var out []writtenField
	seen := map[types.Type]bool{}
	var walk func(t types.Type, depth int, top bool)
	walk = func(t types.Type, depth int, top bool) {
		if depth > 4 || len(out) >= maxWritten || seen[t] {
			return
		}
		switch x := t.Underlying().(type) {
		case *types.Pointer:
			if enc == rules.EncodingFmt && !top {
				return // fmt prints a nested pointer's address
			}
			walk(x.Elem(), depth, top)
			return
		case *types.Slice:
			walk(x.Elem(), depth, false)
			return
		case *types.Array:
			walk(x.Elem(), depth, false)
			return
		case *types.Map:
			walk(x.Elem(), depth, false)
			return
		case *types.Struct:
			seen[t] = true
			defer delete(seen, t)
			owner := shortType(t)
			for i := 0; i < x.NumFields() && len(out) < maxWritten; i++ {
				f := x.Field(i)
				if !encodes(enc, f, x.Tag(i)) {
					continue
				}
				if _, ptr := f.Type().Underlying().(*types.Pointer); ptr && enc == rules.EncodingFmt {
					continue // fmt prints a nested pointer's address, not what it points to
				}
				out = append(out, writtenField{field: f, structType: t, owner: owner})
				walk(f.Type(), depth+1, false)
			}
		}
	}
	walk(t, 0, true)
	pa.writtenMemo[key] = out
	return out
}

// fieldsUnder returns the fields of the struct types a type holds (through
// pointers, containers and nested structs).
func (pa *pkgAnalysis) fieldsUnder(t types.Type) map[*types.Var]bool {
	if m, ok := pa.underMemo[t]; ok {
		return m
	}
	m := map[*types.Var]bool{}
	for _, w := range pa.writtenFields(t, rules.EncodingAll) {
		m[w.field] = true
	}
	pa.underMemo[t] = m
	return m
}

type writtenKey struct {
	t   types.Type
	enc rules.Encoding
}

// encodes reports whether an encoding writes a field.
func encodes(enc rules.Encoding, f *types.Var, tag string) bool {
	switch enc {
	case rules.EncodingJSON:
		if !f.Exported() && !f.Embedded() {
			return false
		}
		name, _, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ",")
		return name != "-"
	case rules.EncodingDB:
		if !f.Exported() && !f.Embedded() {
			return false
		}
		gorm := reflect.StructTag(tag).Get("gorm")
		if gorm == "-" || strings.HasPrefix(gorm, "-:") {
			return false
		}
		return reflect.StructTag(tag).Get("db") != "-"
	}
	return true
}
