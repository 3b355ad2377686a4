package facetaint

import (
	"go/token"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/facelint/facelint/rules"
)

// Face data at rest is still face data.
//
// A read through a modelled store ([[read]]: a row, a document, a cached
// value, an object's body, a file) brings back face data when what it
// reads held face data: a field (column) of the row that this program
// stored face data into, or that is face data by declaration, type or
// name; or a key, object name or path under which this package stored face
// data (compared by their constant prefix), or whose name says face. The
// data read is a new source: its path starts at the read and says where it
// was stored.

// read applies a read from a store.
func (u *unit) read(instr ssa.CallInstruction, c *ssa.CallCommon, args []ssa.Value, r *rules.Read, name string) {
	pos := c.Pos()
	for _, role := range r.Out {
		kind, n, _ := role.Parse()
		if kind == rules.RoleResult {
			res := callValue(instr)
			if res == nil {
				continue
			}
			t := resultType(res, n)
			if structUnder(t) != nil {
				u.readRecord(res, t, name, pos)
			}
			if a := u.readKey(c, args, r.Key, name, pos); a != nil {
				// the value read by key, also when the result is an object
				// that holds it (a command's reply, an object's body)
				u.setResult(res, n, tset{a})
				if _, tuple := res.Type().(*types.Tuple); !tuple {
					for _, root := range u.rootsOf(res) {
						u.storeSlot(root, nil, tset{a})
					}
				}
			}
			continue
		}
		v := roleValue(c, args, kind, n)
		if v == nil {
			continue
		}
		vals := []ssa.Value{v}
		if kind == rules.RoleVariadic {
			if elems := variadicElems(v); elems != nil {
				vals = elems
			}
		}
		for _, x := range vals {
			x = strip(x) // db.First(&u): an any holding &u
			if fa, ok := x.(*ssa.FieldAddr); ok {
				// rows.Scan(&u.ID, &u.Face): a column read into a field
				u.readColumn(fa, name, pos)
				continue
			}
			if structUnder(x.Type()) != nil {
				u.readRecord(x, x.Type(), name, pos)
			} else if a := u.readKey(c, args, r.Key, name, pos); a != nil {
				u.storeInto(x, tset{a})
			}
		}
	}
}

// resultType returns the type of result n of a call (-1: the first).
func resultType(res ssa.Value, n int) types.Type {
	if tup, ok := res.Type().(*types.Tuple); ok {
		if n < 0 {
			n = 0
		}
		if n < tup.Len() {
			return tup.At(n).Type()
		}
		return nil
	}
	return res.Type()
}

// readRecord marks the face fields of a record read back into v.
func (u *unit) readRecord(v ssa.Value, t types.Type, name string, pos token.Pos) {
	for _, w := range u.pa.writtenFields(t, rules.EncodingDB) {
		a := u.restAtom(w.structType, w.field, name, pos)
		if a == nil {
			continue
		}
		for _, r := range u.rootsOf(v) {
			u.storeSlot(r, w.field, tset{a})
		}
	}
}

// readColumn marks a field that a column is scanned into.
func (u *unit) readColumn(fa *ssa.FieldAddr, name string, pos token.Pos) {
	field := fieldVar(fa.X.Type(), fa.Field)
	if field == nil {
		return
	}
	if a := u.restAtom(fa.X.Type(), field, name, pos); a != nil {
		u.storeInto(fa, tset{a})
	}
}

// restAtom returns the atom of face data read back into a field: the field
// held face data in this program, or is face data by declaration, type or
// name.
func (u *unit) restAtom(structType types.Type, field *types.Var, name string, pos token.Pos) *atom {
	var lab label
	where := ""
	for _, a := range u.pa.fieldTaintOf(field) {
		if a.lab.face() || a.maybe() && u.pa.promoted[a.org.key] != nil {
			lab = a.lab
			if a.maybe() {
				lab = labelImage
			}
			if steps := a.path.list(); len(steps) > 0 {
				where = ", stored at " + shortPosn(steps[len(steps)-1].posn)
			}
			break
		}
	}
	if lab == 0 {
		desc, l, _ := u.pa.fieldFaceData(structType, field)
		if desc == "" {
			return nil
		}
		lab = l
	}
	owner := shortType(structOf(structType))
	return u.atRest(lab, "field "+owner+"."+field.Name()+" read back by "+name+where, pos)
}

// readKey returns the atom of a value read by key (a cache entry, an
// object, a file) when the key says face data, or nil.
func (u *unit) readKey(c *ssa.CallCommon, args []ssa.Value, key rules.Role, name string, pos token.Pos) *atom {
	if key == "" {
		return nil
	}
	kind, n, _ := key.Parse()
	prefix := keyPrefix(roleValue(c, args, kind, n), 0)
	if len(prefix) < minKeyPrefix {
		return nil
	}
	if w, ok := u.pa.faceKeys[prefix]; ok {
		return u.atRest(w.lab, "value of key "+quote(prefix+"...")+" read back by "+name+", stored at "+shortPosn(w.posn), pos)
	}
	for _, part := range strings.FieldsFunc(prefix, func(r rune) bool { return r == '/' || r == ':' || r == '.' || r == '-' }) {
		if lab, ok := u.pa.nameLabel(part, nil); ok && u.pa.nameSources() {
			return u.atRest(lab, "value of key "+quote(prefix+"...")+" read back by "+name, pos)
		}
	}
	return nil
}

// atRest makes the atom of face data read back from a store.
func (u *unit) atRest(lab label, desc string, pos token.Pos) *atom {
	posn := u.pa.posn(pos)
	o := Origin{Desc: desc, Posn: posn, Label: uint8(lab)}
	a := &atom{param: -1, org: u.pa.internOrigin(o, pos), lab: lab}
	a.path = a.path.then(pos, posn, "face "+lab.String()+" from the "+desc)
	return a
}

// faceKey is a key prefix under which the package stored face data.
type faceKey struct {
	lab  label
	posn string // the write
}

// recordFaceKey remembers the key prefix of a write of face data.
func (u *unit) recordFaceKey(c *ssa.CallCommon, args []ssa.Value, key rules.Role, payload tset, posn string) {
	if key == "" {
		return
	}
	kind, n, _ := key.Parse()
	prefix := keyPrefix(roleValue(c, args, kind, n), 0)
	if len(prefix) < minKeyPrefix {
		return
	}
	for _, a := range payload {
		lab := a.lab
		if a.maybe() && u.pa.promoted[a.org.key] != nil {
			lab = labelImage
		}
		if a.param < 0 && lab.face() {
			if _, ok := u.pa.faceKeys[prefix]; !ok {
				u.pa.faceKeys[prefix] = faceKey{lab: lab, posn: posn}
				u.pa.fieldGrew = true // reads analysed earlier may now see it
			}
			return
		}
	}
}

// minKeyPrefix is the shortest key prefix that tells keys apart.
const minKeyPrefix = 3

// keyPrefix returns the constant prefix of a key expression: a constant,
// a concatenation or a fmt.Sprintf format that starts with one, cut at its
// first verb.
func keyPrefix(v ssa.Value, depth int) string {
	if v == nil || depth > 4 {
		return ""
	}
	v = strip(v)
	if s, ok := constString(v); ok {
		return s
	}
	switch x := v.(type) {
	case *ssa.BinOp:
		if x.Op == token.ADD {
			return keyPrefix(x.X, depth+1)
		}
	case *ssa.Call:
		if fn := x.Call.StaticCallee(); fn != nil && fn.Pkg != nil && fn.Pkg.Pkg.Path() == "fmt" && fn.Name() == "Sprintf" && len(x.Call.Args) > 0 {
			if f, ok := constString(x.Call.Args[0]); ok {
				if i := strings.IndexByte(f, '%'); i >= 0 {
					f = f[:i]
				}
				return f
			}
		}
	}
	return ""
}

// shortPosn shortens file:line:col to the file's base name and line, for
// messages (the path of the finding has the full position).
func shortPosn(posn string) string {
	file, rest, ok := strings.Cut(posn, ":")
	for ok && strings.Count(rest, ":") > 1 {
		var more string
		more, rest, _ = strings.Cut(rest, ":")
		file += ":" + more
	}
	line, _, _ := strings.Cut(rest, ":")
	return filepath.Base(file) + ":" + line
}
