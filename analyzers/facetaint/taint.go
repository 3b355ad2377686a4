package facetaint

import (
	"go/token"
	"strings"

	"github.com/facelint/facelint/rules"
)

// label is what an atom carries.
type label uint8

const (
	labelImage    label = 1 << iota // face image
	labelTemplate                   // face template
	labelInsecure                   // a plaintext transport (not face data)
	labelMaybe                      // may be a face image: face data once it reaches a face API
	labelEndpoint                   // the URL of a remote face API (not face data)
)

func (l label) face() bool { return l&(labelImage|labelTemplate) != 0 }

func (l label) String() string {
	switch l {
	case labelImage:
		return "image"
	case labelTemplate:
		return "template"
	case labelInsecure:
		return "insecure"
	case labelMaybe:
		return "candidate"
	case labelEndpoint:
		return "endpoint"
	}
	return "?"
}

func labelOf(l rules.Label) label {
	if l == rules.LabelTemplate {
		return labelTemplate
	}
	return labelImage
}

// aflags are transformations an atom went through.
type aflags uint8

const (
	fExtracted aflags = 1 << iota // symbolic atoms: an extractor turned the input into a template
	fEncrypted                    // encrypted
	fDecrypted                    // symbolic atoms: decrypted after the input
	fConsented                    // went through a point guarded by separate consent
)

func (f aflags) String() string {
	var parts []string
	for _, x := range []struct {
		f    aflags
		name string
	}{{fExtracted, "extracted"}, {fEncrypted, "encrypted"}, {fDecrypted, "decrypted"}, {fConsented, "consented"}} {
		if f&x.f != 0 {
			parts = append(parts, x.name)
		}
	}
	return strings.Join(parts, ",")
}

// then composes transformation g applied after f.
func (f aflags) then(g aflags) aflags {
	out := f | g&(fExtracted|fConsented)
	switch {
	case g&fEncrypted != 0:
		out = out&^fDecrypted | fEncrypted
	case g&fDecrypted != 0:
		out = out&^fEncrypted | fDecrypted
	}
	return out
}

// origin is where concrete data comes from, in memory.
type origin struct {
	Origin
	pos token.Pos // the source call, when it is in the analysed package
	key string
}

func newOrigin(o Origin, pos token.Pos) *origin {
	return &origin{Origin: o, pos: pos, key: o.Posn + "|" + o.Desc}
}

// atom is one piece of taint: concrete (org != nil) or standing for input
// param of the function being summarised.
type atom struct {
	param int // -1 when concrete
	org   *origin
	lab   label // concrete atoms only
	flags aflags
	path  *step
}

func (a *atom) sameKey(b *atom) bool {
	if a.param != b.param || a.lab != b.lab || a.flags != b.flags {
		return false
	}
	return a.param >= 0 || a.org == b.org || a.org.key == b.org.key
}

func (a *atom) face() bool { return a.param >= 0 || a.lab.face() }

// maybe reports whether a is a candidate: data that may be a face image.
func (a *atom) maybe() bool { return a.param < 0 && a.lab == labelMaybe }

// step is a path, as an immutable linked list (newest last): a node is one
// step, or (inner != nil) the steps of another path, shared rather than
// copied: summaries are applied at every call, and paths are read only for
// findings and facts.
type step struct {
	pos   token.Pos // in the analysed package, or token.NoPos
	posn  string    // file:line:col, always set
	desc  string
	inner *step
	prev  *step
	n     int // steps in the path
}

// maxPath bounds the steps recorded for one atom; later steps are dropped
// (the source and the sink are always known).
const maxPath = 24

func (s *step) len() int {
	if s == nil {
		return 0
	}
	return s.n
}

func (s *step) then(pos token.Pos, posn, desc string) *step {
	if s.len() >= maxPath {
		return s
	}
	return &step{pos: pos, posn: posn, desc: desc, prev: s, n: s.len() + 1}
}

// list returns the steps oldest first.
func (s *step) list() []*step {
	var out []*step
	var walk func(s *step)
	walk = func(s *step) {
		if s == nil {
			return
		}
		walk(s.prev)
		if s.inner != nil {
			walk(s.inner)
		} else {
			out = append(out, s)
		}
	}
	walk(s)
	return out
}

// appendSteps appends fact steps to a path.
func (s *step) appendSteps(steps []Step) *step {
	for _, x := range steps {
		s = s.then(token.NoPos, x.Posn, x.Desc)
	}
	return s
}

// appendPath returns s followed by the steps of t, sharing t when the
// whole fits in maxPath steps (paths through mutually recursive functions
// would otherwise grow with every round).
func (s *step) appendPath(t *step) *step {
	if t == nil || s.len() >= maxPath {
		return s
	}
	if s.len()+t.len() <= maxPath {
		return &step{inner: t, prev: s, n: s.len() + t.len()}
	}
	for _, x := range t.list() {
		s = s.then(x.pos, x.posn, x.desc)
	}
	return s
}

// tset is a small set of atoms in insertion order. Sets are immutable once
// shared: add returns a new slice when it changes.
type tset []*atom

// maxAtoms bounds the atoms one value carries, to bound the work per
// function; atoms past the bound are dropped deterministically (the first
// ones found are kept).
const maxAtoms = 16

func (t tset) has(a *atom) bool {
	for _, b := range t {
		if b.sameKey(a) {
			return true
		}
	}
	return false
}

// union returns t with the atoms of u it lacks, and whether it grew.
func (t tset) union(u tset) (tset, bool) {
	grown := false
	for _, a := range u {
		if len(t) >= maxAtoms {
			break
		}
		if !t.has(a) {
			if !grown {
				t = append(tset(nil), t...)
				grown = true
			}
			t = append(t, a)
		}
	}
	return t, grown
}

// unionAll returns t with the atoms of u, whether it grew or not.
func (t tset) unionAll(u tset) tset {
	out, _ := t.union(u)
	return out
}

func (t tset) hasFace() bool {
	for _, a := range t {
		if a.face() {
			return true
		}
	}
	return false
}

// hasData reports whether t holds face data, inputs, or candidates: what a
// sink records.
func (t tset) hasData() bool {
	for _, a := range t {
		if a.face() || a.maybe() {
			return true
		}
	}
	return false
}

// only returns the atoms of t with a label in mask (concrete atoms only).
func (t tset) only(mask label) tset {
	var out tset
	for _, a := range t {
		if a.param < 0 && a.lab&mask != 0 {
			out = append(out, a)
		}
	}
	return out
}

// mapAtoms returns the atoms transformed by f (nil results dropped).
func (t tset) mapAtoms(f func(*atom) *atom) tset {
	var out tset
	for _, a := range t {
		if b := f(a); b != nil {
			out, _ = out.union(tset{b})
		}
	}
	return out
}

// withStep returns the atoms with one more path step.
func (t tset) withStep(pos token.Pos, posn, desc string) tset {
	if len(t) == 0 {
		return nil
	}
	return t.mapAtoms(func(a *atom) *atom {
		b := *a
		b.path = a.path.then(pos, posn, desc)
		return &b
	})
}

// transform applies flags to every atom (an extractor, a sanitizer, a
// consent guard).
func (t tset) transform(f aflags) tset {
	return t.mapAtoms(func(a *atom) *atom { return a.apply(f) })
}

// apply returns a with the transformation f applied.
func (a *atom) apply(f aflags) *atom {
	b := *a
	if a.param >= 0 {
		b.flags = a.flags.then(f)
		return &b
	}
	if !a.lab.face() && !a.maybe() {
		return a
	}
	if f&fExtracted != 0 && (a.lab == labelImage || a.maybe()) {
		b.lab = labelTemplate
	}
	b.flags = a.flags.then(f&^fExtracted) &^ fDecrypted
	return &b
}
