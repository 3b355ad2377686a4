package facetaint

import (
	"fmt"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// fsum is a function summary in memory: the fact plus what only the
// package that computed it can use (positions of in-package sinks).
type fsum struct {
	outs       []fout
	events     []*event
	captures   []*capture
	guard      string // "consent" or "guardian"
	ensures    string // "consent" or "guardian"
	middleware bool
	verifier   string // "face" or "alternative"
	reachesAlt bool
	// From directives on the function.
	sink, sanitizer, source string
	sourceCapture           bool
}

// fout is data a function produces at a port (see Out).
type fout struct {
	to    int
	atoms tset
}

// capture is a capture point whose consent obligation moved to the callers.
type capture struct {
	desc      string
	posn      string
	lab       label
	nameBased bool
	path      *step
	cand      string   // a candidate's origin: a capture once it is promoted
	params    []int    // the inputs a face API call processes
	data      []string // the origins of the data it processes
}

// at returns the capture point, in a caller, of a capture its callee left
// to it: the call (or registration) instr, with the path to the capture.
func (c *capture) at(instr ssa.Instruction, path *step) capturePoint {
	return capturePoint{instr: instr, desc: c.desc, lab: c.lab, nameBased: c.nameBased, path: path, posn: c.posn,
		cand: c.cand, data: c.data}
}

// event is a sink or extractor reached by face data.
type event struct {
	kind    string
	sink    string
	posn    string    // the sink call
	pos     token.Pos // where to report in this package; NoPos in imported summaries
	payload tset
	dest    tset
	guarded bool
	// unbounded: a key-value write with no expiry; destOnly: only the
	// destination came from the caller (FR106).
	unbounded, destOnly bool
	ignored             []string
	// faceAPI names the face API the sink is (a face SDK, or the vendor of
	// a face API endpoint), or is "".
	faceAPI string
	// target is the constant destination of the sink (see Flow.Target).
	target string
	// reportedParams are the inputs whose parameter candidates the sink's
	// function promoted and reported (what a face API is sent is face data
	// there): callers do not report what they pass there again.
	reportedParams []int
}

// sameSite reports whether two events are the same sink reached at the same
// report position (their taint is then merged).
func (e *event) sameSite(o *event) bool {
	return e.pos == o.pos && e.kind == o.kind && e.posn == o.posn
}

func (e *event) key() string { return e.kind + "|" + e.posn + "|" + strconv.Itoa(int(e.pos)) }

// Bounds on what a summary holds, to keep facts small.
const (
	maxEvents   = 256
	maxCaptures = 64
	maxFactPath = 16
)

// summaryOf returns what a call of obj does: its in-package summary, its
// fact, an empty summary for a function of an analysed package that has no
// fact (it does nothing with face data), or nil when nothing is known.
func (pa *pkgAnalysis) summaryOf(obj *types.Func) *fsum {
	if obj == nil {
		return nil
	}
	obj = obj.Origin()
	if fn := pa.fnOf[obj]; fn != nil {
		if pa.failed[fn] {
			return nil
		}
		if s := pa.sums[obj]; s != nil {
			return s
		}
		return &fsum{}
	}
	if obj.Pkg() == nil || obj.Pkg() == pa.pass.Pkg {
		return nil
	}
	if s, ok := pa.foreignSums[obj]; ok {
		return s
	}
	var s *fsum
	var fact Summary
	switch {
	case pa.pass.ImportObjectFact(obj, &fact):
		s = pa.fromFact(&fact)
	case pa.analysed(obj.Pkg()):
		s = &fsum{}
	}
	pa.foreignSums[obj] = s
	return s
}

func (pa *pkgAnalysis) fromFact(f *Summary) *fsum {
	s := &fsum{
		guard: f.Guard, ensures: f.Ensures, middleware: f.Middleware, verifier: f.Verifier,
		reachesAlt: f.ReachesAlternative, sink: f.Sink, sanitizer: f.Sanitizer, source: f.Source,
		sourceCapture: f.SourceCapture,
	}
	atoms := func(list []Atom) tset {
		var t tset
		for i := range list {
			t, _ = t.union(tset{pa.atomFromFact(&list[i])})
		}
		return t
	}
	for i := range f.Outs {
		s.outs = append(s.outs, fout{to: f.Outs[i].To, atoms: atoms([]Atom{f.Outs[i].Atom})})
	}
	for i := range f.Events {
		e := &f.Events[i]
		s.events = append(s.events, &event{
			kind: e.Kind, sink: e.Sink, posn: e.Posn, payload: atoms(e.Payload), dest: atoms(e.Dest),
			guarded: e.Guarded, unbounded: e.Unbounded, destOnly: e.DestOnly, ignored: e.Ignored,
			faceAPI: e.FaceAPI, reportedParams: e.ReportedParams, target: e.Target,
		})
	}
	for _, c := range f.Captures {
		s.captures = append(s.captures, &capture{desc: c.Desc, posn: c.Posn, lab: label(c.Label), nameBased: c.NameBased,
			path: (*step)(nil).appendSteps(c.Path), cand: c.Cand, params: c.Params, data: c.Data})
	}
	return s
}

func (pa *pkgAnalysis) atomFromFact(a *Atom) *atom {
	x := &atom{param: a.Param, lab: label(a.Label), flags: aflags(a.Flags), path: (*step)(nil).appendSteps(a.Path)}
	if a.Param < 0 && a.Origin != nil {
		x.org = pa.internOrigin(*a.Origin, token.NoPos)
	}
	return x
}

func atomToFact(a *atom) Atom {
	f := Atom{Param: a.param, Label: uint8(a.lab), Flags: uint8(a.flags), Path: pathToFact(a.path)}
	if a.org != nil {
		o := a.org.Origin
		f.Origin = &o
		f.Param = -1
	}
	return f
}

func pathToFact(s *step) []Step {
	list := s.list()
	if len(list) > maxFactPath {
		list = append(list[:maxFactPath/2], list[len(list)-maxFactPath/2:]...)
	}
	out := make([]Step, len(list))
	for i, x := range list {
		out[i] = Step{Posn: x.posn, Desc: x.desc}
	}
	return out
}

func hasParam(t tset) bool {
	for _, a := range t {
		if a.param >= 0 {
			return true
		}
	}
	return false
}

// toFact converts a summary to its fact: only what callers can use, with
// the candidates the package promoted as the face images they are.
func (pa *pkgAnalysis) toFact(s *fsum) *Summary {
	f := &Summary{
		Guard: s.guard, Ensures: s.ensures, Middleware: s.middleware, Verifier: s.verifier,
		ReachesAlternative: s.reachesAlt, Sink: s.sink, Sanitizer: s.sanitizer, Source: s.source,
		SourceCapture: s.sourceCapture,
	}
	for _, o := range s.outs {
		for _, a := range pa.factAtoms(o.atoms) {
			f.Outs = append(f.Outs, Out{To: o.to, Atom: atomToFact(a)})
		}
	}
	for _, e := range s.events {
		if len(f.Events) >= maxEvents {
			break
		}
		if !hasParam(e.payload) && !hasParam(e.dest) && len(e.payload.only(labelMaybe)) == 0 {
			continue // reported where the sink is
		}
		fe := Event{Kind: e.kind, Sink: e.sink, Posn: e.posn, Guarded: e.guarded, Unbounded: e.unbounded,
			DestOnly: e.destOnly || !hasParam(e.payload) && len(e.payload.only(labelMaybe)) == 0, Ignored: e.ignored,
			FaceAPI: e.faceAPI, ReportedParams: e.reportedParams, Target: e.target}
		for _, a := range pa.factAtoms(e.payload) {
			fe.Payload = append(fe.Payload, atomToFact(a))
		}
		for _, a := range pa.factAtoms(e.dest) {
			fe.Dest = append(fe.Dest, atomToFact(a))
		}
		f.Events = append(f.Events, fe)
	}
	for _, c := range s.captures {
		if len(f.Captures) >= maxCaptures {
			break
		}
		fc := Capture{Desc: c.desc, Posn: c.posn, Label: uint8(c.lab), NameBased: c.nameBased, Path: pathToFact(c.path),
			Cand: c.cand, Params: c.params, Data: c.data}
		if pa.promoted[c.cand] != nil {
			fc.Cand = "" // face data: a capture
		}
		f.Captures = append(f.Captures, fc)
	}
	return f
}

// factAtoms returns atoms as facts carry them: parameter candidates, which
// stand for what callers pass, are left out, and promoted candidates are
// face images.
func (pa *pkgAnalysis) factAtoms(t tset) tset {
	var out tset
	for _, a := range t {
		switch {
		case a.param >= 0:
			out = append(out, a)
		case a.org.Param > 0:
		case a.maybe():
			if b := pa.faceImage(a); b != nil {
				out = append(out, b)
			} else {
				out = append(out, a)
			}
		default:
			out = append(out, a)
		}
	}
	return out
}

// fingerprint is a canonical text of a summary, to detect changes during
// fixed-point iteration.
func (s *fsum) fingerprint() string {
	if s == nil {
		return ""
	}
	var parts []string
	for _, o := range s.outs {
		for _, a := range o.atoms {
			parts = append(parts, fmt.Sprintf("o%d:%s", o.to, atomKey(a)))
		}
	}
	for _, e := range s.events {
		var ps []string
		for _, a := range e.payload {
			ps = append(ps, atomKey(a))
		}
		for _, a := range e.dest {
			ps = append(ps, "d"+atomKey(a))
		}
		sort.Strings(ps)
		parts = append(parts, fmt.Sprintf("e%s:%v:%v:%s", e.key(), e.guarded, e.unbounded, strings.Join(ps, ",")))
	}
	for _, c := range s.captures {
		parts = append(parts, "c"+c.posn+c.desc)
	}
	sort.Strings(parts)
	return fmt.Sprintf("%s|%s|%v|%s|%v|%s|%s|%s|%s", s.guard, s.ensures, s.middleware, s.verifier, s.reachesAlt,
		s.sink, s.sanitizer, s.source, strings.Join(parts, ";"))
}

func atomKey(a *atom) string {
	if a.param >= 0 {
		return "p" + strconv.Itoa(a.param) + "/" + strconv.Itoa(int(a.flags))
	}
	return a.org.key + "/" + strconv.Itoa(int(a.lab)) + "/" + strconv.Itoa(int(a.flags))
}

// exportFacts exports the summaries and field taint of the package.
func (pa *pkgAnalysis) exportFacts() {
	pa.pass.ExportPackageFact(&Analyzed{ThirdParty: !pa.own})
	for _, u := range pa.units {
		obj := funcObj(u.root)
		if obj == nil || pa.failed[u.root] {
			continue
		}
		if s := pa.sums[obj]; s != nil {
			if len(s.events) > maxEvents || len(s.captures) > maxCaptures {
				pa.internalError(u.root.Pos(), fmt.Sprintf("facelint keeps %d of the %d sinks and %d of the %d captures that the inputs of %s reach: findings at its calls may be missing",
					min(len(s.events), maxEvents), len(s.events), min(len(s.captures), maxCaptures), len(s.captures), pa.name(obj)))
			}
			if f := pa.toFact(s); !f.empty() {
				pa.pass.ExportObjectFact(obj, f)
			}
		}
	}
	vars := make([]*types.Var, 0, len(pa.fieldTaint))
	for v := range pa.fieldTaint {
		if v.Pkg() == pa.pass.Pkg {
			vars = append(vars, v)
		}
	}
	sort.Slice(vars, func(i, j int) bool { return vars[i].Pos() < vars[j].Pos() })
	for _, v := range vars {
		f := &FieldTaint{}
		for _, a := range pa.fieldTaint[v] {
			if a.param >= 0 {
				continue
			}
			if b := pa.faceImage(a); a.maybe() && b != nil {
				a = b
			}
			f.Atoms = append(f.Atoms, atomToFact(a))
		}
		if len(f.Atoms) > 0 {
			pa.pass.ExportObjectFact(v, f)
		}
	}
}

// fieldTaintOf returns the package-wide taint of a field or package
// variable: what this package stored, plus the fact of its own package.
func (pa *pkgAnalysis) fieldTaintOf(v *types.Var) tset {
	t := pa.fieldTaint[v]
	if v.Pkg() != nil && v.Pkg() != pa.pass.Pkg {
		var f FieldTaint
		if pa.pass.ImportObjectFact(v, &f) {
			for i := range f.Atoms {
				t, _ = t.union(tset{pa.atomFromFact(&f.Atoms[i])})
			}
		}
	}
	return t
}

// typeFieldTaint returns what the fields of the structs a value of type t
// holds (through pointers) were given anywhere in the package: an object
// passed to a call brings what its fields hold, even when they were set
// elsewhere (a client configured by one function and used by another).
func (pa *pkgAnalysis) typeFieldTaint(t types.Type) tset {
	if structUnder(t) == nil {
		return nil
	}
	if m, ok := pa.typeTaintMemo[t]; ok && m.gen == pa.fieldGen {
		return m.t
	}
	var out tset
	for f := range pa.fieldsUnder(t) {
		out, _ = out.union(pa.fieldTaintOf(f))
	}
	pa.typeTaintMemo[t] = typeTaint{gen: pa.fieldGen, t: out}
	return out
}

// typeTaint is a memoised typeFieldTaint, valid while the package's field
// taint does not grow.
type typeTaint struct {
	gen int
	t   tset
}

// storeField adds concrete taint to a field or package variable.
func (pa *pkgAnalysis) storeField(v *types.Var, t tset) {
	var concrete tset
	for _, a := range t {
		if a.param < 0 {
			concrete = append(concrete, a)
		}
	}
	if len(concrete) == 0 {
		return
	}
	grown, changed := pa.fieldTaint[v].union(concrete)
	if changed {
		pa.fieldTaint[v] = grown
		pa.fieldGrew = true
		pa.fieldGen++
	}
}
