package facetaint

import (
	"go/ast"
	"go/token"
	"go/types"
	"path"

	"golang.org/x/tools/go/ssa"

	"github.com/facelint/facelint/rules"
)

// Entry points own their captures.
//
// A request handler is where data collected from a person comes in. The
// package that defines a handler checks its captures when the handler is
// wired there: registered on a route, used as a value (stored, wrapped,
// returned), given to a framework as an entry point (a swaggest
// interactor, a method of a gRPC service that embeds its generated
// Unimplemented...Server), or unexported. An exported handler that its
// package does not wire leaves the check to the package that wires it: a
// route registration (where that package's middleware is visible), a
// method value or function value taken there, or a server value given to
// a generated Register... function.
//
// Frameworks that call handlers with a request and a response value are
// described by [[entrypoint]] models: the fields of a request parameter are
// request inputs (a face field is captured where it is read), and what a
// handler stores into a response parameter, or returns as a response
// result, goes back to the client (FR107).
//
// A bound request body ([[bind]]: gin's ShouldBind, echo's Bind,
// json.NewDecoder(r.Body).Decode...) fills a struct: its face fields are
// captured at the bind call, and its fields that can hold an image are
// candidates, captured there once they are known to be face data.

// entryPoint is a function that a framework calls with a request.
type entryPoint struct {
	desc string // e.g. "usecase.NewInteractor handler"
}

// entryPhase finds the entry points of the package and their request and
// response parameters.
func (pa *pkgAnalysis) entryPhase() {
	pa.entries = map[*ssa.Function]*entryPoint{}
	pa.requestParams = map[*ssa.Parameter]string{}
	pa.responseParams = map[*ssa.Parameter]string{}
	pa.responseResults = map[*ssa.Function]map[int]bool{}
	add := func(fn *ssa.Function, m *rules.EntryPoint, desc string) {
		if fn == nil || pa.unitOf[fn] == nil || pa.entries[fn] != nil {
			return
		}
		pa.entries[fn] = &entryPoint{desc: desc}
		params := fn.Params
		if fn.Signature.Recv() != nil && len(params) > 0 {
			params = params[1:]
		}
		for _, p := range m.Request {
			if result, n, err := p.Parse(); err == nil && !result && n < len(params) {
				pa.requestParams[params[n]] = desc
			}
		}
		for _, p := range m.Response {
			result, n, err := p.Parse()
			switch {
			case err != nil:
			case result && n < fn.Signature.Results().Len():
				if pa.responseResults[fn] == nil {
					pa.responseResults[fn] = map[int]bool{}
				}
				pa.responseResults[fn][n] = true
			case !result && n < len(params):
				pa.responseParams[params[n]] = "the response of " + desc
			}
		}
	}
	// Methods of types that embed a generated service type.
	for _, m := range pa.models.entryEmbeds {
		for _, u := range pa.units {
			fn := u.root
			recv := fn.Signature.Recv()
			if recv == nil || !ast.IsExported(fn.Name()) || !embedsMatching(recv.Type(), m.Embeds) {
				continue
			}
			add(fn, m, "the service method "+pa.name(funcObj(fn)))
		}
	}
	// Handlers given to framework calls.
	for _, u := range pa.units {
		for _, fn := range u.fns {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					call, ok := instr.(ssa.CallInstruction)
					if !ok {
						continue
					}
					c := call.Common()
					for _, ce := range pa.callees(c) {
						if ce.obj == nil {
							continue
						}
						m, ok := lookup(pa.models.entryFuncs, pa.keys(ce.obj, ce.recv))
						if !ok {
							continue
						}
						kind, n, _ := m.Handler.Parse()
						for _, h := range pa.funcValues(strip(roleValue(c, callArgs(c), kind, n))) {
							add(h, m, pa.name(ce.obj)+" handler")
						}
					}
				}
			}
		}
	}
}

// embedsMatching reports whether a (pointer to a) struct type embeds a
// type whose name matches one of the patterns.
func embedsMatching(t types.Type, patterns []string) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if !f.Embedded() {
			continue
		}
		name := f.Name()
		for _, p := range patterns {
			if ok, _ := path.Match(p, name); ok {
				return true
			}
		}
	}
	return false
}

// wiredHere reports whether an exported function is wired in its own
// package (see the comment at the top of this file): its captures are then
// checked here rather than left to other packages.
func (pa *pkgAnalysis) wiredHere(fn *ssa.Function) bool {
	if pa.entries[fn] != nil {
		return true
	}
	if pa.routes != nil && len(pa.routes.routesOf[fn]) > 0 {
		return true
	}
	fi := pa.info[fn]
	return fi != nil && fi.escapes
}

// respondsWith reports whether result i of an entry point goes back to the
// client.
func (pa *pkgAnalysis) respondsWith(fn *ssa.Function, i int) bool {
	return pa.responseResults[fn][i]
}

// respond records face data going back to the client of an entry point.
func (u *unit) respond(desc string, t tset) {
	if !t.hasData() {
		return
	}
	pos := posOf(u.cur)
	u.addEvent(&event{kind: string(rules.SinkResponse), sink: desc, posn: u.pa.posn(pos), pos: pos,
		payload: t, guarded: u.pa.guardedAt(u.cur, gConsent), ignored: u.pa.ignoredRules(pos)})
}

// requestField returns what a field of an entry point's request parameter
// holds: face data (a face field, captured where it is read) or a
// candidate (a field that can hold an image).
func (u *unit) requestField(x ssa.Value, structType types.Type, field *types.Var, pos token.Pos) tset {
	var desc string
	for _, r := range u.rootsOf(x) {
		if p := spilledParam(r); p != nil {
			if d, ok := u.pa.requestParams[p]; ok {
				desc = d
			}
		}
	}
	if desc == "" {
		return nil
	}
	// A field that the framework decoded is read here: a face field is
	// captured where it is read; a field that can hold an image is a
	// candidate whose capture, if it is face data, is the face API call
	// that processes it.
	return u.requestInput(u.cur, shortType(structOf(structType))+"."+field.Name()+" of the request of "+desc, structType, field, pos, false)
}

// requestInput makes the atom of a request field read or bound at instr,
// with its capture point; a candidate is captured there only when
// capturing says so (a bind call).
func (u *unit) requestInput(instr ssa.Instruction, desc string, structType types.Type, field *types.Var, pos token.Pos, capturing bool) tset {
	posn := u.pa.posn(pos)
	fdesc, lab, nameBased := u.pa.fieldFaceData(structType, field)
	if fdesc != "" {
		o := Origin{Desc: "request field " + desc, Posn: posn, Label: uint8(lab), NameBased: nameBased, Capture: true}
		a := &atom{param: -1, org: u.pa.internOrigin(o, pos), lab: lab}
		a.path = a.path.then(pos, posn, "face "+lab.String()+" from "+o.Desc)
		if u.pa.guardedAt(instr, gConsent) {
			a.flags |= fConsented
		}
		u.addCapture(capturePoint{instr: instr, desc: o.Desc, lab: lab, nameBased: nameBased, posn: posn})
		return tset{a}
	}
	if !u.pa.candidateType(field.Type(), field.Name()) {
		return nil
	}
	t := u.candidate(Origin{Desc: "request field " + desc, Capture: capturing}, pos, "request input")
	if capturing {
		u.addCapture(capturePoint{instr: instr, desc: "request field " + desc, lab: labelImage, posn: posn, cand: t[0].org.key})
	}
	return t
}

// bind applies a request-binding call: the face fields of the struct it
// fills are captured here, and its fields that can hold an image are
// candidates. A bind with from roles binds only what comes from a request
// (json.NewDecoder(r.Body).Decode): it reports whether it applied.
func (u *unit) bind(instr ssa.CallInstruction, c *ssa.CallCommon, args []ssa.Value, b *rules.Bind, name string) bool {
	if len(b.From) > 0 && !capturedBefore(u.payload(c, args, b.From, rules.EncodingAll).only(labelMaybe)) {
		return false
	}
	pos := c.Pos()
	for _, v := range roleValues(c, args, b.Out) {
		v = strip(v) // c.ShouldBind(&req): an any holding &req
		if structUnder(v.Type()) == nil {
			continue
		}
		for _, w := range u.pa.writtenFields(v.Type(), rules.EncodingAll) {
			t := u.requestInput(instr, shortType(structOf(w.structType))+"."+w.field.Name()+" bound by "+name, w.structType, w.field, pos, true)
			if len(t) == 0 {
				continue
			}
			for _, r := range u.rootsOf(v) {
				u.storeSlot(r, w.field, t)
			}
			u.pa.storeField(w.field, t)
		}
	}
	return true
}

// spilledParam returns the parameter a root is, or the parameter a local
// variable holds (SSA keeps a struct parameter whose fields are addressed
// in a local copy).
func spilledParam(r ssa.Value) *ssa.Parameter {
	switch x := r.(type) {
	case *ssa.Parameter:
		return x
	case *ssa.Alloc:
		for _, ref := range *x.Referrers() {
			if st, ok := ref.(*ssa.Store); ok && st.Addr == x {
				if p, ok := st.Val.(*ssa.Parameter); ok {
					return p
				}
			}
		}
	}
	return nil
}
