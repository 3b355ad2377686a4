package facetaint

import (
	"cmp"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/facelint/facelint/rules"
)

// callValue returns the value of a call instruction (nil for go and defer).
func callValue(instr ssa.CallInstruction) ssa.Value {
	if v, ok := instr.(*ssa.Call); ok {
		return v
	}
	return nil
}

// call applies a call to the state: models first, then summaries, then the
// default (arguments flow to results).
func (u *unit) call(instr ssa.CallInstruction) {
	c := instr.Common()
	args := callArgs(c)
	if b, ok := c.Value.(*ssa.Builtin); ok {
		u.builtin(instr, b, args)
		return
	}
	ces := u.pa.callees(c)
	if u.unchanged(instr, args, ces) {
		return
	}
	if len(ces) == 0 {
		u.defaultCall(instr, args, "a function value")
		return
	}
	resolved := false
	for i, ce := range ces {
		switch {
		case ce.obj == nil && ce.fn != nil:
			u.inlineCall(instr, ce.fn, c)
			resolved = true
		case ce.obj == nil:
		case u.modelCall(instr, c, args, ce):
			if i == 0 && c.IsInvoke() {
				return // the interface method is modelled: that is the contract
			}
			resolved = true
		case i == 0 && c.IsInvoke():
			// the interface method itself has no summary: implementations follow
		default:
			if s := u.pa.summaryOf(ce.obj); s != nil {
				u.applySummary(instr, args, ce, s)
			} else {
				u.defaultCall(instr, args, u.pa.name(ce.obj))
			}
			resolved = true
		}
	}
	if !resolved {
		name := "a function value"
		if c.IsInvoke() {
			name = u.pa.name(c.Method)
		}
		u.defaultCall(instr, args, name)
	}
}

// unchanged reports whether a call was applied before with the same
// inputs: taint only grows, so equal sizes mean equal inputs, and applying
// the call again would change nothing. Calls of the unit's closures depend
// on their results too, and are always applied.
func (u *unit) unchanged(instr ssa.CallInstruction, args []ssa.Value, ces []callee) bool {
	if u.straight && u.round == 0 {
		return false // one pass is likely enough: no need to remember
	}
	for _, ce := range ces {
		if ce.obj == nil {
			return false
		}
	}
	size := 0
	for _, a := range args {
		size += len(u.arg(a))
	}
	if prev, ok := u.callSizes[instr]; ok && prev == size {
		return true
	}
	u.callSizes[instr] = size
	return false
}

// defaultCall passes the arguments of an unknown call to its results. It
// never invents a sink.
//
// A function value carries what it was made from (a closure's captured
// data, an iterator's sequence): calling it yields that too (next() of
// iter.Pull). A closure of the unit given to an unknown call is called
// back with what the call was given (the loop body of a range over an
// iterator, a callback): its parameters receive it.
func (u *unit) defaultCall(instr ssa.CallInstruction, args []ssa.Value, name string) {
	c := instr.Common()
	var t tset
	for _, a := range args {
		t, _ = t.union(u.arg(a))
	}
	if !c.IsInvoke() && c.StaticCallee() == nil {
		t, _ = t.union(u.content(c.Value))
	}
	if len(t) == 0 {
		return
	}
	pos := c.Pos()
	t = t.withStep(pos, u.pa.posn(pos), "through "+name)
	for _, a := range c.Args {
		for _, fn := range u.pa.funcValues(strip(a)) {
			if u.pa.unitOf[fn] != u {
				continue
			}
			for _, p := range fn.Params {
				u.set(p, t)
			}
		}
	}
	if res := callValue(instr); res != nil {
		u.setResults(res, -1, t, carriesByDefault)
	}
}

// inlineCall applies a call of an anonymous function of the unit.
func (u *unit) inlineCall(instr ssa.CallInstruction, anon *ssa.Function, c *ssa.CallCommon) {
	if u.pa.unitOf[anon] != u {
		u.defaultCall(instr, callArgs(c), "a closure")
		return
	}
	for i, p := range anon.Params {
		if i < len(c.Args) {
			u.set(p, u.arg(c.Args[i]))
		}
	}
	u.setResult(callValue(instr), -1, u.anonRet[anon])
}

// builtin applies a call of a built-in function.
func (u *unit) builtin(instr ssa.CallInstruction, b *ssa.Builtin, args []ssa.Value) {
	res := callValue(instr)
	switch b.Name() {
	case "append":
		if len(args) == 2 && res != nil {
			u.set(res, u.content(args[0]))
			u.set(res, u.content(args[1]))
			u.storeInto(args[0], u.content(args[1]))
		}
	case "copy":
		if len(args) == 2 {
			u.storeInto(args[0], u.content(args[1]))
		}
	case "min", "max", "ssa:wrapnilchk":
		if res != nil {
			for _, a := range args {
				u.set(res, u.val(a))
			}
		}
	case "print", "println":
		var t tset
		for _, a := range args {
			t, _ = t.union(u.content(a))
		}
		if t.hasFace() {
			pos := instr.Common().Pos()
			u.addEvent(&event{kind: string(rules.SinkLog), sink: b.Name(), posn: u.pa.posn(pos), pos: pos,
				payload: t, guarded: u.pa.guardedAt(instr, gConsent)})
		}
	}
}

// roleValues returns the values of roles at a call (results excluded).
func roleValues(c *ssa.CallCommon, args []ssa.Value, roles []rules.Role) []ssa.Value {
	var out []ssa.Value
	for _, r := range roles {
		kind, n, _ := r.Parse()
		if kind == rules.RoleResult {
			continue
		}
		if v := roleValue(c, args, kind, n); v != nil {
			out = append(out, v)
		}
	}
	return out
}

// out puts taint where a role says: a result, or the object of an argument.
func (u *unit) out(instr ssa.CallInstruction, args []ssa.Value, role rules.Role, t tset, name string) {
	c := instr.Common()
	kind, n, _ := role.Parse()
	if kind == rules.RoleResult || kind == rules.RoleNone {
		u.setResult(callValue(instr), n, t)
		return
	}
	if v := roleValue(c, args, kind, n); v != nil {
		u.writeInto(instr, v, t, name)
	}
}

// writeInto puts taint into the object of v; when v is a writer whose
// destination is a sink (a file, a response, os.Stdout...), it is a write
// to that sink.
func (u *unit) writeInto(instr ssa.CallInstruction, v ssa.Value, t tset, name string) {
	if len(t) == 0 {
		return
	}
	if sk, desc := u.writerSink(v); sk != nil {
		if t.hasData() {
			pos := instr.Common().Pos()
			kind := sk.Kind
			if desc == "os.Stdout" || desc == "os.Stderr" {
				kind = rules.SinkLog
			}
			u.addEvent(&event{kind: string(kind), sink: name + " to " + desc, posn: u.pa.posn(pos), pos: pos,
				payload: t, dest: u.content(v), guarded: u.pa.guardedAt(instr, gConsent), ignored: u.pa.ignoredRules(pos)})
		}
		return
	}
	if un, ok := v.(*ssa.UnOp); ok && un.Op == token.MUL {
		u.storeInto(un.X, t) // a value argument: the variable it was read from
	}
	u.set(v, t)
	u.storeInto(v, t)
	if w := u.wrapped(v); w != nil {
		u.writeInto(instr, w, t, name) // json.NewEncoder(&buf): what is encoded is in buf
	}
}

// wrapped returns the writer a wrapper's result writes into
// (json.NewEncoder(w), bufio.NewWriter(w)), or nil.
func (u *unit) wrapped(v ssa.Value) ssa.Value {
	v = strip(v)
	if ex, ok := v.(*ssa.Extract); ok && ex.Index == 0 {
		v = ex.Tuple // part, err := w.CreateFormFile(...)
	}
	call, ok := v.(*ssa.Call)
	if !ok {
		return nil
	}
	for _, ce := range u.pa.callees(&call.Call) {
		if ce.obj == nil {
			continue
		}
		if w, ok := lookup(u.pa.models.wrappers, u.pa.keys(ce.obj, ce.recv)); ok {
			kind, n, _ := w.Writer.Parse()
			return roleValue(&call.Call, callArgs(&call.Call), kind, n)
		}
	}
	return nil
}

// writerSink resolves a writer to the sink it writes to: a type whose Write
// method is a sink, os.Stdout/os.Stderr, or (through wrapper models such as
// json.NewEncoder) the writer it wraps. Results are memoised per value (phis
// of phis would otherwise be explored exponentially).
func (u *unit) writerSink(v ssa.Value) (*rules.Sink, string) {
	if v == nil {
		return nil, ""
	}
	v = strip(v)
	if w, ok := u.writers[v]; ok {
		return w.sink, w.desc
	}
	u.writers[v] = writer{} // cycle guard
	sk, desc := u.resolveWriter(v)
	u.writers[v] = writer{sk, desc}
	return sk, desc
}

// writer is a resolved writer sink.
type writer struct {
	sink *rules.Sink
	desc string
}

func (u *unit) resolveWriter(v ssa.Value) (*rules.Sink, string) {
	if ex, ok := v.(*ssa.Extract); ok && ex.Index == 0 {
		v = ex.Tuple
	}
	switch x := v.(type) {
	case *ssa.UnOp:
		if g, ok := x.X.(*ssa.Global); ok && x.Op == token.MUL && g.Pkg != nil && g.Pkg.Pkg.Path() == "os" &&
			(g.Name() == "Stdout" || g.Name() == "Stderr") {
			if sk, ok := u.pa.models.sinks["(*os.File).Write"]; ok {
				return sk, "os." + g.Name()
			}
		}
	case *ssa.Call:
		for _, ce := range u.pa.callees(&x.Call) {
			if ce.obj == nil {
				continue
			}
			if w, ok := lookup(u.pa.models.wrappers, u.pa.keys(ce.obj, ce.recv)); ok {
				kind, n, _ := w.Writer.Parse()
				return u.writerSink(roleValue(&x.Call, callArgs(&x.Call), kind, n))
			}
		}
	case *ssa.Phi:
		for _, e := range x.Edges {
			if sk, desc := u.writerSink(e); sk != nil {
				return sk, desc
			}
		}
		return nil, ""
	}
	name, ok := namedPath(v.Type())
	if !ok {
		return nil, ""
	}
	for _, key := range []string{"(*" + name + ").Write", "(" + name + ").Write"} {
		if sk, ok := u.pa.models.sinks[key]; ok {
			return sk, shortType(v.Type())
		}
	}
	return nil, ""
}

// shortType names a type for messages: "http.ResponseWriter".
func shortType(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string { return p.Name() })
}

// modelCall applies the models of a callee. It reports whether any model
// matched (then summaries and the default do not apply).
func (u *unit) modelCall(instr ssa.CallInstruction, c *ssa.CallCommon, args []ssa.Value, ce callee) bool {
	m := u.pa.models
	keys := u.pa.keys(ce.obj, ce.recv)
	pos := c.Pos()
	posn := u.pa.posn(pos)
	name := u.pa.name(ce.obj)
	guarded := u.pa.guardedAt(instr, gConsent)
	modelled := false

	if src, ok := lookup(m.sources, keys); ok {
		modelled = true
		lab := labelOf(src.Label)
		if src.Capture {
			// A detector fills what it is given (gocv DetectMultiScale):
			// that is the data it processes.
			var in tset
			for _, v := range roleValues(c, args, src.Out) {
				in, _ = in.union(u.content(v))
			}
			u.faceAPIUse(instr, name, in, lab)
		}
		u.source(instr, args, Origin{Desc: name, Posn: posn, Label: uint8(lab), Capture: src.Capture}, src.Out, guarded, src.What)
	}
	if uc, ok := lookup(m.uploads, keys); ok {
		modelled = true
		u.upload(instr, c, args, uc, name, guarded)
	}
	if cr, ok := lookup(m.carriers, keys); ok {
		modelled = true
		t := u.candidate(Origin{Desc: name, Capture: cr.Capture}, pos, cr.What)
		outs := cr.Out
		if len(outs) == 0 {
			outs = []rules.Role{"result"}
		}
		for _, r := range outs {
			u.out(instr, args, r, t, name)
		}
		if cr.Capture {
			u.addCapture(capturePoint{instr: instr, desc: name, lab: labelImage, posn: posn, cand: t[0].org.key})
		}
	}
	if _, ok := lookup(m.metaFuncs, keys); ok {
		return true // data about face data: nothing flows to the results
	}
	if b, ok := lookup(m.binds, keys); ok && u.bind(instr, c, args, b, name) {
		return true // what the request holds is in the bound object's fields
	}
	if r, ok := lookup(m.reads, keys); ok {
		modelled = true
		u.read(instr, c, args, r, name)
	}
	if _, ok := lookup(m.views, keys); ok {
		modelled = true // results alias their object: see rootsOf
	}
	if ins, ok := lookup(m.insecure, keys); ok {
		modelled = true
		desc := ins.What
		if desc == "" {
			desc = name
		}
		if !u.setsTrue(ins.Unless) {
			u.setResult(callValue(instr), -1, tset{u.insecureAtom(desc)})
		}
	}
	for _, tab := range []struct {
		table map[string]*rules.Propagator
		flags func(*rules.Propagator) aflags
		verb  string
	}{
		{m.propagators, func(*rules.Propagator) aflags { return 0 }, "through "},
		{m.extractors, func(*rules.Propagator) aflags { return fExtracted }, "template extracted by "},
		{m.sanitizers, func(p *rules.Propagator) aflags {
			if p.Kind == rules.SanitizerDecrypt {
				return fDecrypted
			}
			return fEncrypted
		}, "sanitized by "},
	} {
		p, ok := lookup(tab.table, keys)
		if !ok {
			continue
		}
		modelled = true
		in := u.payload(c, args, p.From, p.Encoding)
		extracts := tab.flags(p)&fExtracted != 0
		if extracts && p.Capture {
			u.faceAPIUse(instr, name, in, labelTemplate)
			if len(in.only(labelImage|labelTemplate|labelMaybe)) == 0 {
				// what a face SDK computes is a template, whatever it was given
				u.source(instr, args, Origin{Desc: name, Posn: posn, Label: uint8(labelTemplate)}, p.To, guarded, "")
			}
		}
		if len(in) == 0 {
			continue
		}
		if extracts && in.hasData() {
			u.addEvent(&event{kind: KindExtract, sink: name, posn: posn, pos: pos, payload: in, guarded: guarded})
		}
		verb := tab.verb
		if tab.flags(p) == fDecrypted {
			verb = "decrypted by "
		}
		t := in.transform(tab.flags(p)).withStep(pos, posn, verb+name)
		if guarded {
			t = t.transform(fConsented)
		}
		for _, r := range p.To {
			u.out(instr, args, r, t, name)
		}
	}
	if _, ok := lookup(m.wrappers, keys); ok {
		modelled = true
		var t tset
		for _, a := range args {
			t, _ = t.union(u.content(a))
		}
		u.setResult(callValue(instr), -1, t)
	}
	if sk, ok := lookup(m.sinks, keys); ok {
		modelled = true
		u.sinkCall(instr, c, args, sk, name)
	}
	if v, ok := lookup(m.verifiers, keys); ok {
		modelled = true
		if v.Capture {
			u.faceAPIUse(instr, name, u.payload(c, args, v.Input, rules.EncodingAll), labelImage)
		}
	}
	if _, ok := lookup(m.guards, keys); ok {
		modelled = true
	}
	if _, ok := lookup(m.deniers, keys); ok {
		modelled = true
	}
	if _, ok := lookup(m.expiries, keys); ok {
		modelled = true
	}
	if _, ok := lookup(m.routes, keys); ok {
		modelled = true
	}
	if _, ok := lookup(m.entryFuncs, keys); ok {
		modelled = true
	}
	return modelled
}

// upload applies a request accessor (r.FormFile(name)): an input whose
// name says face is face data; any other input that can hold an image is a
// candidate, face data once it reaches a face API.
func (u *unit) upload(instr ssa.CallInstruction, c *ssa.CallCommon, args []ssa.Value, uc *rules.UploadCall, name string, guarded bool) {
	pos := c.Pos()
	posn := u.pa.posn(pos)
	outs := uc.Out
	if len(outs) == 0 {
		outs = []rules.Role{"result"}
	}
	var result types.Type
	if v := callValue(instr); v != nil {
		result = v.Type()
		if tup, ok := result.(*types.Tuple); ok && tup.Len() > 0 {
			result = tup.At(0).Type()
		}
	}
	lab, input, ok := u.uploadName(c, args, uc.Name, result)
	desc := name + "(" + quote(input) + ")"
	if ok {
		u.source(instr, args, Origin{Desc: desc, Posn: posn, Label: uint8(lab), NameBased: true, Capture: true}, outs, guarded, "")
		u.addCapture(capturePoint{instr: instr, desc: desc, lab: lab, nameBased: true, posn: posn})
		return
	}
	if result == nil || !u.pa.candidateType(result, input) {
		return
	}
	t := u.candidate(Origin{Desc: desc, Capture: true}, pos, "upload")
	for _, r := range outs {
		u.out(instr, args, r, t, desc)
	}
	u.addCapture(capturePoint{instr: instr, desc: desc, lab: labelImage, posn: posn, cand: t[0].org.key})
}

// source puts the atom of a new origin where a source model says; what
// describes the data for the path ("camera frame").
func (u *unit) source(instr ssa.CallInstruction, args []ssa.Value, o Origin, outs []rules.Role, guarded bool, what string) {
	pos := instr.Common().Pos()
	a := &atom{param: -1, org: u.pa.internOrigin(o, pos), lab: label(o.Label)}
	desc := "face " + a.lab.String()
	if what != "" {
		desc += " (" + what + ")"
	}
	a.path = a.path.then(pos, o.Posn, desc+" from "+o.Desc)
	if guarded {
		a.flags |= fConsented
	}
	if len(outs) == 0 {
		outs = []rules.Role{"result"}
	}
	for _, r := range outs {
		u.out(instr, args, r, tset{a}, o.Desc)
	}
}

// sinkCall records face data reaching a modelled sink. A face API sink
// (capture = true), or a network sink whose destination is the URL of a
// remote face API, is also a face API use.
func (u *unit) sinkCall(instr ssa.CallInstruction, c *ssa.CallCommon, args []ssa.Value, sk *rules.Sink, name string) {
	payload := u.payload(c, args, sk.Payload, sk.Encoding)
	payload, _ = payload.union(u.sentPayload(instr, sk))
	if u.encryptedWrite(c, args, sk) {
		payload = payload.transform(fEncrypted)
	}
	dest := u.payload(c, args, sk.Dest, rules.EncodingAll)
	faceAPI := ""
	capture := false
	switch {
	case sk.Capture:
		faceAPI, capture = name, true
	case sk.Kind == rules.SinkNetwork:
		if ep := dest.only(labelEndpoint); len(ep) > 0 {
			// A vendor's face API processes a face whatever it is sent (a
			// photo's URL); any other face service, when it is sent data.
			faceAPI = ep[0].org.Desc
			capture = u.pa.knownVendor(faceAPI) || u.imageData(payload)
		}
	}
	if capture {
		desc := name
		if faceAPI != name {
			desc = name + " to " + faceAPI
		}
		u.faceAPIUse(instr, desc, payload, labelImage)
	}
	if !payload.hasData() && !(faceAPI != "" && hasParam(dest)) {
		return
	}
	pos := c.Pos()
	kind := sk.Kind
	sink := name
	if kind == rules.SinkStorage {
		if recv := roleValue(c, args, rules.RoleRecv, 0); recv != nil {
			if _, desc := u.writerSink(recv); desc == "os.Stdout" || desc == "os.Stderr" {
				kind, sink = rules.SinkLog, name+" to "+desc
			}
		}
	}
	if faceAPI != "" && faceAPI != name {
		sink = name + " to " + faceAPI
	}
	e := &event{
		kind: string(kind), sink: sink, posn: u.pa.posn(pos), pos: pos,
		payload: payload, dest: dest, faceAPI: faceAPI, target: sinkTarget(c, args, sk, dest),
		guarded: u.pa.guardedAt(instr, gConsent), unbounded: u.unbounded(c, args, sk),
		ignored: u.pa.ignoredRules(pos),
	}
	if hasParam(payload) {
		u.pa.markIgnoreUsed(pos, e.ignored)
	}
	u.addEvent(e)
	if kind == rules.SinkStorage {
		key := sk.Key
		if key == "" && len(sk.Dest) > 0 {
			key = sk.Dest[0]
		}
		u.recordFaceKey(c, args, key, payload, e.posn)
	}
	if sk.Extract && payload.hasData() {
		u.addEvent(&event{kind: KindExtract, sink: name, posn: e.posn, pos: pos, payload: payload, faceAPI: faceAPI, guarded: e.guarded})
	}
}

// unbounded reports whether a key-value write stores with no expiry: a
// constant zero TTL, or a write that has no TTL of its own and no expire
// call on the same key in the unit.
func (u *unit) unbounded(c *ssa.CallCommon, args []ssa.Value, sk *rules.Sink) bool {
	if sk.Kind != rules.SinkStorage {
		return false
	}
	if sk.TTL != "" {
		kind, n, _ := sk.TTL.Parse()
		v := roleValue(c, args, kind, n)
		x, ok := constInt(v)
		return v != nil && ok && x == 0
	}
	if !sk.Unbounded {
		return false
	}
	kind, n, _ := sk.Key.Parse()
	return !u.expires(roleValue(c, args, kind, n))
}

// expires reports whether the unit sets an expiry on key.
func (u *unit) expires(key ssa.Value) bool {
	if key == nil {
		return false
	}
	for _, fn := range u.fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				c := call.Common()
				for _, ce := range u.pa.callees(c) {
					if ce.obj == nil {
						continue
					}
					if ex, ok := lookup(u.pa.models.expiries, u.pa.keys(ce.obj, ce.recv)); ok {
						kind, n, _ := ex.Key.Parse()
						if sameKey(roleValue(c, callArgs(c), kind, n), key, 0) {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// sameKey reports whether two key expressions compute the same key.
func sameKey(a, b ssa.Value, depth int) bool {
	if a == nil || b == nil || depth > 4 {
		return false
	}
	a, b = strip(a), strip(b)
	if a == b {
		return true
	}
	if sa, ok := constString(a); ok {
		sb, ok := constString(b)
		return ok && sa == sb
	}
	switch x := a.(type) {
	case *ssa.BinOp:
		y, ok := b.(*ssa.BinOp)
		return ok && x.Op == y.Op && sameKey(x.X, y.X, depth+1) && sameKey(x.Y, y.Y, depth+1)
	case *ssa.UnOp:
		y, ok := b.(*ssa.UnOp)
		return ok && x.Op == y.Op && sameKey(x.X, y.X, depth+1)
	case *ssa.FieldAddr:
		y, ok := b.(*ssa.FieldAddr)
		return ok && x.Field == y.Field && sameKey(x.X, y.X, depth+1)
	}
	return false
}

// applySummary applies a callee's summary at a call.
func (u *unit) applySummary(instr ssa.CallInstruction, args []ssa.Value, ce callee, s *fsum) {
	pos := instr.Common().Pos()
	posn := u.pa.posn(pos)
	name := u.pa.name(ce.obj)
	guarded := u.pa.guardedAt(instr, gConsent)
	inputs := make([]tset, len(args))
	var all tset
	for i, a := range args {
		inputs[i] = u.arg(a)
		all, _ = all.union(inputs[i])
	}
	res := callValue(instr)
	if s.source != "" || s.sink != "" || s.sanitizer != "" {
		if s.source != "" {
			o := Origin{Desc: name, Posn: posn, Label: uint8(labelOf(rules.Label(s.source))), Capture: s.sourceCapture}
			u.source(instr, args, o, nil, guarded, "")
			if s.sourceCapture {
				u.addCapture(capturePoint{instr: instr, desc: name, lab: label(o.Label), posn: posn})
			}
		}
		if s.sink != "" && all.hasFace() {
			u.addEvent(&event{kind: s.sink, sink: name, posn: posn, pos: pos, payload: all,
				guarded: guarded, ignored: u.pa.ignoredRules(pos)})
		}
		if s.sanitizer != "" {
			f := fEncrypted
			if s.sanitizer == rules.SanitizerDecrypt {
				f = fDecrypted
			}
			u.setResult(res, -1, all.transform(f).withStep(pos, posn, "sanitized by "+name))
		}
		return
	}
	foreign := ce.obj.Pkg() != u.pa.pass.Pkg
	thirdParty := foreign && u.pa.thirdParty(ce.obj.Pkg())
	expand := func(t tset, returned, event bool) tset {
		var out tset
		for _, a := range t {
			if a.param < 0 {
				if a.org.Param > 0 && foreign {
					continue // stands for what the callers pass: expanded below
				}
				if event && foreign && a.lab.face() {
					continue // reported where the sink is
				}
				b := *a
				switch {
				case thirdParty:
					// what third-party code produces comes from the call
					o := Origin{Desc: name, Posn: posn, Label: uint8(a.lab), NameBased: a.org.NameBased, Capture: a.org.Capture}
					b.org = u.pa.internOrigin(o, pos)
					b.path = (*step)(nil).then(pos, posn, describeAtom(a)+" from "+name)
				case returned:
					b.path = b.path.then(pos, posn, "returned by "+name)
				}
				if guarded {
					out, _ = out.union(tset{b.apply(fConsented)})
				} else {
					out, _ = out.union(tset{&b})
				}
				continue
			}
			if a.param >= len(inputs) {
				continue
			}
			for _, x := range inputs[a.param] {
				y := x.apply(a.flags)
				if thirdParty {
					y.path = x.path.then(pos, posn, "through "+name)
				} else {
					y.path = x.path.then(pos, posn, "passed to "+name).appendPath(a.path)
					if returned {
						y.path = y.path.then(pos, posn, "returned by "+name)
					}
				}
				if guarded {
					y = y.apply(fConsented)
				}
				out, _ = out.union(tset{y})
			}
		}
		return out
	}
	for _, o := range s.outs {
		t := expand(o.atoms, true, false)
		if thirdParty && o.to >= 0 && o.to < len(resultTypes(ce.obj)) && isError(resultTypes(ce.obj)[o.to]) {
			continue // a library's errors are not the data it was given
		}
		if o.to >= 0 {
			u.setResult(res, o.to, t)
		} else if k := -o.to - 1; k < len(args) {
			u.writeInto(instr, args[k], t, name)
		}
	}
	for _, e := range s.events {
		payload := expand(e.payload, false, true)
		dest := expand(e.dest, false, true)
		faceAPI := e.faceAPI
		if ep := dest.only(labelEndpoint); faceAPI == "" && e.kind == string(rules.SinkNetwork) && len(ep) > 0 {
			// the caller passes the URL of a face API
			faceAPI = ep[0].org.Desc
			if u.pa.knownVendor(faceAPI) || u.imageData(payload) {
				u.faceAPIUse(instr, name+" (which calls "+e.sink+" to "+faceAPI+")", payload, labelImage)
			}
		}
		if faceAPI != "" || e.kind == KindExtract || e.kind == KindFaceAPI {
			u.pa.promote(payload, cmp.Or(faceAPI, e.sink), e.pos, e.posn)
		}
		payload = dropParams(payload, e, inputs)
		if !payload.hasData() {
			continue
		}
		report := e.pos
		if !report.IsValid() {
			report = pos
		}
		u.addEvent(&event{kind: e.kind, sink: e.sink, posn: e.posn, pos: report, payload: payload, dest: dest,
			guarded: e.guarded || guarded, unbounded: e.unbounded, destOnly: e.destOnly, ignored: e.ignored,
			faceAPI: faceAPI, target: cmp.Or(e.target, targetOf(dest, e.kind))})
	}
	madeGuarded, made := false, false
	if call, ok := instr.(*ssa.Call); ok && u.pa.routes != nil {
		madeGuarded, made = u.pa.routes.made[call]
	}
	for _, cp := range s.captures {
		processed := false
		for _, p := range cp.params {
			processed = processed || p < len(inputs) && capturedBefore(inputs[p])
		}
		if processed {
			continue // processing of what the caller captured
		}
		path := (*step)(nil).then(pos, posn, "calls "+name).appendPath(cp.path)
		c := cp.at(instr, path)
		c.wired = made // a registered handler: checked here, where its route is
		c.consented = madeGuarded
		for _, p := range cp.params {
			if p < len(inputs) {
				c.data = append(c.data, dataKeys(inputs[p])...) // the caller's data, for one capture per data
			}
		}
		u.addCapture(c)
	}
}

// dropParams removes from an event's expanded payload what the callee
// already reported: the inputs whose parameter candidates it promoted (a
// face API's payload is face data in the callee itself).
func dropParams(payload tset, e *event, inputs []tset) tset {
	if len(e.reportedParams) == 0 {
		return payload
	}
	var drop tset
	for _, p := range e.reportedParams {
		if p < len(inputs) {
			drop = append(drop, inputs[p]...)
		}
	}
	var out tset
	for _, a := range payload {
		if !drop.has(a) {
			out = append(out, a)
		}
	}
	return out
}

func quote(s string) string { return `"` + s + `"` }

// resultTypes returns the types of a function's results.
func resultTypes(fn *types.Func) []types.Type {
	res := fn.Type().(*types.Signature).Results()
	out := make([]types.Type, res.Len())
	for i := range out {
		out[i] = res.At(i).Type()
	}
	return out
}

// describeAtom names what an atom is, for paths: "face image", "possible
// face image".
func describeAtom(a *atom) string {
	if a.maybe() {
		return "possible face image"
	}
	return "face " + a.lab.String()
}

// setsTrue reports whether the unit sets one of the boolean field paths to
// true (config.Net.TLS.Enable = true): a plaintext default made secure.
func (u *unit) setsTrue(paths []string) bool {
	for _, p := range paths {
		fp, err := rules.ParseFieldPath(p)
		if err != nil {
			continue
		}
		for _, fn := range u.fns {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					st, ok := instr.(*ssa.Store)
					if !ok {
						continue
					}
					if v, ok := constBool(st.Val); ok && v && fieldChain(st.Addr, fp) {
						return true
					}
				}
			}
		}
	}
	return false
}

// fieldChain reports whether an address is the field path fp of a value of
// fp's type.
func fieldChain(addr ssa.Value, fp rules.FieldPath) bool {
	x := addr
	for i := len(fp.Fields) - 1; i >= 0; i-- {
		fa, ok := x.(*ssa.FieldAddr)
		if !ok {
			return false
		}
		if f := fieldVar(fa.X.Type(), fa.Field); f == nil || f.Name() != fp.Fields[i] {
			return false
		}
		x = fa.X
		if un, ok := x.(*ssa.UnOp); ok && un.Op == token.MUL && i > 0 {
			x = un.X
		}
	}
	name, ok := namedPath(x.Type())
	return ok && name == fp.Type.String()
}

// sinkTarget returns the constant destination of a sink call: the prefix of
// its key (a table, bucket or key prefix, a path), or the URL of a remote
// face API or plaintext transport it is sent to; "" when not known.
func sinkTarget(c *ssa.CallCommon, args []ssa.Value, sk *rules.Sink, dest tset) string {
	roles := []rules.Role{sk.Key}
	roles = append(roles, sk.Dest...)
	for _, r := range roles {
		if r == "" {
			continue
		}
		kind, n, _ := r.Parse()
		if p := keyPrefix(roleValue(c, args, kind, n), 0); p != "" {
			return p
		}
	}
	return targetOf(dest, string(sk.Kind))
}

// targetOf returns the URL of a remote face API or plaintext transport a
// destination of a sink of that kind holds, or "". A path that looks like
// a face API's is one only where data is sent: a store's "/var/lib/faces"
// is a directory, its target.
func targetOf(dest tset, kind string) string {
	sent := kind == string(rules.SinkNetwork) || kind == string(rules.SinkThirdParty) || kind == KindFaceAPI
	for _, a := range dest {
		switch {
		case a.param >= 0:
		case a.lab == labelEndpoint && !sent:
			return endpointURL(a.org.Desc)
		case a.lab == labelEndpoint, a.lab == labelInsecure:
			return a.org.Desc
		}
	}
	return ""
}

// encryptedWrite reports whether a write to storage asks the store to
// encrypt: an encryption option field of the sink's model is set, or an
// encryption option is among its arguments (server-side encryption).
func (u *unit) encryptedWrite(c *ssa.CallCommon, args []ssa.Value, sk *rules.Sink) bool {
	for _, r := range sk.EncryptedIf {
		kind, n, _ := r.Parse()
		if v := roleValue(c, args, kind, n); v != nil && fieldSet(v, r.Path(), 0) {
			return true
		}
	}
	if len(sk.EncryptionOptions) == 0 {
		return false
	}
	for _, a := range args {
		vals := []ssa.Value{a}
		if elems := variadicElems(a); elems != nil {
			vals = elems
		}
		for _, v := range vals {
			call, ok := strip(v).(*ssa.Call)
			if !ok {
				continue
			}
			if fn := call.Call.StaticCallee(); fn != nil {
				if obj := funcObj(fn); obj != nil && slices.Contains(sk.EncryptionOptions, obj.FullName()) {
					return true
				}
			}
		}
	}
	return false
}

// fieldSet reports whether the code sets the field path of the struct v
// is (or points to) to something other than a zero constant.
func fieldSet(v ssa.Value, path []string, depth int) bool {
	if len(path) == 0 || depth > 4 {
		return false
	}
	v = strip(v)
	if un, ok := v.(*ssa.UnOp); ok && un.Op == token.MUL {
		v = un.X // a struct value loaded from its variable
	}
	refs := v.Referrers()
	if refs == nil {
		return false
	}
	for _, ref := range *refs {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok {
			continue
		}
		if f := fieldVar(fa.X.Type(), fa.Field); f == nil || f.Name() != path[0] {
			continue
		}
		if len(path) > 1 {
			if fieldSet(fa, path[1:], depth+1) {
				return true // a nested struct field: a.B.C = x
			}
			for _, r := range *fa.Referrers() {
				if st, ok := r.(*ssa.Store); ok && st.Addr == fa && fieldSet(st.Val, path[1:], depth+1) {
					return true // a pointer field: a.B = &T{C: x}
				}
			}
			continue
		}
		for _, r := range *fa.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Addr == fa && !zeroConst(st.Val) {
				return true
			}
		}
	}
	return false
}

// zeroConst reports whether v is a constant zero value (nil, "", 0, false).
func zeroConst(v ssa.Value) bool {
	c, ok := strip(v).(*ssa.Const)
	if !ok {
		return false
	}
	if c.Value == nil {
		return true // nil, or the zero value of a struct
	}
	switch c.Value.Kind() {
	case constant.String:
		return constant.StringVal(c.Value) == ""
	case constant.Bool:
		return !constant.BoolVal(c.Value)
	}
	return constant.Sign(c.Value) == 0
}
