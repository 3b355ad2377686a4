package facetaint

import (
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/facelint/facelint/rules"
)

// unit is the taint analysis of a declared function together with its
// anonymous functions: they share one flow-insensitive abstract state, so
// closures see (and update) what they capture.
type unit struct {
	pa   *pkgAnalysis
	root *ssa.Function
	fns  []*ssa.Function

	vals    map[ssa.Value]tset
	tuples  map[ssa.Value][]tset
	objs    map[ssa.Value]tset // content of an object (by its root value)
	fields  map[fieldSlot]tset // content of a field of an object
	byRoot  map[ssa.Value][]fieldSlot
	anonRet map[*ssa.Function]tset // results of anonymous functions
	// callSizes is the size of the inputs each call was last applied with.
	callSizes map[ssa.CallInstruction]int
	writers   map[ssa.Value]writer // resolved writer sinks
	order     []*ssa.BasicBlock    // blocks of the unit's functions, in the order of passes
	straight  bool                 // one function, no cycle: see analyse
	round     int                  // the current pass
	// memChanged says the pass changed objects, fields or closure results,
	// which instructions earlier in the pass may have read.
	memChanged bool
	roots      map[ssa.Value][]ssa.Value
	fvBind     map[*ssa.FreeVar][]ssa.Value
	changed    bool

	results  []tset       // per result of root
	inOuts   map[int]tset // content stored into the objects of root's inputs
	events   []*event
	captures []capturePoint
	// routeCaptures are captures of handlers of other packages registered
	// in the unit with no consent middleware (found by the route phase).
	routeCaptures []capturePoint
	cur           ssa.Instruction // the instruction being applied
}

// fieldSlot is a field of the object rooted at a value.
type fieldSlot struct {
	root  ssa.Value
	field *types.Var
}

// capturePoint is a call (or a request-map read) that captures face data.
type capturePoint struct {
	instr     ssa.Instruction
	desc      string
	lab       label
	nameBased bool
	path      *step // inside the callee, for calls into capturing functions
	posn      string
	// cand is set for the capture of a candidate (an upload under any
	// name): it captures face data only if the candidate is promoted.
	cand string
	// data are the origins of the data a face API call processes, and
	// params the function's inputs it processes: calls on the same data
	// are one capture.
	data   []string
	params []int
	// wired marks the capture of a handler of another package wired here
	// (a route registration, a handler value): it is checked here, where
	// the middleware of the route is visible, not left to the callers.
	wired bool
	// consented marks the capture of a handler registered behind consent
	// middleware (wired is then set too).
	consented bool
}

// maxRounds bounds the local fixed-point iteration of a unit.
const maxRounds = 12

// analyse computes the unit's state and its summary. For a recursive unit
// it reports whether the summary changed (another round is then needed).
func (u *unit) analyse(recursive bool) bool {
	// The taint state starts afresh; maps written by few functions are
	// made when first written.
	u.vals = map[ssa.Value]tset{}
	u.callSizes = map[ssa.CallInstruction]int{}
	u.tuples, u.objs, u.fields, u.byRoot, u.anonRet, u.inOuts = nil, nil, nil, nil, nil, nil
	u.results = make([]tset, u.root.Signature.Results().Len())
	u.events = nil
	u.captures = append([]capturePoint(nil), u.routeCaptures...)
	if u.roots == nil { // what depends only on SSA and models is kept
		u.writers = map[ssa.Value]writer{}
		u.roots = map[ssa.Value][]ssa.Value{}
		u.fvBind = map[*ssa.FreeVar][]ssa.Value{}
		u.bindFreeVars()
	}
	for i, p := range u.inputs() {
		if canCarry(p.Type()) {
			a := tset{&atom{param: i}}
			if c := u.paramCandidate(i, p); c != nil {
				a = append(a, c)
			}
			u.vals[p] = a
			u.setObj(p, a)
		}
	}
	if u.order == nil {
		u.order, u.straight = blockOrder(u.fns)
	}
	for round := 0; round < maxRounds; round++ {
		u.round = round
		u.changed, u.memChanged = false, false
		for _, b := range u.order {
			for _, instr := range b.Instrs {
				u.cur = instr
				u.transfer(instr)
			}
		}
		// A pass in topological order over straight-line code whose objects
		// did not change read every value after it was final.
		if !u.changed || u.straight && !u.memChanged {
			break
		}
	}
	return u.summarise(recursive)
}

// blockOrder returns the blocks of the unit's functions, each function's in
// reverse postorder (definitions before uses on acyclic paths), and whether
// the unit is straight: one function with no cycle.
func blockOrder(fns []*ssa.Function) ([]*ssa.BasicBlock, bool) {
	var order []*ssa.BasicBlock
	straight := len(fns) == 1
	for _, fn := range fns {
		if len(fn.Blocks) == 0 {
			continue
		}
		state := map[*ssa.BasicBlock]int{} // 1: on the DFS stack, 2: done
		var post []*ssa.BasicBlock
		var visit func(b *ssa.BasicBlock)
		visit = func(b *ssa.BasicBlock) {
			state[b] = 1
			for _, s := range b.Succs {
				switch state[s] {
				case 0:
					visit(s)
				case 1:
					straight = false // a back edge
				}
			}
			state[b] = 2
			post = append(post, b)
		}
		visit(fn.Blocks[0])
		if fn.Recover != nil && state[fn.Recover] == 0 {
			visit(fn.Recover)
		}
		for i := len(post) - 1; i >= 0; i-- {
			order = append(order, post[i])
		}
		for _, b := range fn.Blocks { // unreachable blocks, for completeness
			if state[b] == 0 {
				order = append(order, b)
				straight = false
			}
		}
	}
	return order, straight
}

// inputs are the root's parameters (receiver first).
func (u *unit) inputs() []*ssa.Parameter { return u.root.Params }

func (u *unit) bindFreeVars() {
	for _, fn := range u.fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				mc, ok := instr.(*ssa.MakeClosure)
				if !ok {
					continue
				}
				anon := mc.Fn.(*ssa.Function)
				for i, fv := range anon.FreeVars {
					if i < len(mc.Bindings) {
						u.fvBind[fv] = append(u.fvBind[fv], mc.Bindings[i])
					}
				}
			}
		}
	}
}

// val returns the taint of a value.
func (u *unit) val(v ssa.Value) tset {
	switch x := v.(type) {
	case *ssa.Const:
		s, ok := constString(x)
		if !ok {
			return nil
		}
		var t tset
		if u.pa.insecure(s) {
			t = append(t, u.insecureAtom(shorten(s)))
		}
		if a := u.endpoint(s); a != nil {
			t = append(t, a)
		}
		return t
	case *ssa.FreeVar:
		var t tset
		for _, b := range u.fvBind[x] {
			t, _ = t.union(u.val(b))
		}
		return t
	}
	return u.vals[v]
}

// shorten keeps messages readable when a URL is long.
func shorten(s string) string {
	if len(s) > 64 {
		return s[:61] + "..."
	}
	return s
}

// insecureAtom makes the atom of a plaintext transport found at the
// current instruction.
func (u *unit) insecureAtom(desc string) *atom {
	pos := posOf(u.cur)
	posn := u.pa.posn(pos)
	o := u.pa.internOrigin(Origin{Desc: desc, Posn: posn, Label: uint8(labelInsecure)}, pos)
	a := &atom{param: -1, org: o, lab: labelInsecure}
	a.path = a.path.then(pos, posn, "plaintext transport: "+desc)
	return a
}

// set adds taint to a value.
func (u *unit) set(v ssa.Value, t tset) {
	if len(t) == 0 || !canCarry(v.Type()) {
		return
	}
	grown, changed := u.vals[v].union(t)
	if changed {
		u.vals[v] = grown
		u.changed = true
	}
}

// setResult adds taint to result i of a call (-1: every result).
func (u *unit) setResult(call ssa.Value, i int, t tset) { u.setResults(call, i, t, canCarry) }

// setResults is setResult with the predicate that says which result types
// take taint.
func (u *unit) setResults(call ssa.Value, i int, t tset, takes func(types.Type) bool) {
	if call == nil || len(t) == 0 {
		return
	}
	tup, ok := call.Type().(*types.Tuple)
	if !ok {
		if takes(call.Type()) {
			u.set(call, t)
		}
		return
	}
	ts := u.tuples[call]
	if ts == nil {
		ts = make([]tset, tup.Len())
		if u.tuples == nil {
			u.tuples = map[ssa.Value][]tset{}
		}
		u.tuples[call] = ts
	}
	for j := 0; j < tup.Len(); j++ {
		if (i < 0 || i == j) && takes(tup.At(j).Type()) {
			if grown, changed := ts[j].union(t); changed {
				ts[j] = grown
				u.changed = true
			}
		}
	}
}

// rootsOf returns the objects an address or reference value may point into.
func (u *unit) rootsOf(v ssa.Value) []ssa.Value {
	if r, ok := u.roots[v]; ok {
		return r
	}
	u.roots[v] = nil // cycle guard
	var out []ssa.Value
	add := func(rs []ssa.Value) {
		for _, r := range rs {
			dup := false
			for _, x := range out {
				dup = dup || x == r
			}
			if !dup && len(out) < 8 {
				out = append(out, r)
			}
		}
	}
	switch x := v.(type) {
	case *ssa.FieldAddr:
		add(u.rootsOf(x.X))
	case *ssa.IndexAddr:
		add(u.rootsOf(x.X))
	case *ssa.Slice:
		add(u.rootsOf(x.X))
	case *ssa.Convert:
		add(u.rootsOf(x.X))
	case *ssa.ChangeType:
		add(u.rootsOf(x.X))
	case *ssa.MakeInterface:
		add(u.rootsOf(x.X))
	case *ssa.ChangeInterface:
		add(u.rootsOf(x.X))
	case *ssa.TypeAssert:
		add(u.rootsOf(x.X))
	case *ssa.SliceToArrayPointer:
		add(u.rootsOf(x.X))
	case *ssa.Phi:
		for _, e := range x.Edges {
			add(u.rootsOf(e))
		}
		add([]ssa.Value{x})
	case *ssa.FreeVar:
		for _, b := range u.fvBind[x] {
			add(u.rootsOf(b))
		}
		if len(out) == 0 {
			add([]ssa.Value{x})
		}
	case *ssa.Call:
		add([]ssa.Value{v})
		if of := u.viewOf(x); of != nil {
			add(u.rootsOf(of))
		}
	case *ssa.UnOp:
		// A reference read from a variable or field is identified by where
		// it was read from: a channel captured by a closure is the same
		// channel in the closure and in its parent.
		if x.Op == token.MUL && isReference(x.Type()) {
			add(u.rootsOf(x.X))
		} else {
			add([]ssa.Value{v})
		}
	default:
		add([]ssa.Value{v})
	}
	u.roots[v] = out
	return out
}

// viewOf returns the value whose object the result of a view call
// (reflect.ValueOf(&row).Elem()) refers to, or nil.
func (u *unit) viewOf(call *ssa.Call) ssa.Value {
	for _, ce := range u.pa.callees(&call.Call) {
		if ce.obj == nil {
			continue
		}
		if vw, ok := lookup(u.pa.models.views, u.pa.keys(ce.obj, ce.recv)); ok {
			kind, n, _ := vw.Of.Parse()
			return roleValue(&call.Call, callArgs(&call.Call), kind, n)
		}
	}
	return nil
}

// isReference reports whether values of type t refer to an object.
func isReference(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Chan, *types.Map, *types.Slice:
		return true
	}
	return false
}

// content returns the taint of a value and of everything it refers to.
func (u *unit) content(v ssa.Value) tset {
	t := u.val(v)
	if ex, ok := v.(*ssa.Extract); ok {
		t, _ = t.union(u.extract(ex))
	}
	if fa := refField(v); fa != nil {
		return t.unionAll(u.pointee(fa))
	}
	switch x := v.(type) {
	case *ssa.IndexAddr, *ssa.Slice:
		// an element of a slice a field holds (resp.Faces[0]): what the
		// field holds, not what the rest of its container does
		var base ssa.Value
		if ia, ok := x.(*ssa.IndexAddr); ok {
			base = ia.X
		} else {
			base = x.(*ssa.Slice).X
		}
		if refField(base) != nil {
			return t.unionAll(u.content(base))
		}
	}
	for _, r := range u.rootsOf(v) {
		if r != v {
			t, _ = t.union(u.val(r))
		}
		t, _ = t.union(u.objs[r])
		for _, slot := range u.byRoot[r] {
			t, _ = t.union(u.fields[slot])
		}
		if g, ok := r.(*ssa.Global); ok {
			if obj, ok := g.Object().(*types.Var); ok {
				t, _ = t.union(u.pa.fieldTaintOf(obj))
			}
		}
	}
	return t
}

// refField returns the field a reference value was read from (a pointer,
// slice, map or channel loaded from s.f), or nil.
func refField(v ssa.Value) *ssa.FieldAddr {
	un, ok := v.(*ssa.UnOp)
	if !ok || un.Op != token.MUL || !isReference(un.Type()) {
		return nil
	}
	fa, _ := un.X.(*ssa.FieldAddr)
	return fa
}

// localObject reports whether v refers only to objects allocated in the
// unit (a composite literal, a local variable): every store into them is
// in view, and the package-wide taint of their fields does not apply.
func (u *unit) localObject(v ssa.Value) bool {
	roots := u.rootsOf(strip(v))
	for _, r := range roots {
		if _, ok := r.(*ssa.Alloc); !ok {
			return false
		}
	}
	return len(roots) > 0
}

// pointee returns what the object a field refers to holds (s.buf, a
// pointer, slice, map or channel field): what was stored in the field or
// through it, and into the fields of the type it refers to; not what the
// other fields of s refer to.
func (u *unit) pointee(fa *ssa.FieldAddr) tset {
	field := fieldVar(fa.X.Type(), fa.Field)
	if field == nil {
		return nil
	}
	inside := u.pa.fieldsUnder(field.Type())
	var t tset
	for _, r := range u.rootsOf(fa.X) {
		for _, slot := range u.byRoot[r] {
			if slot.field == field || inside[slot.field] {
				t, _ = t.union(u.fields[slot])
			}
		}
	}
	return t
}

// arg returns the taint a value carries into a call: its content, plus
// face data declared by its type (//facelint:facedata) — looked through
// interface conversions and the elements of variadic arguments.
func (u *unit) arg(v ssa.Value) tset {
	t := u.content(v)
	if !u.localObject(v) {
		t, _ = t.union(u.pa.typeFieldTaint(strip(v).Type()))
	}
	vals := []ssa.Value{v}
	if elems := variadicElems(v); elems != nil {
		vals = elems
	}
	for _, x := range vals {
		if fd := u.pa.declaredAt(strip(x).Type(), u.valuePos(x)); fd != nil {
			t, _ = t.union(tset{fd})
		}
	}
	return t
}

// valuePos returns where a value comes from, for the origin of a value of
// a face-data type: its own position, or the instruction being applied.
func (u *unit) valuePos(v ssa.Value) token.Pos {
	v = strip(v)
	if un, ok := v.(*ssa.UnOp); ok && un.Op == token.MUL {
		if un.X.Pos().IsValid() {
			return un.X.Pos()
		}
	}
	if v.Pos().IsValid() {
		return v.Pos()
	}
	return posOf(u.cur)
}

// extract returns the taint of one element of a tuple.
func (u *unit) extract(ex *ssa.Extract) tset {
	if ts := u.tuples[ex.Tuple]; ts != nil && ex.Index < len(ts) {
		return ts[ex.Index]
	}
	if !canCarry(ex.Type()) {
		return nil
	}
	return u.vals[ex.Tuple]
}

// storeInto adds taint to the object(s) an address refers to. What is
// written through a reference read from a field (svc.rec, a handle) is
// recorded as that field's content, so that a sink that does not write the
// field (fmt's nested pointers) does not write it either.
func (u *unit) storeInto(addr ssa.Value, t tset) {
	if len(t) == 0 {
		return
	}
	var field *types.Var
	base := addr
	fa, ok := addr.(*ssa.FieldAddr)
	if !ok {
		if un, isLoad := addr.(*ssa.UnOp); isLoad && un.Op == token.MUL && isReference(un.Type()) {
			if x, fromField := un.X.(*ssa.FieldAddr); fromField {
				fa, ok = x, true
			}
		}
	}
	if ok {
		field = fieldVar(fa.X.Type(), fa.Field)
		base = fa.X
		if field != nil {
			u.pa.storeField(field, t.withStep(posOf(u.cur), u.pa.posn(posOf(u.cur)), "stored in field "+shortType(structOf(fa.X.Type()))+"."+field.Name()))
		}
	}
	for _, r := range u.rootsOf(base) {
		if g, ok := r.(*ssa.Global); ok && field == nil {
			if obj, ok := g.Object().(*types.Var); ok {
				u.pa.storeField(obj, t)
			}
		}
		u.storeSlot(r, field, t)
	}
}

// storeSlot adds taint to a field of the object rooted at r (field nil:
// the object as a whole). What reaches a response object of an entry
// point goes back to the client.
func (u *unit) storeSlot(r ssa.Value, field *types.Var, t tset) {
	if field != nil {
		slot := fieldSlot{r, field}
		grown, changed := u.fields[slot].union(t)
		if changed {
			if u.fields == nil {
				u.fields, u.byRoot = map[fieldSlot]tset{}, map[ssa.Value][]fieldSlot{}
			}
			if u.fields[slot] == nil {
				u.byRoot[r] = append(u.byRoot[r], slot)
			}
			u.fields[slot] = grown
			u.changed, u.memChanged = true, true
		}
	} else if grown, changed := u.objs[r].union(t); changed {
		u.setObj(r, grown)
		u.changed, u.memChanged = true, true
	}
	if p, ok := r.(*ssa.Parameter); ok {
		u.storeInput(p, t)
		if desc, ok := u.pa.responseParams[p]; ok {
			u.respond(desc, t)
		}
	}
}

// setObj sets the content of an object.
func (u *unit) setObj(r ssa.Value, t tset) {
	if u.objs == nil {
		u.objs = map[ssa.Value]tset{}
	}
	u.objs[r] = t
}

// storeInput records that taint reaches the object of one of the root's
// inputs: the callers' argument objects.
func (u *unit) storeInput(p *ssa.Parameter, t tset) {
	for i, in := range u.inputs() {
		if in != p {
			continue
		}
		// The input's own symbolic atom stored back is no news.
		var news tset
		for _, a := range t {
			if a.param != i || a.flags != 0 {
				news = append(news, a)
			}
		}
		if grown, changed := u.inOuts[i].union(news); changed {
			if u.inOuts == nil {
				u.inOuts = map[int]tset{}
			}
			u.inOuts[i] = grown
			u.changed = true
		}
	}
}

// load returns the taint read through an address.
func (u *unit) load(addr ssa.Value) tset {
	if fa, ok := addr.(*ssa.FieldAddr); ok {
		return u.loadField(fa.X, fa.X.Type(), fa.Field, fa.Pos())
	}
	return u.content(addr)
}

// loadField returns the taint of a field read from the object x (a
// pointer, for FieldAddr) or the struct value x (for Field): what was
// stored in the field, the field's own face data (declared, by type, by
// name), and the taint of the whole object unless the field holds data
// about face data (an ID, a box, a file name).
func (u *unit) loadField(x ssa.Value, structType types.Type, index int, pos token.Pos) tset {
	field := fieldVar(structType, index)
	var t tset
	if field == nil {
		return u.content(x)
	}
	t, _ = t.union(u.pa.fieldTaintOf(field))
	t, _ = t.union(u.fieldSource(structType, field, pos))
	t, _ = t.union(u.parentFieldSource(x, field, pos))
	t, _ = t.union(u.requestField(x, structType, field, pos))
	if c := u.pa.models.carrierFlds[u.pa.fieldKey(structOf(structType), field)]; c != nil {
		desc := shortType(structOf(structType)) + "." + field.Name()
		ct := u.candidate(Origin{Desc: desc, Capture: c.Capture}, pos, c.What)
		t, _ = t.union(ct)
		if c.Capture && u.pa.own {
			u.addCapture(capturePoint{instr: u.cur, desc: desc, lab: labelImage, posn: u.pa.posn(pos), cand: ct[0].org.key})
		}
	}
	whole := u.pa.wholeField(structType, field)
	if _, isPtr := structType.Underlying().(*types.Pointer); !isPtr {
		// a field of a struct value
		if whole {
			t, _ = t.union(u.val(x))
		}
		return t
	}
	for _, r := range u.rootsOf(x) {
		if whole {
			t, _ = t.union(u.val(r))
			t, _ = t.union(u.objs[r])
		}
		t, _ = t.union(u.fields[fieldSlot{r, field}])
	}
	return t
}

// parentFieldSource returns the face data a field read from a struct that
// is itself a face-named field holds (p.FotoSelfie.Data): the name of the
// outer field says what the bytes inside are.
func (u *unit) parentFieldSource(x ssa.Value, field *types.Var, pos token.Pos) tset {
	if !u.pa.nameSources() || !imageCarrier(field.Type()) || u.pa.metadataName(field.Name()) {
		return nil
	}
	x = strip(x)
	if un, ok := x.(*ssa.UnOp); ok && un.Op == token.MUL {
		x = un.X
	}
	var parent *types.Var
	var owner types.Type
	switch p := x.(type) {
	case *ssa.FieldAddr:
		parent, owner = fieldVar(p.X.Type(), p.Field), p.X.Type()
	case *ssa.Field:
		parent, owner = fieldVar(p.X.Type(), p.Field), p.X.Type()
	}
	if parent == nil || imageCarrier(parent.Type()) {
		return nil
	}
	desc, lab, nameBased := u.pa.fieldFaceDataByName(owner, parent)
	if desc == "" {
		return nil
	}
	o := Origin{Desc: "field " + shortType(structOf(owner)) + "." + parent.Name() + "." + field.Name() + " (" + desc + ")", Posn: u.pa.posn(pos), Label: uint8(lab), NameBased: nameBased}
	a := &atom{param: -1, org: u.pa.internOrigin(o, pos), lab: lab}
	a.path = a.path.then(pos, o.Posn, "face "+lab.String()+" from "+o.Desc)
	return tset{a}
}

// transfer applies one instruction to the state.
func (u *unit) transfer(instr ssa.Instruction) {
	switch x := instr.(type) {
	case *ssa.Phi:
		for _, e := range x.Edges {
			u.set(x, u.val(e))
		}
	case *ssa.UnOp:
		switch x.Op {
		case token.MUL:
			u.set(x, u.load(x.X))
		case token.ARROW:
			u.setResult(x, 0, u.content(x.X))
		default:
			u.set(x, u.val(x.X))
		}
	case *ssa.BinOp:
		switch x.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		default:
			if reduces(x) {
				break
			}
			u.set(x, u.val(x.X))
			u.set(x, u.val(x.Y))
		}
	case *ssa.Convert:
		u.set(x, u.content(x.X))
	case *ssa.ChangeType:
		u.set(x, u.val(x.X))
	case *ssa.ChangeInterface:
		u.set(x, u.val(x.X))
	case *ssa.MakeInterface:
		u.set(x, u.content(x.X))
	case *ssa.MultiConvert:
		u.set(x, u.content(x.X))
	case *ssa.SliceToArrayPointer:
		u.set(x, u.val(x.X))
	case *ssa.TypeAssert:
		if x.CommaOk {
			u.setResult(x, 0, u.content(x.X))
		} else {
			u.set(x, u.content(x.X))
		}
	case *ssa.Extract:
		u.set(x, u.extract(x))
	case *ssa.Slice:
		u.set(x, u.content(x.X))
	case *ssa.Field:
		u.set(x, u.loadField(x.X, x.X.Type(), x.Field, x.Pos()))
	case *ssa.Index:
		u.set(x, u.val(x.X))
	case *ssa.Lookup:
		if x.CommaOk {
			u.setResult(x, 0, u.content(x.X))
		} else {
			u.set(x, u.content(x.X))
		}
		u.set(x, u.lookupSource(x))
	case *ssa.Range:
		u.set(x, u.content(x.X))
	case *ssa.Next:
		u.setResult(x, -1, u.content(x.Iter))
	case *ssa.Select:
		var t tset
		for _, st := range x.States {
			if st.Dir == types.RecvOnly {
				t, _ = t.union(u.content(st.Chan))
			} else if st.Send != nil {
				u.storeInto(st.Chan, u.content(st.Send))
			}
		}
		u.setResult(x, -1, t)
	case *ssa.Store:
		u.store(x)
	case *ssa.MapUpdate:
		t := u.content(x.Key)
		t, _ = t.union(u.content(x.Value))
		u.storeInto(x.Map, t)
	case *ssa.Send:
		u.storeInto(x.Chan, u.content(x.X))
	case *ssa.MakeClosure:
		var t tset
		for _, b := range x.Bindings {
			t, _ = t.union(u.content(b))
		}
		u.set(x, t)
	case *ssa.Return:
		u.ret(x)
	case *ssa.Call:
		u.call(x)
	case *ssa.Go:
		u.call(x)
	case *ssa.Defer:
		u.call(x)
	}
}

// store handles a Store, including an insecure value stored into an
// insecure field (tls.Config.InsecureSkipVerify: true, a profile's Scheme:
// "HTTP").
func (u *unit) store(x *ssa.Store) {
	t := u.content(x.Val)
	if fa, ok := x.Addr.(*ssa.FieldAddr); ok {
		if field := fieldVar(fa.X.Type(), fa.Field); field != nil {
			m, ok := u.pa.models.insecureFld[u.pa.fieldKey(structOf(fa.X.Type()), field)]
			if value, insecure := insecureValue(m, x.Val); ok && insecure {
				desc := m.What
				if desc == "" {
					desc = field.Name() + ": " + value
				}
				t = tset{u.insecureAtom(desc)}
				// The whole object is now an insecure configuration, and so
				// are the objects it is nested in (cpf.HttpProfile.Scheme);
				// the setting belongs to them, not to every value of their
				// types.
				for obj := fa.X; obj != nil; obj = enclosing(obj) {
					for _, r := range u.rootsOf(obj) {
						if grown, changed := u.objs[r].union(t); changed {
							u.setObj(r, grown)
							u.changed, u.memChanged = true, true
						}
					}
				}
				return
			}
		}
	}
	u.storeInto(x.Addr, t)
}

// enclosing returns the object whose field a pointer was loaded from
// (cpf for cpf.HttpProfile), or nil.
func enclosing(v ssa.Value) ssa.Value {
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		if fa, ok := load.X.(*ssa.FieldAddr); ok {
			return fa.X
		}
	}
	return nil
}

// insecureValue reports whether v, stored into a field of an [[insecure]]
// model, makes it insecure, and how to print it: true, or one of the
// model's values. A pointer made by a helper (aws.Bool(true),
// tea.String("HTTP")) stands for its constant.
func insecureValue(m *rules.Insecure, v ssa.Value) (string, bool) {
	if m == nil {
		return "", false
	}
	v = pointedConst(v)
	if len(m.Values) == 0 {
		b, ok := constBool(v)
		return "true", ok && b
	}
	s, ok := constString(v)
	if !ok {
		return "", false
	}
	for _, want := range m.Values {
		if strings.EqualFold(s, want) {
			return strconv.Quote(s), true
		}
	}
	return "", false
}

// ret records what a function of the unit returns.
func (u *unit) ret(x *ssa.Return) {
	fn := x.Parent()
	for i, r := range x.Results {
		t := u.content(r)
		if e := u.pa.entries[fn]; e != nil && u.pa.respondsWith(fn, i) {
			u.respond("the response of "+e.desc, u.written(r, rules.EncodingJSON))
		}
		if fn == u.root {
			if i < len(u.results) {
				if grown, changed := u.results[i].union(t); changed {
					u.results[i] = grown
					u.changed = true
				}
			}
			continue
		}
		if grown, changed := u.anonRet[fn].union(t); changed {
			if u.anonRet == nil {
				u.anonRet = map[*ssa.Function]tset{}
			}
			u.anonRet[fn] = grown
			u.changed, u.memChanged = true, true
		}
	}
}

// addEvent records a sink or extractor reached by face data (in
// third-party code, extractors only: see boundary.go).
func (u *unit) addEvent(e *event) {
	if !u.pa.records(e.kind) {
		return
	}
	for _, old := range u.events {
		if !old.sameSite(e) {
			continue
		}
		p, c1 := old.payload.union(e.payload)
		d, c2 := old.dest.union(e.dest)
		if c1 || c2 || (e.unbounded && !old.unbounded) || (!e.guarded && old.guarded) {
			old.payload, old.dest = p, d
			old.unbounded = old.unbounded || e.unbounded
			old.guarded = old.guarded && e.guarded
			u.changed = true
		}
		return
	}
	u.events = append(u.events, e)
	u.changed = true
}

func (u *unit) addCapture(c capturePoint) {
	for _, old := range u.captures {
		if old.instr == c.instr && old.desc == c.desc {
			return
		}
	}
	u.captures = append(u.captures, c)
}

// summarise builds the root's summary from the state and, when asked,
// reports whether it changed.
func (u *unit) summarise(track bool) bool {
	obj := funcObj(u.root)
	if obj == nil {
		return false
	}
	s := u.pa.sums[obj]
	if s == nil {
		s = &fsum{}
		u.pa.sums[obj] = s
	}
	before := ""
	if track {
		before = s.fingerprint()
	}
	s.outs, s.events, s.captures = nil, nil, nil
	for i, t := range u.results {
		if len(t) > 0 {
			s.outs = append(s.outs, fout{to: i, atoms: t})
		}
	}
	for i := range u.inputs() {
		if t := u.inOuts[i]; len(t) > 0 {
			s.outs = append(s.outs, fout{to: -i - 1, atoms: t})
		}
	}
	var escaping map[string]bool
	for _, e := range u.events {
		keep := hasParam(e.payload) || hasParam(e.dest)
		if cands := e.payload.only(labelMaybe); !keep && len(cands) > 0 {
			if escaping == nil {
				escaping = u.escapingCandidates(s)
			}
			keep = slices.ContainsFunc(cands, func(a *atom) bool { return escaping[a.org.key] })
		}
		if keep {
			e.reportedParams = u.pa.reportedParams(e)
			s.events = append(s.events, e)
		}
	}
	for _, c := range u.captures {
		if !c.wired && !u.pa.guardedAt(c.instr, gConsent) && u.pa.deferredAt(c.instr) {
			path := c.path
			if path == nil {
				pos := posOf(c.instr)
				path = path.then(pos, u.pa.posn(pos), "captured by "+c.desc)
			}
			s.captures = append(s.captures, &capture{desc: c.desc, posn: c.posn, lab: c.lab, nameBased: c.nameBased, path: path,
				cand: c.cand, params: c.params, data: c.data})
		}
	}
	return track && s.fingerprint() != before
}

// escapingCandidates returns the origins of the candidates that the root
// gives back to its callers: in its results (errors aside) or in what it
// writes through its inputs. A caller can send only those to a face API
// and so make them face data; the sinks that other candidates reach are
// reported, if they are promoted, where the root is analysed, and callers
// need not know them.
func (u *unit) escapingCandidates(s *fsum) map[string]bool {
	out := map[string]bool{}
	sig := u.root.Signature
	for _, o := range s.outs {
		if o.to >= 0 && o.to < sig.Results().Len() && isError(sig.Results().At(o.to).Type()) {
			continue // no face API takes an error
		}
		for _, a := range o.atoms {
			if a.maybe() {
				out[a.org.key] = true
			}
		}
	}
	return out
}
